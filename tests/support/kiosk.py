"""Helpers shared by the kiosk tests: a staff PIN, its hash, a kiosk app on a temp folder, and
a real `laser-tui --kiosk` process in a pseudo-terminal."""

from __future__ import annotations

import fcntl
import functools
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable
from pathlib import Path

from laser_tui.kiosk.app import KioskApp
from laser_tui.kiosk.pin import hash_pin
from laser_tui.kiosk.settings import KioskSettings
from laser_tui.model.content import Content

STAFF_PIN = "409613"
READY = "Press any key to start"


@functools.cache
def staff_pin_hash() -> str:
    """The hash of STAFF_PIN (made once: scrypt is deliberately slow)."""
    return hash_pin(STAFF_PIN)


def kiosk_settings(folder: Path, **overrides: object) -> KioskSettings:
    """Settings with a PIN, hand-overs and the log under ``folder`` and every timeout set (an
    hour of idle time, so that no idle warning comes unasked; no hold on the code screen);
    keyword arguments override."""
    values: dict[str, object] = {
        "handover_dir": folder / "handover",
        "log_file": folder / "kiosk.log",
        "pin_state_file": folder / "pin-lock.json",
        "idle_timeout": 3600.0,
        "idle_warning": 60.0,
        "code_idle_timeout": 3600.0,
        "code_hold": 0.001,
        "pin_hash": staff_pin_hash(),
        **overrides,
    }
    return KioskSettings.model_validate(values)


class ManualClock:
    """Seconds for the kiosk's waits that pass only when the test says, so a loaded machine
    never ends a session before the test has looked at it."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` pass."""
        self.now += seconds


def make_kiosk(
    content: Content, folder: Path, clock: Callable[[], float] = time.monotonic, **overrides: object
) -> KioskApp:
    """A kiosk app on the shipped content, hand-overs under ``folder``; ``clock`` times its
    waits (idle, warning, code hold, PIN dialog)."""
    return KioskApp(content, kiosk_settings(folder, **overrides), clock=clock)


class PtyKiosk:
    """`laser-tui --kiosk` in a pseudo-terminal of 100x30; the test types and reads the screen.

    Its configuration sets every timeout (an hour of idle time); ``flags`` override it.
    ``own_group``: a process group of its own in this session (not orphaned, so the signals
    that stop a process from a terminal are not discarded by the kernel).
    """

    def __init__(self, tmp_path: Path, *flags: str, own_group: bool = False) -> None:
        config = tmp_path / "kiosk.toml"
        self.log = tmp_path / "kiosk.log"
        config.write_text(
            f'pin_hash = "{staff_pin_hash()}"\nlog_file = "{self.log}"\n'
            f'pin_state_file = "{tmp_path / "pin-lock.json"}"\n'
            "idle_timeout = 3600\nidle_warning = 60\n"
        )
        config.chmod(0o600)  # it holds a PIN hash: the kiosk refuses one others can read
        self.handover = tmp_path / "handover"
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        self.master = master
        self.output = ""
        self.process = subprocess.Popen(
            [
                *(sys.executable, "-m", "laser_tui", "--kiosk", "--kiosk-config", str(config)),
                *("--handover-dir", str(self.handover), *flags),
            ],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env={**os.environ, "TERM": "xterm-256color"},
            start_new_session=not own_group,
            process_group=0 if own_group else None,
        )
        os.close(slave)

    def read(self, seconds: float) -> None:
        """Collect what the app writes for up to ``seconds``."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            ready, _, _ = select.select([self.master], [], [], min(left, 0.1))
            if not ready:
                continue
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.output += chunk.decode("utf-8", "replace")

    def shows(self, text: str, seconds: float = 20) -> bool:
        """Read until ``text`` has been written (True), or ``seconds`` have passed (False)."""
        deadline = time.monotonic() + seconds
        while text not in self.output and time.monotonic() < deadline:
            self.read(0.2)
        return text in self.output

    def wait_for(self, text: str, seconds: float = 20) -> None:
        """Read until ``text`` has been written; fail after ``seconds``."""
        assert self.shows(text, seconds), f"{text!r} never appeared"

    def send(self, data: bytes) -> None:
        """Write raw bytes to the terminal's input, as a keyboard or a scanner would."""
        os.write(self.master, data)
        self.read(0.2)

    def resize(self, rows: int, columns: int) -> None:
        """Resize the terminal as a window manager would (and tell the process)."""
        fcntl.ioctl(self.master, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        self.process.send_signal(signal.SIGWINCH)
        self.read(0.05)

    def forget(self) -> None:
        """Forget what was written so far, to wait for what comes next."""
        self.output = ""

    def ended_within(self, seconds: float) -> int | None:
        """The exit status if the process ends within ``seconds``, else None (still running)."""
        try:
            return self.process.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            return None

    def type(self, keys: str, pause: float = 0.4) -> None:
        """Type ``keys`` one by one, as a person would."""
        for key in keys:
            os.write(self.master, key.encode())
            self.read(pause)

    def end(self, signum: int) -> int:
        """Send ``signum`` and return the exit code."""
        self.process.send_signal(signum)
        deadline = time.monotonic() + 20
        while self.process.poll() is None and time.monotonic() < deadline:
            self.read(0.2)
        self.read(0.3)
        os.close(self.master)
        return self.process.wait(timeout=5)

    def kill(self) -> None:
        """Stop the process if a test failed half way."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
