"""A burst of keys right after "Save and leave" or "Discard", in a real terminal: a clean end.

The keys are sent in one go, as fast as a person mashing keys (or a busy machine delivering
them together): the app must end with status 0 and never show a traceback.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.terminal import Terminal

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    """The installed laser-tui in an 80x24 terminal."""
    term = Terminal(tmp_path / "exit-status", 80, 24)
    try:
        yield term
    finally:
        term.close()


@pytest.mark.parametrize("choice", ["s", "d"])
def test_a_burst_of_screen_keys_after_leaving(terminal: Terminal, choice: str) -> None:
    terminal.wait_for("laser-tui — Home")
    terminal.send("w")
    terminal.wait_for("laser-tui — Weigh it up")
    terminal.send("Space")
    terminal.wait_for("3/5 quite important")
    terminal.send("C-q")
    terminal.wait_for("Leave laser-tui?")
    # One tmux command: the keys arrive together.
    terminal.tmux("send-keys", "-t", terminal.session, choice, *"rlwkrlw", "Space", *"rlw")
    assert terminal.wait_for_exit() == 0  # a traceback ends it with status 1
