"""The installed `laser-tui --kiosk` in a real terminal (tmux): quit keys do nothing, idle wipes."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

LASER_TUI = Path(sys.executable).parent / "laser-tui"
QUIT_KEYS = ("C-q", "C-c", "C-d", "C-z", "C-\\", "C-p", "Escape", "F4", "F10", "F12")


class KioskTerminal:
    """A kiosk in a tmux session on a server of its own; the pane stays when the app ends."""

    def __init__(self, tmp_path: Path, *flags: str) -> None:
        self.socket = f"laser-kiosk-{uuid.uuid4().hex[:8]}"
        config = tmp_path / "kiosk.toml"
        config.write_text("")
        command = shlex.join(
            [
                *(str(LASER_TUI), "--kiosk", "--kiosk-config", str(config)),
                *("--handover-dir", str(tmp_path / "handover"), *flags),
            ]
        )
        self._tmux("new-session", "-d", "-s", "k", "-x", "90", "-y", "28", "-n", "kiosk")
        self._tmux("set-option", "-t", "k", "remain-on-exit", "on")
        self._tmux("respawn-pane", "-k", "-t", "k", command)
        self.pid = int(self._tmux("display-message", "-p", "-t", "k", "#{pane_pid}").strip())

    def _tmux(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.socket, *args], check=True, capture_output=True, text=True
        )
        return done.stdout

    def keys(self, *keys: str) -> None:
        """Send keys by their tmux names, a little apart as a person types."""
        for key in keys:
            self._tmux("send-keys", "-t", "k", key)
            time.sleep(0.15)

    def screen(self) -> str:
        """The text on the terminal now."""
        return self._tmux("capture-pane", "-p", "-t", "k")

    def wait_for(self, text: str, seconds: float = 20) -> str:
        """The screen, once it shows ``text``."""
        deadline = time.monotonic() + seconds
        while text not in (screen := self.screen()):
            assert time.monotonic() < deadline, f"{text!r} never appeared on:\n{screen}"
            time.sleep(0.1)
        return screen

    def alive(self) -> bool:
        """Whether the kiosk process still runs in the pane."""
        dead = self._tmux("display-message", "-p", "-t", "k", "#{pane_dead}").strip()
        return dead == "0"

    def close(self) -> None:
        """End the session and its server (a hang-up for anything still running)."""
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], check=False, capture_output=True)


def process_ended(pid: int, seconds: float = 10) -> bool:
    """Whether process ``pid`` is gone within ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


def test_quit_keys_do_nothing_and_idle_brings_back_the_welcome(tmp_path: Path) -> None:
    terminal = KioskTerminal(tmp_path, "--idle-timeout", "3", "--idle-warning", "2")
    try:
        terminal.wait_for("Press any key to start")
        terminal.keys(*QUIT_KEYS[:-4])
        assert terminal.alive()
        terminal.keys("Space", "l", "Space")
        screen = terminal.wait_for("1 of 6 differences count for you")
        terminal.keys(*QUIT_KEYS)
        assert terminal.alive(), "no quit key ends the kiosk"
        assert "Press any key to start" not in terminal.screen()
        terminal.wait_for("Are you still there?", seconds=10)
        screen = terminal.wait_for("Press any key to start", seconds=10)
        assert "count for you" not in screen
        assert terminal.alive()
        terminal.keys("Space", "l")
        terminal.wait_for("0 of 6 differences count for you")
        pid = terminal.pid
    finally:
        terminal.close()
    assert process_ended(pid), "a hang-up (the terminal closing) ends the kiosk"
