"""Hand-over files: codes, exclusive atomic saves, finding by a typed code, retention."""

from __future__ import annotations

import itertools
import os
import stat
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from laser_tui.kiosk.handover import (
    CODE_ALPHABET,
    CODE_LENGTH,
    find_handover,
    handover_bytes,
    handover_path,
    new_code,
    normalise_code,
    prepare_folder,
    purge_handovers,
    read_handover,
    save_handover,
    spaced,
    update_handover,
)
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities
from laser_tui.model.problems import InputProblem

AMBIGUOUS = "0O1ILB"  # and 8 stays only because B is left out


def test_the_alphabet_has_no_lookalikes_and_digits_can_draw_it() -> None:
    assert not set(AMBIGUOUS) & set(CODE_ALPHABET)
    assert set(CODE_ALPHABET) <= set("0123456789ABCDEF")
    assert len(set(CODE_ALPHABET)) == len(CODE_ALPHABET) >= 12


def test_codes_come_from_secrets_and_use_only_the_alphabet() -> None:
    codes = {new_code() for _ in range(200)}
    assert len(codes) > 190, "random codes rarely repeat"
    assert all(len(c) == CODE_LENGTH and set(c) <= set(CODE_ALPHABET) for c in codes)


@given(st.text(alphabet=CODE_ALPHABET, min_size=CODE_LENGTH, max_size=CODE_LENGTH))
def test_a_code_survives_how_people_type_it(code: str) -> None:
    assert normalise_code(code) == code
    assert normalise_code(f"  {spaced(code).lower()} ") == code
    assert normalise_code(f"{code[:3]}-{code[3:]}") == code


@pytest.mark.parametrize("typed", ["", "ACE23", "ACE2345", "ACE23O", "ace 23b", "ÄCE234"])
def test_malformed_codes_are_refused(typed: str) -> None:
    assert normalise_code(typed) is None


def test_save_writes_0600_under_a_fresh_code(tmp_path: Path) -> None:
    folder = tmp_path / "handover"
    code = save_handover(folder, b"weights = 1\n")
    path = handover_path(folder, code)
    assert path.read_bytes() == b"weights = 1\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert [p.name for p in folder.iterdir()] == [f"{code}.toml"], "no temporary files left"


def test_save_never_reuses_an_existing_file(tmp_path: Path) -> None:
    taken = "ACE234"
    handover_path(tmp_path, taken).write_text("someone else's answers")
    draws = itertools.chain(taken, taken, "DEF567")
    code = save_handover(tmp_path, b"mine", choice=lambda _alphabet: next(draws))
    assert code == "DEF567"
    assert handover_path(tmp_path, taken).read_text() == "someone else's answers"
    assert handover_path(tmp_path, code).read_bytes() == b"mine"


def test_save_gives_up_rather_than_overwrite(tmp_path: Path) -> None:
    handover_path(tmp_path, "222222").write_text("kept")
    with pytest.raises(FileExistsError):
        save_handover(tmp_path, b"new", choice=lambda _alphabet: "2")
    assert handover_path(tmp_path, "222222").read_text() == "kept"


def test_find_takes_any_spelling_and_says_when_there_is_none(tmp_path: Path) -> None:
    code = save_handover(tmp_path, b"x")
    assert find_handover(tmp_path, spaced(code).lower()) == handover_path(tmp_path, code)
    other = next(c for c in ("222222", "333333") if c != code)
    with pytest.raises(InputProblem) as caught:
        find_handover(tmp_path, other)
    assert caught.value.lines == [
        f"{tmp_path}: no hand-over with code {other}; check the code and the hand-over "
        "folder (--handover-dir); old hand-overs are deleted after the retention time"
    ]


def test_purge_deletes_only_old_handover_files(tmp_path: Path) -> None:
    now = time.time()
    old, fresh = handover_path(tmp_path, "ACE234"), handover_path(tmp_path, "DEF567")
    stray = tmp_path / ".ACE222.toml.abcd.tmp"
    keep_other = tmp_path / "notes.toml"
    for path in (old, fresh, stray, keep_other):
        path.write_text("x")
    for path in (old, stray, keep_other):
        os.utime(path, (now - 7200, now - 7200))
    os.utime(fresh, (now - 60, now - 60))  # its age on the same clock, not the disk's
    deleted = purge_handovers(tmp_path, older_than=3600, now=lambda: now)
    assert sorted(deleted) == sorted([old, stray])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["DEF567.toml", "notes.toml"]
    assert purge_handovers(tmp_path / "missing", 1) == []


def test_prepare_folder_makes_it_and_refuses_what_cannot_be_written(tmp_path: Path) -> None:
    prepare_folder(tmp_path / "a" / "b")
    assert (tmp_path / "a" / "b").is_dir()
    (tmp_path / "file").write_text("")
    with pytest.raises(InputProblem, match="is a file, not a folder"):
        prepare_folder(tmp_path / "file")


def test_a_hand_over_reads_back_what_was_handed_over(tmp_path: Path, content: Content) -> None:
    first = content.criteria[0].id
    priorities = Priorities.defaults_for(content).with_counts(first, True).with_weight(first, 5)
    code = save_handover(tmp_path, handover_bytes(priorities, content))
    loaded = read_handover(handover_path(tmp_path, code), content)
    assert loaded.priorities == priorities
    assert loaded.saved_at is not None and not loaded.notes


