"""Kiosk configuration, flags over the file, the staff PIN and the idle clock (no app needed)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from laser_tui.cli.kiosk_commands import FLAGS
from laser_tui.kiosk.pin import (
    LOCK_SECONDS,
    MAX_TRIES,
    PinCheck,
    PinGuard,
    hash_pin,
    parse_pin_hash,
    pin_problem,
    verify_pin,
)
from laser_tui.kiosk.settings import (
    DEFAULT_IDLE_TIMEOUT,
    DEFAULT_IDLE_WARNING,
    IdleWatchdog,
    KioskSettings,
    config_path,
    load_settings,
    save_pin_hash,
    with_pin_hash,
)
from laser_tui.model.problems import InputProblem
from support.kiosk import STAFF_PIN, staff_pin_hash


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_follow_wcag_timing(tmp_path: Path) -> None:
    loaded = load_settings(tmp_path / "absent.toml", must_exist=False)
    assert loaded.idle_timeout == DEFAULT_IDLE_TIMEOUT == 120
    assert loaded.idle_warning == DEFAULT_IDLE_WARNING >= 20
    assert loaded.pin_hash is None and not loaded.staff_exit_enabled


def test_file_values_load_and_flags_override_them(tmp_path: Path) -> None:
    config = write(
        tmp_path / "kiosk.toml",
        'idle_timeout = 90\nidle_warning = 25.5\nhandover_dir = "~/handover"\n'
        f'retention_hours = 2\npin_hash = "{staff_pin_hash()}"\n',
    )
    from_file = load_settings(config, must_exist=True)
    assert from_file.idle_timeout == 90
    assert from_file.idle_warning == 25.5
    assert from_file.handover_dir == Path.home() / "handover"
    assert from_file.retention_seconds == 2 * 3600
    assert from_file.staff_exit_enabled
    overridden = load_settings(
        config,
        must_exist=True,
        overrides={"idle_timeout": 0.5, "handover_dir": tmp_path, "idle_warning": None},
    )
    assert overridden.idle_timeout == 0.5
    assert overridden.idle_warning == 25.5
    assert overridden.handover_dir == tmp_path
    assert overridden.pin_hash == from_file.pin_hash


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("idle_timeout = -5\n", "kiosk.toml: idle_timeout: Input should be greater than 0"),
        ('idle_warning = "30"\n', "kiosk.toml: idle_warning: Input should be a valid number"),
        ("idle_timeout = true\n", "kiosk.toml: idle_timeout: Input should be a valid number"),
        ("idle_timout = 30\n", "kiosk.toml: idle_timout: is not a known field"),
        ('pin_hash = "1234"\n', "kiosk.toml: pin_hash: is not a PIN hash made by"),
        ("retention_hours = 0\n", "kiosk.toml: retention_hours: Input should be greater than 0"),
        ("idle_timeout = \n", "kiosk.toml: line 1, column 16"),
    ],
)
def test_a_bad_file_gives_one_clear_line(tmp_path: Path, text: str, expected: str) -> None:
    config = write(tmp_path / "kiosk.toml", text)
    with pytest.raises(InputProblem) as caught:
        load_settings(config, must_exist=True)
    assert len(caught.value.lines) == 1
    line = caught.value.lines[0]
    assert line.startswith(str(tmp_path))
    assert expected in line
    assert "kiosk configuration" in line or "TOML" in line


@pytest.mark.parametrize(
    ("typed", "why"),
    [("-1", "greater than 0"), ("1e309", "a finite number"), ("abc", "a valid number")],
)
def test_a_bad_flag_names_the_flag_and_quotes_what_was_typed(
    tmp_path: Path, typed: str, why: str
) -> None:
    with pytest.raises(InputProblem) as caught:
        load_settings(tmp_path / "none.toml", False, {"idle_warning": typed}, FLAGS)
    assert caught.value.lines == [
        f"--idle-warning: Input should be {why} (found {typed}); give another value"
    ]


def test_an_idle_warning_too_short_to_answer_is_refused_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(InputProblem) as caught:
        load_settings(tmp_path / "none.toml", False, {"idle_warning": "5"}, FLAGS)
    assert caught.value.lines == [
        "--idle-warning = 5: the idle warning must count down at least 20 seconds when the "
        "idle timeout is 120, so a person has time to ask for more; give 20 or more"
    ]
    config = write(tmp_path / "kiosk.toml", "idle_warning = 19.5\n")
    with pytest.raises(InputProblem, match=r"kiosk.toml: idle_warning = 19.5: the idle warning"):
        load_settings(config, must_exist=True)
    # A short idle timeout (a test, a demonstration) may have a short warning.
    quick = {"idle_timeout": "3", "idle_warning": "2"}
    assert load_settings(tmp_path / "none.toml", False, quick, FLAGS).idle_warning == 2


def test_a_number_typed_on_the_command_line_is_used(tmp_path: Path) -> None:
    loaded = load_settings(tmp_path / "none.toml", False, {"idle_warning": "2_5"}, FLAGS)
    assert loaded.idle_warning == 25.0


def test_a_named_config_must_exist_the_default_need_not(tmp_path: Path) -> None:
    with pytest.raises(InputProblem, match="no such file"):
        load_settings(tmp_path / "missing.toml", must_exist=True)
    assert load_settings(tmp_path / "missing.toml", must_exist=False) == KioskSettings(
        handover_dir=load_settings(tmp_path / "x", False).handover_dir
    )


def test_config_path_flag_then_environment_then_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LASER_TUI_KIOSK_CONFIG", raising=False)
    default, named = config_path(None)
    assert default.name == "kiosk.toml" and default.parent.name == "laser-tui" and not named
    monkeypatch.setenv("LASER_TUI_KIOSK_CONFIG", str(tmp_path / "env.toml"))
    assert config_path(None) == (tmp_path / "env.toml", True)
    assert config_path(tmp_path / "flag.toml") == (tmp_path / "flag.toml", True)


def test_pin_hash_is_salted_and_verifies_only_the_right_pin() -> None:
    first, second = hash_pin(STAFF_PIN), staff_pin_hash()
    assert first != second, "each hash has its own salt"
    assert STAFF_PIN not in first
    assert first.startswith("scrypt$16384$8$1$")
    assert verify_pin(STAFF_PIN, first) and verify_pin(STAFF_PIN, second)
    assert not verify_pin("4097", first)
    assert not verify_pin(STAFF_PIN + " ", first)
    assert len(parse_pin_hash(first).salt) == 16


PRINTABLE = st.characters(exclude_categories=["Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs"])
"""Characters str.isprintable() takes (spaces left out): a PIN may be made of any of them."""


@settings(max_examples=8, deadline=None)
@given(pin=st.text(PRINTABLE, min_size=6, max_size=12).filter(lambda p: pin_problem(p) is None))
def test_any_pin_round_trips_and_another_does_not(pin: str) -> None:
    stored = hash_pin(pin)
    assert verify_pin(pin, stored)
    assert not verify_pin(pin + "x", stored)


@pytest.mark.parametrize(
    "bad",
    [
        "scrypt$16384$8$1$AAAA$AAAA",
        "scrypt$16383$8$1$" + "A" * 24 + "$" + "A" * 44,
        "bcrypt$x",
        "scrypt$a$b$c$d$e",
        "scrypt$16384$8$1$!!!$???",
    ],
)
def test_damaged_pin_hashes_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="set the PIN again"):
        parse_pin_hash(bad)


def test_pin_guard_locks_for_a_minute_after_three_wrong_pins() -> None:
    clock = FakeClock()
    guard = PinGuard(staff_pin_hash(), clock)
    for tries_left in range(MAX_TRIES - 1, 0, -1):
        assert guard.check("0000") is PinCheck.WRONG
        assert guard.tries_left == tries_left and guard.locked_for() == 0
    assert guard.check("0000") is PinCheck.WRONG
    assert guard.locked_for() == LOCK_SECONDS == 60
    assert guard.check(STAFF_PIN) is PinCheck.LOCKED, "not even the right PIN while locked"
    clock.now += 59
    assert guard.check(STAFF_PIN) is PinCheck.LOCKED
    clock.now += 1
    assert guard.locked_for() == 0
    assert guard.check(STAFF_PIN) is PinCheck.RIGHT
    assert guard.tries_left == MAX_TRIES


def test_a_right_pin_resets_the_wrong_count() -> None:
    guard = PinGuard(staff_pin_hash(), FakeClock())
    guard.check("1111")
    guard.check("2222")
    assert guard.check(STAFF_PIN) is PinCheck.RIGHT
    guard.check("3333")
    assert guard.locked_for() == 0 and guard.tries_left == MAX_TRIES - 1


def test_no_pin_means_no_way_in() -> None:
    guard = PinGuard(None)
    assert not guard.enabled
    assert guard.check("anything") is PinCheck.LOCKED


def test_idle_watchdog_counts_from_the_last_poke() -> None:
    clock = FakeClock()
    watchdog = IdleWatchdog(120, clock)
    clock.now += 100
    assert watchdog.seconds_left() == 20
    watchdog.poke()
    clock.now += 119
    assert watchdog.seconds_left() == 1
    clock.now += 5
    assert watchdog.seconds_left() == 0


def test_with_pin_hash_keeps_every_other_line() -> None:
    text = '# my kiosk\nidle_timeout = 60 # one minute\npin_hash = "old"\n# end\n'
    assert with_pin_hash(text, "NEW") == (
        '# my kiosk\nidle_timeout = 60 # one minute\npin_hash = "NEW"\n# end\n'
    )
    assert with_pin_hash("idle_timeout = 60", "NEW") == 'idle_timeout = 60\npin_hash = "NEW"\n'


def test_save_pin_hash_creates_0600_and_keeps_an_existing_mode(tmp_path: Path) -> None:
    fresh = tmp_path / "conf" / "kiosk.toml"
    save_pin_hash(fresh, staff_pin_hash())
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
    assert tomllib.loads(fresh.read_text())["pin_hash"] == staff_pin_hash()
    shared = write(tmp_path / "shared.toml", "# staff notes\nidle_timeout = 60\n")
    shared.chmod(0o640)
    save_pin_hash(shared, staff_pin_hash())
    assert stat.S_IMODE(shared.stat().st_mode) == 0o640
    assert shared.read_text().startswith("# staff notes\nidle_timeout = 60\npin_hash = ")


def test_save_pin_hash_leaves_a_broken_config_alone(tmp_path: Path) -> None:
    broken = write(tmp_path / "kiosk.toml", "idle_timeout = -1\n")
    with pytest.raises(InputProblem, match="idle_timeout"):
        save_pin_hash(broken, staff_pin_hash())
    assert broken.read_text() == "idle_timeout = -1\n"


def run_cli(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "laser_tui", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
        check=False,
    )


def test_kiosk_pin_command_stores_only_a_hash(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    done = run_cli("kiosk-pin", "--kiosk-config", str(config), "--pin-stdin", stdin="726148\n")
    assert done.returncode == 0, done.stderr
    assert "Staff PIN set" in done.stdout
    text = config.read_text()
    assert "726148" not in text
    assert verify_pin("726148", tomllib.loads(text)["pin_hash"])
    assert stat.S_IMODE(config.stat().st_mode) == 0o600


def test_kiosk_pin_command_uses_the_environment_and_refuses_short_pins(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    env = {"LASER_TUI_KIOSK_CONFIG": str(config)}
    done = run_cli("kiosk-pin", "--pin-stdin", stdin="12\n", env=env)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "a PIN needs at least 6 characters; nothing was changed; run kiosk-pin again"
    ]
    assert not config.exists()
    assert run_cli("kiosk-pin", "--pin-stdin", stdin="583920\n", env=env).returncode == 0
    assert verify_pin("583920", tomllib.loads(config.read_text())["pin_hash"])


def test_kiosk_pin_refuses_a_short_pin_before_asking_for_it_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from laser_tui.cli.main import main

    asked: list[str] = []

    def typed(prompt: str) -> str:
        asked.append(prompt)
        return "12"

    monkeypatch.setattr("laser_tui.cli.kiosk_commands.getpass", typed)
    assert main(["kiosk-pin", "--kiosk-config", str(tmp_path / "kiosk.toml")]) == 2
    assert asked == ["New staff PIN: "], "refused at once, not after typing it twice"
    said = capsys.readouterr().err.strip().splitlines()
    assert said == ["a PIN needs at least 6 characters; nothing was changed; run kiosk-pin again"]


def test_kiosk_pin_sets_the_sample_configurations_commented_line(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    sample = (Path(__file__).parents[1] / "deploy" / "kiosk.toml").read_text()
    config.write_text(sample)
    done = run_cli("kiosk-pin", "--kiosk-config", str(config), "--pin-stdin", stdin="726148\n")
    assert done.returncode == 0, done.stderr
    lines = config.read_text().splitlines()
    assert not [line for line in lines if "pin_hash =" in line and line.startswith("#")]
    [at] = [n for n, line in enumerate(lines) if line.startswith("pin_hash = ")]
    assert lines[:at] + lines[at + 1 :] == [
        line for line in sample.splitlines() if not line.startswith("# pin_hash")
    ], "set in the commented line's place; every other line kept"


def test_a_bad_kiosk_config_stops_the_start_with_one_line(tmp_path: Path) -> None:
    config = write(tmp_path / "kiosk.toml", "idle_warning = 0\n")
    done = run_cli("--kiosk", "--kiosk-config", str(config))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"{config}: idle_warning: Input should be greater than 0")
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--kiosk", "--idle-timeout", "-3"], "--idle-timeout: Input should be greater than 0"),
        (["--idle-timeout", "3"], "--idle-timeout only applies with --kiosk"),
        (["--kiosk", "--open", "ACE234"], "--open cannot be used with --kiosk"),
        (["--open", "0OIL11"], "'0OIL11' is not a hand-over code"),
        (["--open", "ACE234"], "no hand-over with code ACE234"),
        (["--kiosk", "--priorities", "p.toml"], "--priorities cannot be used with --kiosk"),
        (["--kiosk", "--handover-dir", "/proc/version"], "/proc/version: is a file, not a folder"),
    ],
)
def test_bad_kiosk_flags_stop_with_one_line(tmp_path: Path, args: list[str], expected: str) -> None:
    env = {"LASER_TUI_KIOSK_CONFIG": str(write(tmp_path / "k.toml", ""))}
    done = run_cli(*args, env=env)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert expected in lines[0]


def test_a_default_config_that_cannot_be_checked_gives_one_line(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    blocked = locked / "kiosk.toml"
    real_exists = Path.exists

    def refuse(path: Path) -> bool:
        if path == blocked:
            raise PermissionError(13, "Permission denied")
        return real_exists(path)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Path, "exists", refuse)
        with pytest.raises(InputProblem) as caught:
            load_settings(blocked, must_exist=False)
    assert caught.value.lines == [
        f"{blocked}: cannot be checked (Permission denied); name a configuration with "
        "--kiosk-config, or check the permissions"
    ]


def test_the_pin_lock_survives_a_restart_and_grows(tmp_path: Path) -> None:
    clock = FakeClock()
    state = tmp_path / "state" / "pin-lock.json"
    guard = PinGuard(staff_pin_hash(), clock, state)
    for _ in range(MAX_TRIES):
        guard.check("000000")
    assert oct(state.stat().st_mode & 0o777) == "0o600"
    restarted = PinGuard(staff_pin_hash(), clock, state)
    assert restarted.check(STAFF_PIN) is PinCheck.LOCKED, "a restart does not unlock it"
    clock.now += LOCK_SECONDS
    for _ in range(MAX_TRIES):
        restarted.check("000000")
    assert restarted.locked_for() == 2 * LOCK_SECONDS, "each lock in a row lasts longer"
    clock.now += 2 * LOCK_SECONDS
    assert PinGuard(staff_pin_hash(), clock, state).check(STAFF_PIN) is PinCheck.RIGHT
    assert PinGuard(staff_pin_hash(), clock, state).next_lock_seconds == LOCK_SECONDS


def test_a_damaged_lock_file_locks(tmp_path: Path) -> None:
    state = tmp_path / "pin-lock.json"
    state.write_text("{not json")
    assert PinGuard(staff_pin_hash(), FakeClock(), state).check(STAFF_PIN) is PinCheck.LOCKED


@pytest.mark.parametrize(
    ("pin", "why"),
    [
        ("1234", "at least 6"),
        ("12345", "at least 6"),
        ("000000", "too easy"),
        ("123456", "too easy"),
        ("987654", "too easy"),
        ("890123", "too easy"),
        ("aaaaaaa", "too easy"),
    ],
)
def test_short_and_trivial_pins_are_refused(pin: str, why: str) -> None:
    problem = pin_problem(pin)
    assert problem is not None and why in problem


def test_kiosk_pin_takes_the_config_away_from_others(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text("idle_timeout = 90\n")
    config.chmod(0o666)
    save_pin_hash(config, staff_pin_hash())
    assert oct(config.stat().st_mode & 0o777) == "0o640"
    assert "idle_timeout = 90" in config.read_text()
