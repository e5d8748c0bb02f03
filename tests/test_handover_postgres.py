"""The PostgreSQL hand-over store against a real server (tests/support/postgres.py): its tables
and their version, unique codes under concurrency, clinics kept apart, retention, the limit on
wrong codes, and faults told in one line."""

from __future__ import annotations

import random
import threading
from pathlib import Path

import pytest

psycopg = pytest.importorskip("psycopg", reason="the postgres extra (requirements-postgres.lock)")

from laser_tui.cli.main import main  # noqa: E402
from laser_tui.kiosk.handover import CODE_ALPHABET, handover_bytes  # noqa: E402
from laser_tui.kiosk.settings import KioskSettings  # noqa: E402
from laser_tui.model.content import Content  # noqa: E402
from laser_tui.model.priorities import Priorities  # noqa: E402
from laser_tui.model.problems import InputProblem  # noqa: E402
from support.handover_db import initialised, store_of, write_config  # noqa: E402
from support.postgres import CLINIC_PASSWORD, CLINIC_ROLE, PostgresServer  # noqa: E402

STAFF = "nurse@consulting-room"


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    """What a command said on stderr: exactly one line."""
    said = capsys.readouterr().err.splitlines()
    assert len(said) == 1, said
    return said[0]


def sql(conninfo: str, statement: str) -> None:
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(statement)


def test_init_makes_the_tables_once_and_a_wrong_version_is_one_line(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path, database)
    kiosk = ["--kiosk", "--kiosk-config", str(config)]
    assert main(kiosk) == 2, "a kiosk never starts on a database without its tables"
    assert "has no laser-tui hand-over tables yet; run `laser-tui handover-store init`" in (
        one_line(capsys)
    )
    init = ["handover-store", "init", "--kiosk-config", str(config)]
    assert main(init) == 0
    assert "the hand-over tables were made (version 1)" in capsys.readouterr().out
    assert main(init) == 0
    assert "at version 1; nothing to do" in capsys.readouterr().out
    sql(database, "UPDATE laser_tui_schema SET version = 7")
    assert main(init) == 2
    assert "version 7, newer than this laser-tui knows (1); upgrade laser-tui" in one_line(capsys)
    assert main(kiosk) == 2
    assert "newer than this laser-tui knows" in one_line(capsys)
    sql(database, "UPDATE laser_tui_schema SET version = 0")
    assert main(init) == 2
    assert "record version 0, which no laser-tui wrote" in one_line(capsys)


def test_a_password_comes_from_a_private_file_never_the_connection_string(
    postgres: PostgresServer, database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    initialised(tmp_path, database)
    postgres.make_password_role()
    sql(
        database,
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {CLINIC_ROLE}",
    )
    as_clinic = database.replace("laser@", f"{CLINIC_ROLE}@")
    secret = tmp_path / "db-password"
    secret.write_text(CLINIC_PASSWORD + "\n", encoding="utf-8")
    secret.chmod(0o600)
    purge = ["handover-purge", "--kiosk-config"]
    config = write_config(tmp_path, as_clinic, handover_password_file=secret)
    assert main([*purge, str(config)]) == 0
    assert "0 hand-over(s) older than 12 hours deleted" in capsys.readouterr().out
    secret.chmod(0o644)
    assert main([*purge, str(config)]) == 2
    assert f"{secret}: others can read this password file (mode 644); chmod" in one_line(capsys)
    config = write_config(tmp_path, as_clinic)
    assert main([*purge, str(config)]) == 2
    line = one_line(capsys)
    assert "nothing was deleted" in line and "password" in line and CLINIC_PASSWORD not in line
    with_password = as_clinic.replace("@", ":hunter2@")
    write_config(tmp_path, with_password)
    assert main([*purge, str(config)]) == 2
    line = one_line(capsys)
    assert "a password never goes in the connection string" in line and "hunter2" not in line


def test_many_sessions_at_once_never_get_the_same_code(
    database: str, tmp_path: Path, content: Content
) -> None:
    initialised(tmp_path, database)
    data = handover_bytes(Priorities.defaults_for(content), content)
    sessions, each = 12, 8
    start = threading.Barrier(sessions)
    codes: list[str] = []
    failures: list[BaseException] = []

    def kiosk_session() -> None:
        # Every session draws the same codes in the same order, from only 3 characters: they
        # meet on each code at the same moment, and only the key keeps them apart.
        draw = random.Random(29)
        store = store_of(database)
        store._choice = lambda _alphabet: draw.choice(CODE_ALPHABET[:3])
        start.wait(timeout=60)
        try:
            codes.extend(store.save(data) for _ in range(each))
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=kiosk_session) for _ in range(sessions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=90)
    assert not failures
    assert len(codes) == sessions * each
    assert len(set(codes)) == len(codes), "no code was given to two hand-overs"
    with psycopg.connect(database) as connection:
        rows = connection.execute("SELECT count(DISTINCT code), count(*) FROM handovers")
        assert rows.fetchone() == (len(codes), len(codes))


