"""The installed laser-tui in a real terminal under tmux."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

LASER_TUI = Path(sys.executable).with_name("laser-tui")


WAIT_SECONDS = 15.0


class Terminal:
    """One tmux server and session of its own, running the installed laser-tui at a fixed size.

    A shell around the command writes its exit status to ``status_file`` when it ends.
    """

    def __init__(self, status_file: Path, width: int, height: int) -> None:
        self.socket = f"laser-tui-test-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.session = "app"
        self.status_file = status_file
        app = f"env -u COLUMNS -u LINES TERM=xterm-256color {shlex.quote(str(LASER_TUI))}"
        shell = f"{app}; echo $? > {shlex.quote(str(status_file))}"
        self.tmux(
            "new-session", "-d", "-s", self.session, "-x", str(width), "-y", str(height),
            "sh", "-c", shell,
        )  # fmt: skip

    def tmux(self, *args: str) -> str:
        """Run a tmux command on this terminal's own server."""
        done = subprocess.run(
            ["tmux", "-L", self.socket, *args],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        )
        return done.stdout

    def screen(self) -> str:
        """The text on the screen now."""
        return self.tmux("capture-pane", "-p", "-t", self.session)

    def send(self, *keys: str) -> None:
        """Type keys, one at a time, as a person would."""
        for key in keys:
            self.tmux("send-keys", "-t", self.session, key)

    def wait_for(self, *texts: str) -> str:
        """The screen once it shows every one of ``texts``; fails after a while."""
        deadline = time.monotonic() + WAIT_SECONDS
        while True:
            shown = self.screen()
            if all(text in shown for text in texts):
                return shown
            if time.monotonic() > deadline:
                pytest.fail(f"the screen never showed {texts!r}; it shows:\n{shown}")
            time.sleep(0.05)

    def exited_within(self, seconds: float) -> bool:
        """Whether laser-tui has ended within ``seconds``."""
        deadline = time.monotonic() + seconds
        while not self.status_file.exists() or not self.status_file.read_text().strip():
            if time.monotonic() > deadline:
                return False
            time.sleep(0.05)
        return True

    def wait_for_exit(self) -> int:
        """The exit status of laser-tui, once it has ended; fails after a while."""
        deadline = time.monotonic() + WAIT_SECONDS
        while not self.status_file.exists() or not self.status_file.read_text().strip():
            if time.monotonic() > deadline:
                pytest.fail("laser-tui did not end")
            time.sleep(0.05)
        return int(self.status_file.read_text())

    def close(self) -> None:
        """Stop this terminal's tmux server (and anything still running in it)."""
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True, check=False)
