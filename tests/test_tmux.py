"""The installed `laser-tui` in a real terminal (tmux): type keys, read the screen."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.terminal import WAIT_SECONDS, Terminal

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    """The installed laser-tui in a 100x30 terminal."""
    term = Terminal(tmp_path / "exit-status", 100, 30)
    try:
        yield term
    finally:
        term.close()


def test_the_installed_app_by_keyboard_in_a_real_terminal(terminal: Terminal) -> None:
    home = terminal.wait_for("laser-tui — Home", "decision support, not medical advice")
    assert "┏" in home  # the focused menu has a heavy border, so focus shows without colour

    terminal.send("w")
    terminal.wait_for("laser-tui — Weigh it up", "does not count for you: Space")
    # The start-up message ("No saved priorities yet") may still cover one score for a while.
    deadline = time.monotonic() + WAIT_SECONDS
    while terminal.screen().count("not scored") != 2:
        assert time.monotonic() < deadline, terminal.screen()
        time.sleep(0.1)

    terminal.send("Space")  # count "a dramatic change" at 3: 100 × 3 × fit / 3, its fit alone
    terminal.wait_for("3/5 quite important", "Resurfacing  80/100", "Tightening  20/100")

    terminal.send("Right")
    terminal.wait_for("4/5 very important", "Resurfacing  80/100", "Tightening  20/100")
    terminal.send("Down", "Space", "Right", "Right")  # and "a short recovery" at 5
    terminal.wait_for("5/5 extremely important", "Tightening  53/100", "Resurfacing  47/100")

    terminal.send("Left", "Left", "Space", "Up", "Left", "Space")  # back as it was
    panel = terminal.wait_for("not scored")
    assert "/100" not in panel
    terminal.send("C-q")
    assert terminal.wait_for_exit() == 0


def test_five_typed_keys_that_start_a_paste_do_not_deafen_the_app(terminal: Terminal) -> None:
    """Alt+[, 2, 0, 0, ~ typed by hand start a bracketed paste the app asked for: it ends by
    itself, and Ctrl+Q quits (a Ctrl+Q typed while it lasts is pasted, so it is typed again)."""
    terminal.wait_for("laser-tui — Home")
    terminal.send("M-[", "2", "0", "0", "~")
    for _ in range(10):
        terminal.send("C-q")
        if terminal.exited_within(2.0):
            break
    assert terminal.wait_for_exit() == 0