def test_clinics_sharing_a_database_keep_their_codes_apart(
    database: str, tmp_path: Path, content: Content
) -> None:
    initialised(tmp_path, database)
    north, south = store_of(database, clinic_id="north"), store_of(database, clinic_id="south")
    for store in (north, south):
        store._choice = lambda alphabet: alphabet[0]  # both draw code 222222
    mine = Priorities.defaults_for(content)
    theirs = mine.with_counts(content.criteria[0].id, True).with_weight(content.criteria[0].id, 5)
    assert north.save(handover_bytes(mine, content)) == "222222"
    assert south.save(handover_bytes(theirs, content)) == "222222"
    assert north.open("222 222", content, STAFF).priorities == mine
    assert south.open("222222", content, STAFF).priorities == theirs
    east = store_of(database, clinic_id="east")
    with pytest.raises(InputProblem, match="no hand-over with code 222222"):
        east.open("222222", content, STAFF)


def test_old_hand_overs_are_purged_without_a_kiosk_and_never_opened(
    database: str, tmp_path: Path, content: Content, capsys: pytest.CaptureFixture[str]
) -> None:
    config = initialised(tmp_path, database, retention_hours=1)
    store = store_of(database, retention_hours=1)
    data = handover_bytes(Priorities.defaults_for(content), content)
    old, new = store.save(data), store.save(data)
    sql(
        database,
        f"UPDATE handovers SET saved_at = now() - interval '61 minutes' WHERE code = '{old}'",
    )
    with pytest.raises(InputProblem, match=f"no hand-over with code {old}"):
        store.open(old, content, STAFF)
    assert not store.update(old, data), "an expired code is not written to again"
    assert main(["summary", "--open", new, "--kiosk-config", str(config)]) == 0
    assert "Hand-over" in capsys.readouterr().out
    assert main(["handover-purge", "--kiosk-config", str(config)]) == 0
    assert "1 hand-over(s) older than 1 hours deleted" in capsys.readouterr().out
    with psycopg.connect(database) as connection:
        left = connection.execute("SELECT code FROM handovers").fetchall()
    assert left == [(new,)]


def test_wrong_codes_are_limited_per_staff_account(
    database: str, tmp_path: Path, content: Content
) -> None:
    initialised(tmp_path, database)
    store = store_of(database, open_misses_per_minute=3)
    code = store.save(handover_bytes(Priorities.defaults_for(content), content))
    wrong = next(c * 6 for c in CODE_ALPHABET if c * 6 != code)
    for _ in range(3):
        with pytest.raises(InputProblem, match="no hand-over with code"):
            store.open(wrong, content, STAFF)
    with pytest.raises(InputProblem) as refused:
        store.open(code, content, STAFF)
    [line] = refused.value.lines
    assert line.startswith(f"{STAFF}: 3 wrong hand-over codes in a minute; nothing was opened")
    store.open(code, content, "reception@front-desk")  # another account is not held up
    sql(database, "UPDATE handover_open_misses SET missed_at = now() - interval '61 seconds'")
    store.open(code, content, STAFF)  # a minute later, the right code opens


def test_staff_opening_a_code_with_the_database_down_get_one_line(
    postgres: PostgresServer,
    database: str,
    tmp_path: Path,
    content: Content,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = initialised(tmp_path, database)
    code = store_of(database).save(handover_bytes(Priorities.defaults_for(content), content))
    with postgres.stopped():
        assert main(["summary", "--open", code, "--kiosk-config", str(config)]) == 2
        line = one_line(capsys)
        assert "the hand-over database cannot be used" in line and "nothing was opened" in line
        assert main(["handover-purge", "--kiosk-config", str(config)]) == 2
        assert "nothing was deleted" in one_line(capsys)
    assert main(["summary", "--open", code, "--kiosk-config", str(config)]) == 0


def test_a_connection_string_with_a_password_is_refused() -> None:
    with pytest.raises(ValueError, match="never goes in the connection string"):
        KioskSettings.model_validate({"handover_store": "postgresql://u:pw@db/x"})
    with pytest.raises(ValueError, match="never goes in the connection string"):
        KioskSettings.model_validate({"handover_store": "postgresql://db/x?password=pw"})
    with pytest.raises(ValueError, match="give a PostgreSQL connection string"):
        KioskSettings.model_validate({"handover_store": "mysql://db/x"})
