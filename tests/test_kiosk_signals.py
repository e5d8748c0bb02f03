"""SIGTERM and a hang-up (SIGHUP) end a real kiosk process cleanly, with no partial file."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
import time
import tomllib
from pathlib import Path

import pytest

from support.kiosk import STAFF_PIN, staff_pin_hash

READY = "Press any key to start"


class PtyKiosk:
    """`laser-tui --kiosk` in a pseudo-terminal of 100x30; the test types and reads the screen."""

    def __init__(self, tmp_path: Path) -> None:
        config = tmp_path / "kiosk.toml"
        config.write_text(f'pin_hash = "{staff_pin_hash()}"\n')
        self.handover = tmp_path / "handover"
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        self.master = master
        self.output = ""
        self.process = subprocess.Popen(
            [
                *(sys.executable, "-m", "laser_tui", "--kiosk", "--kiosk-config", str(config)),
                *("--handover-dir", str(self.handover)),
            ],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env={**os.environ, "TERM": "xterm-256color"},
            start_new_session=True,
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

    def wait_for(self, text: str, seconds: float = 20) -> None:
        """Read until ``text`` has been written."""
        deadline = time.monotonic() + seconds
        while text not in self.output and time.monotonic() < deadline:
            self.read(0.2)
        assert text in self.output, f"{text!r} never appeared"

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


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_ends_the_kiosk_cleanly_and_keeps_whole_files(tmp_path: Path, signum: int) -> None:
    kiosk = PtyKiosk(tmp_path)
    try:
        kiosk.wait_for(READY)
        kiosk.type(" wg\r")
        kiosk.wait_for("Your code for the clinician")
        code = kiosk.end(signum)
    finally:
        kiosk.kill()
    assert code == 128 + signum
    assert "Traceback" not in kiosk.output
    assert "\x1b[?1049l" in kiosk.output, "the terminal's normal screen is restored"
    files = sorted(kiosk.handover.iterdir())
    assert [f.suffix for f in files] == [".toml"], "one whole hand-over, no temporary file"
    assert tomllib.loads(files[0].read_text())


def test_the_staff_pin_ends_the_process_with_code_0(tmp_path: Path) -> None:
    kiosk = PtyKiosk(tmp_path)
    try:
        kiosk.wait_for(READY)
        kiosk.type("\x18")
        kiosk.wait_for("Staff only")
        kiosk.type(STAFF_PIN + "\r")
        assert kiosk.process.wait(timeout=20) == 0
    finally:
        kiosk.kill()
