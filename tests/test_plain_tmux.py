"""Plain mode in a real terminal (tmux): typed answers, Ctrl+D asks before unsaved changes go.

The raw bytes laser-tui writes to the terminal are recorded (tmux pipe-pane) and checked for
escape sequences (the alternate screen, colours and cursor moves all start with one); tmux is
also asked whether the alternate screen is on.
"""

from __future__ import annotations

import shlex
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from laser_tui.files.priorities_file import load_priorities
from laser_tui.model.content import Content
from support.plain import CRITERIA, MENU_QUESTION, SHIPPED, menu
from support.terminal import LASER_TUI, Terminal

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


class PlainTerminal(Terminal):
    """laser-tui --plain at 80x24 on a tmux server of its own, its output recorded raw."""

    def __init__(self, folder: Path) -> None:  # the parent's session runs the full-screen app
        self.socket = f"laser-plain-{uuid.uuid4().hex[:12]}"
        self.session = "p"
        self.status_file = folder / "exit-status"
        self.raw = folder / "raw-output"
        self.priorities = folder / "priorities.toml"
        app = (
            f"env -u ACCESSIBLE TERM=xterm-256color {shlex.quote(str(LASER_TUI))} --plain "
            f"--priorities {shlex.quote(str(self.priorities))}"
        )
        # The first line waits for a key, so pipe-pane is recording before laser-tui starts.
        shell = f"read go; {app}; echo $? > {shlex.quote(str(self.status_file))}"
        self.tmux("new-session", "-d", "-s", "p", "-x", "80", "-y", "24", "sh", "-c", shell)
        self.tmux("pipe-pane", "-o", "-t", "p", f"cat >> {shlex.quote(str(self.raw))}")
        self.send("Enter")

    def type(self, *answers: str) -> None:
        """Type each answer and press Enter, as a person does."""
        for answer in answers:
            if answer:
                self.tmux("send-keys", "-t", "p", "-l", answer)
            self.send("Enter")

    def alternate_screen(self) -> str:
        """tmux's word on whether the alternate screen is on ("0" or "1")."""
        return self.tmux("display-message", "-p", "-t", "p", "#{alternate_on}").strip()


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
    second = f"Difference 2 of {CRITERIA}: {SHIPPED.criteria[1].label}."
    terminal.wait_for(second)
    terminal.type("repeat")
    screen = terminal.wait_for(f" to skip: repeat\n\n{second}")  # the echo, then the lines
    assert screen.count(second) == 2
    terminal.type("home")
    terminal.wait_for("Home menu: type a number")  # the short prompt after the first time
    assert terminal.alternate_screen() == "0"
    terminal.send("C-d")  # the end of input, with a change not saved
    terminal.wait_for("or 3 to keep going:")
    assert not terminal.priorities.exists()
    terminal.type("1")
    assert terminal.wait_for_exit() == 0
    saved = load_priorities(terminal.priorities, content).priorities
    first = saved.get(SHIPPED.criteria[0].id)
    assert (first.counts, first.weight) == (True, 5)
    raw = terminal.raw.read_bytes()
    assert b"End of input (Ctrl+D)." in raw
    assert b"\x1b" not in raw
