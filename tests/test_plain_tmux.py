"""Plain mode in a real terminal (tmux): typed answers, ctrl+d asks before unsaved changes go.

The raw bytes laser-tui writes to the terminal are recorded (tmux pipe-pane) and checked for
escape sequences (the alternate screen, colours, cursor moves all start with one); tmux is also
asked whether the alternate screen is on.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from laser_tui.files.priorities_file import load_priorities
from laser_tui.model.content import Content
from support.plain import MENU_QUESTION, menu

LASER_TUI = Path(sys.executable).with_name("laser-tui")
WAIT_SECONDS = 15.0

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


class PlainTerminal:
    """A tmux server of its own running laser-tui --plain at 80x24, its output recorded raw."""

    def __init__(self, folder: Path) -> None:
        self.socket = f"laser-plain-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.raw = folder / "raw-output"
        self.status = folder / "exit-status"
        self.priorities = folder / "priorities.toml"
        app = (
            f"env -u ACCESSIBLE TERM=xterm-256color {shlex.quote(str(LASER_TUI))} --plain "
            f"--priorities {shlex.quote(str(self.priorities))}"
        )
        # The first line waits for a key, so pipe-pane is recording before laser-tui starts.
        shell = f"read go; {app}; echo $? > {shlex.quote(str(self.status))}"
        self.tmux("new-session", "-d", "-s", "p", "-x", "80", "-y", "24", "sh", "-c", shell)
        self.tmux("pipe-pane", "-o", "-t", "p", f"cat >> {shlex.quote(str(self.raw))}")
        self.tmux("send-keys", "-t", "p", "Enter")

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

    def type(self, *answers: str) -> None:
        """Type each answer and press Enter, as a person does."""
        for answer in answers:
            if answer:
                self.tmux("send-keys", "-t", "p", "-l", answer)
            self.tmux("send-keys", "-t", "p", "Enter")

    def wait_for(self, text: str) -> str:
        """The screen once it shows ``text``."""
        deadline = time.monotonic() + WAIT_SECONDS
        while True:
            screen = self.tmux("capture-pane", "-p", "-J", "-t", "p")  # wrapped lines joined
            if text in screen:
                return screen
            if time.monotonic() > deadline:
                pytest.fail(f"the screen never showed {text!r}; it shows:\n{screen}")
            time.sleep(0.05)

    def alternate_screen(self) -> str:
        """tmux's word on whether the alternate screen is on ("0" or "1")."""
        return self.tmux("display-message", "-p", "-t", "p", "#{alternate_on}").strip()

    def exit_status(self) -> int:
        """laser-tui's exit status, once it has ended."""
        deadline = time.monotonic() + WAIT_SECONDS
        while not self.status.exists() or not self.status.read_text().strip():
            if time.monotonic() > deadline:
                pytest.fail("laser-tui did not end")
            time.sleep(0.05)
        return int(self.status.read_text())

    def close(self) -> None:
        """Stop this terminal's tmux server."""
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True, check=False)


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[PlainTerminal]:
    """laser-tui --plain in a fresh 80x24 terminal."""
    term = PlainTerminal(tmp_path)
    try:
        yield term
    finally:
        term.close()


def test_plain_mode_in_a_real_terminal(terminal: PlainTerminal, content: Content) -> None:
    terminal.wait_for(MENU_QUESTION)
    assert terminal.alternate_screen() == "0"
    terminal.type(menu("What counts"), "5")
    terminal.wait_for("How much does a short recovery matter to you?")
    terminal.type("repeat")
    screen = terminal.wait_for("Enter to skip: repeat")
    assert screen.count("Difference 2 of 7: A short recovery.") == 2
    terminal.type("home")
    terminal.wait_for("Home menu.")
    assert terminal.alternate_screen() == "0"
    terminal.tmux("send-keys", "-t", "p", "C-d")  # the end of input, with a change not saved
    terminal.wait_for("or 3 to keep going:")
    assert not terminal.priorities.exists()
    terminal.type("1")
    assert terminal.exit_status() == 0
    saved = load_priorities(terminal.priorities, content).priorities
    assert saved.get("dramatic_change").matters
    assert saved.get("dramatic_change").weight == 5
    raw = terminal.raw.read_bytes()
    assert b"End of input (ctrl+d)." in raw
    assert b"\x1b" not in raw
