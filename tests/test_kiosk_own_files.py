"""The kiosk's own files under attack: a tampered PIN lock file, easy PINs, a configuration
others can read. Each fails closed and says so in one line."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType

import pytest

from laser_tui.kiosk.app import KioskApp
from laser_tui.kiosk.pin import LOCK_SECONDS, MAX_TRIES, PinCheck, PinGuard, pin_problem
from laser_tui.model.content import Content
from support.kiosk import STAFF_PIN, kiosk_settings, staff_pin_hash

NOW = 1_000_000.0


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


@contextlib.contextmanager
def _within(seconds: int) -> Iterator[None]:
    """Fail, not hang, if the block takes longer than ``seconds`` (a FIFO never ends)."""

    def too_slow(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError(f"took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _state(**values: object) -> str:
    return json.dumps({"wrong": 0, "locks": 0, "locked_until": 0.0, **values})


def _fifo(path: Path) -> None:
    os.mkfifo(path)


TAMPERED: dict[str, str | Callable[[Path], None]] = {
    "infinity": '{"wrong": 0, "locks": 0, "locked_until": Infinity}',
    "overflowing_time": '{"wrong": 0, "locks": 0, "locked_until": 1e999}',
    "nan": '{"wrong": 0, "locks": 0, "locked_until": NaN}',
    "a_year_ahead": _state(locked_until=NOW + 365 * 24 * 3600),
    "huge_locks": _state(locks=10**30),
    "locks_of_many_digits": '{"wrong": 0, "locks": ' + "9" * 5000 + ', "locked_until": 0}',
    "negative_wrong": _state(wrong=-1000),
    "negative_locks": _state(locks=-5),
    "wrong_at_the_limit": _state(wrong=MAX_TRIES),
    "true_for_a_count": _state(wrong=True),
    "text_for_a_time": _state(locked_until="soon"),
    "missing_key": '{"wrong": 0, "locks": 0}',
    "extra_key": _state(unlocked=True),
    "a_list": "[0, 0, 0]",
    "deep_json": "[" * 200_000 + "]" * 200_000,
    "not_json": "{not json",
    "empty": "",
    "not_utf8": "\udcff",
    "fifo": _fifo,
}


def _make(path: Path, how: str | Callable[[Path], None]) -> None:
    if callable(how):
        how(path)
    else:
        path.write_bytes(how.encode("utf-8", "surrogateescape"))


@pytest.mark.parametrize("name", TAMPERED)
def test_a_tampered_lock_file_locks_for_a_bounded_time_and_says_why(
    tmp_path: Path, name: str
) -> None:
    state = tmp_path / "pin-lock.json"
    _make(state, TAMPERED[name])
    clock = Clock()
    with _within(20):
        guard = PinGuard(staff_pin_hash(), clock, state)
    assert guard.problem is not None and "PIN lock file" in guard.problem
    assert 0 < guard.locked_for() <= LOCK_SECONDS, "locked, and never for ever"
    assert guard.check(STAFF_PIN) is PinCheck.LOCKED
    assert guard.tries_left <= MAX_TRIES
    clock.now += LOCK_SECONDS
    restarted = PinGuard(staff_pin_hash(), clock, state)
    assert restarted.problem is None, "the file was written again, whole"
    assert restarted.tries_left == MAX_TRIES
    assert restarted.check(STAFF_PIN) is PinCheck.RIGHT


def test_a_good_lock_file_is_read_as_it_is(tmp_path: Path) -> None:
    state = tmp_path / "pin-lock.json"
    state.write_text(_state(wrong=2, locks=3, locked_until=NOW - 5))
    guard = PinGuard(staff_pin_hash(), Clock(), state)
    assert guard.problem is None
    assert guard.tries_left == MAX_TRIES - 2
    assert guard.next_lock_seconds == 8 * LOCK_SECONDS


def test_the_kiosk_logs_a_tampered_lock_file(tmp_path: Path, content: Content) -> None:
    settings = kiosk_settings(tmp_path)
    settings.pin_state_file.write_text(str(TAMPERED["infinity"]))
    app = KioskApp(content, settings)
    assert app.pin_guard.locked_for() > 0
    logged = settings.log_file.read_text()
    assert f"the PIN lock file cannot be used ({settings.pin_state_file}:" in logged
    assert len(logged.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "pin",
    [
        "abcdef",
        "ABCDEFG",
        "zyxwvu",
        "qwerty",
        "123123",
        "ab12ab12",
        "121212",
        "409\t613",
        "4096\x1b[A",
    ],
)
def test_easy_pins_and_control_characters_are_refused(pin: str) -> None:
    assert pin_problem(pin) is not None


@pytest.mark.parametrize("pin", [STAFF_PIN, "726148", "kestrel9", "a PIN no monkey types"])
def test_other_pins_are_taken(pin: str) -> None:
    assert pin_problem(pin) is None


def _laser_tui(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "laser_tui", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def test_kiosk_pin_refuses_a_run_of_letters(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    done = _laser_tui("kiosk-pin", "--kiosk-config", str(config), "--pin-stdin", stdin="abcdef\n")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"{pin_problem('abcdef')}; nothing was changed; run kiosk-pin again"
    ]
    assert not config.exists()


@pytest.mark.parametrize("mode", [0o644, 0o604, 0o660], ids=oct)
def test_a_pin_hash_others_can_read_stops_the_start(tmp_path: Path, mode: int) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(f'pin_hash = "{staff_pin_hash()}"\n')
    config.chmod(mode)
    done = _laser_tui("--kiosk", "--kiosk-config", str(config), "--handover-dir", str(tmp_path))
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"{config}: holds the staff PIN's hash, and other users can read or change it "
        f"(mode {mode:o}); run `chmod 600 {config}` (640 if the kiosk reads it through its "
        "group) and start again"
    ]