def test_a_hand_over_is_replaced_whole_under_its_code_and_never_recreated(
    tmp_path: Path,
) -> None:
    code = save_handover(tmp_path, b"older answers")
    path = handover_path(tmp_path, code)
    before = path.stat().st_ino
    assert update_handover(tmp_path, code, b"newer answers")
    assert path.read_bytes() == b"newer answers"
    assert path.stat().st_ino != before, "a new file renamed over the old one (atomic)"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [path.name], "no temporary file left"
    path.unlink()  # deleted after the retention time: the code may be someone else's now
    assert not update_handover(tmp_path, code, b"newest answers")
    assert not path.exists()


def test_an_unfinished_or_damaged_hand_over_is_refused(tmp_path: Path, content: Content) -> None:
    empty = handover_path(tmp_path, "ACE234")
    empty.write_text("")
    with pytest.raises(InputProblem) as caught:
        read_handover(empty, content)
    assert caught.value.lines == [
        f"{empty}: this hand-over was never finished; nothing was opened; ask the patient to "
        "hand over again at the kiosk"
    ]
    damaged = handover_path(tmp_path, "DEF567")
    damaged.write_text("[priorities.low_risk]\nweight = 9\n")
    with pytest.raises(InputProblem) as caught:
        read_handover(damaged, content)
    *problems, last = caught.value.lines
    assert len(problems) == 1 and "priorities.low_risk.weight" in problems[0]
    assert last.endswith("nothing was opened; ask the patient to hand over again at the kiosk")


def test_a_folder_others_can_write_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o777)
    with pytest.raises(InputProblem) as refused:
        prepare_folder(folder)
    assert refused.value.lines == [
        f"{folder}: anyone can write to it (mode 0777); run chmod o-w {folder}"
    ]
    with pytest.raises(InputProblem):
        find_handover(folder, "7CD4AE")


@pytest.mark.skipif(os.getuid() != 0, reason="only root can give a folder to another user")
def test_a_folder_of_another_user_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "theirs"
    folder.mkdir(mode=0o700)
    os.chown(folder, 4242, -1)
    with pytest.raises(InputProblem) as refused:
        prepare_folder(folder)
    [line] = refused.value.lines
    assert "belongs to another user (uid 4242)" in line


def test_a_planted_link_named_like_a_code_is_never_followed(
    tmp_path: Path, content: Content
) -> None:
    folder = tmp_path / "handover"
    prepare_folder(folder)
    elsewhere = tmp_path / "elsewhere.toml"
    elsewhere.write_bytes(handover_bytes(Priorities.defaults_for(content), content))
    (folder / "7CD4AE.toml").symlink_to(elsewhere)
    with pytest.raises(InputProblem) as refused:
        find_handover(folder, "7CD4AE")
    assert refused.value.lines == [
        f"{folder / '7CD4AE.toml'}: is a link, not a hand-over; nothing was opened"
    ]


def test_the_folder_store_keeps_its_upkeep_commands(
    tmp_path: Path, content: Content, capsys: pytest.CaptureFixture[str]
) -> None:
    from laser_tui.cli.main import main

    folder = tmp_path / "handover"
    config = tmp_path / "kiosk.toml"
    config.write_text(f'handover_dir = "{folder}"\nretention_hours = 1\n', encoding="utf-8")
    assert main(["handover-store", "init", "--kiosk-config", str(config)]) == 0
    assert f"{folder}: the hand-over store is this folder" in capsys.readouterr().out
    old = save_handover(folder, b"old")
    new = save_handover(folder, b"new")
    now = time.time()  # the files' times set by this clock, not the disk's (faketime runs)
    os.utime(handover_path(folder, new), (now, now))
    os.utime(handover_path(folder, old), (now - 2 * 3600, now - 2 * 3600))
    assert main(["handover-purge", "--kiosk-config", str(config)]) == 0
    assert "1 hand-over(s) older than 1 hours deleted" in capsys.readouterr().out
    assert [p.name for p in folder.iterdir()] == [f"{new}.toml"]


def test_a_database_store_without_the_postgres_extra_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    from laser_tui.cli.main import main

    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg now raises ImportError
    monkeypatch.delitem(sys.modules, "laser_tui.kiosk.postgres_store", raising=False)
    config = tmp_path / "kiosk.toml"
    config.write_text('handover_store = "postgresql://kiosk@db/laser_tui"\n', encoding="utf-8")
    assert main(["summary", "--open", "ACE234", "--kiosk-config", str(config)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert "lacks the postgres extra: pip install 'laser-tui[postgres]'" in line


def test_a_hand_over_folder_flag_with_a_database_store_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from laser_tui.cli.main import main

    config = tmp_path / "kiosk.toml"
    config.write_text('handover_store = "postgresql://kiosk@db/laser_tui"\n', encoding="utf-8")
    flags = ["--kiosk-config", str(config), "--handover-dir", str(tmp_path)]
    assert main(["summary", "--open", "ACE234", *flags]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line == (
        f"--handover-dir does not apply: {config} keeps hand-overs in a database "
        "(handover_store); leave the flag out"
    )
