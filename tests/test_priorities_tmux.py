"""The installed `laser-tui` in a real terminal (tmux): ctrl+s saves, ctrl+q leaves."""

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

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

LASER_TUI = Path(sys.executable).parent / "laser-tui"


class Terminal:
    """One tmux session on a server of its own, so nothing else's environment leaks in."""

    def __init__(self, command: str) -> None:
        self.socket = f"laser-priorities-{uuid.uuid4().hex[:8]}"
        self._tmux("new-session", "-d", "-s", "t", "-x", "80", "-y", "24", command)

    def _tmux(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-L", self.socket, *args], check=True, capture_output=True, text=True
        )
        return result.stdout

    def keys(self, *keys: str) -> None:
        """Send keys by tmux name (C-s is ctrl+s)."""
        self._tmux("send-keys", "-t", "t", *keys)

    def wait_for(self, text: str, seconds: float = 15) -> str:
        """The screen, once it shows ``text``."""
        deadline = time.monotonic() + seconds
        while True:
            screen = self._tmux("capture-pane", "-p", "-t", "t")
            if text in screen:
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} never appeared on:\n{screen}")
            time.sleep(0.1)

    def close(self) -> None:
        """End the session and its server."""
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], check=False, capture_output=True)


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    """`laser-tui` in tmux with a home of its own; `exit code N` shows when it ends."""
    if not LASER_TUI.exists():
        pytest.skip("laser-tui is not installed in this environment (run scripts/test)")
    environment = {
        "HOME": str(tmp_path),
        "TERM": "xterm-256color",
        "LASER_TUI_PRIORITIES": str(tmp_path / "from-env.toml"),
        "PATH": os.environ.get("PATH", ""),
    }
    assignments = " ".join(f"{key}={shlex.quote(value)}" for key, value in environment.items())
    command = f"env -i {assignments} {shlex.quote(str(LASER_TUI))}; echo exit code $?; sleep 60"
    session = Terminal(command)
    try:
        yield session
    finally:
        session.close()


def test_ctrl_s_saves_in_a_real_terminal_and_ctrl_q_then_leaves(
    terminal: Terminal, tmp_path: Path, content: Content
) -> None:
    screen = terminal.wait_for("No saved priorities yet")
    assert "saves them to ~/from-env.toml" in screen  # the toast wraps after "Ctrl+S"
    terminal.keys("l")
    terminal.wait_for("0 of 6 differences count for you")
    terminal.keys("Enter")
    terminal.wait_for("1 of 6 differences count for you")
    terminal.keys("C-q")
    terminal.wait_for("Leave laser-tui?")
    terminal.keys("k")
    terminal.wait_for("Ctrl+S Save")  # the footer of the checklist again: the dialog has gone
    terminal.keys("C-s")
    terminal.wait_for("Saved to ~/from-env.toml")
    saved = load_priorities(tmp_path / "from-env.toml", content)
    assert saved.problems == ()
    assert saved.priorities.number_counted() == 1
    terminal.keys("C-q")
    terminal.wait_for("exit code 0")
