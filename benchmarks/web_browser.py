"""Drive `laser-tui serve` in a real headless Chromium (Playwright), reading the app's screen.

Used by the browser tests (tests/test_web_browser.py) and the web benchmark (benchmarks/web.py).
Chromium is Debian's (/usr/bin/chromium), never Playwright's own download. The page draws the
terminal on a canvas, so the screen is read the way the browser gets it: the websocket frames
the page receives are fed to a terminal emulator (pyte) of the size the page asked for.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

import pyte
from playwright.sync_api import Browser, Page, Playwright, WebSocket

CHROMIUM = os.environ.get("LASER_TUI_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
NOT_PLAYWRIGHTS = ["--disable-popup-blocking"]
"""Playwright's own flags left out: a real browser blocks pop-ups, so downloads must cope."""
LISTENING = re.compile(r"listening on (\S+):(\d+)")
POLL_SECONDS = 0.05


def launch_chromium(playwright: Playwright) -> Browser:
    """Debian's Chromium, headless, with a fresh profile (Playwright makes one per launch)."""
    return playwright.chromium.launch(
        executable_path=CHROMIUM, args=CHROMIUM_FLAGS, ignore_default_args=NOT_PLAYWRIGHTS
    )


@dataclass
class Server:
    """A running `laser-tui serve` process (its own process group) and its address."""

    process: subprocess.Popen[str]
    url: str
    output: list[str] = field(default_factory=list)

    def session_pids(self) -> list[int]:
        """The session processes the server runs now (children and their children)."""
        found, todo = [], [self.process.pid]
        while todo:
            pid = todo.pop()
            try:
                children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
            except OSError:
                continue
            found += [int(child) for child in children]
            todo += [int(child) for child in children]
        return found

    def stop(self) -> None:
        """Stop the server and every session it started."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        with suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)  # any session left behind


def start_server(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> Server:
    """`laser-tui serve --port 0 ARGS` on 127.0.0.1; waits until it says where it listens."""
    command = [sys.executable, "-m", "laser_tui", "serve", "--port", "0", *args]
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        start_new_session=True,
    )
    assert process.stdout is not None
    output: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        output.append(line)
        found = LISTENING.search(line)
        if found:
            os.set_blocking(process.stdout.fileno(), False)
            return Server(process, f"http://{found[1]}:{found[2]}", output)
    process.kill()
    raise RuntimeError(f"laser-tui serve did not start: {''.join(output)}")


@contextmanager
def running_server(*args: str, env: dict[str, str] | None = None) -> Iterator[Server]:
    """A server for the length of a ``with`` block."""
    server = start_server(*args, env=env)
    try:
        yield server
    finally:
        server.stop()


class TerminalPage:
    """A browser tab on the server, with the app's screen read from what the tab received."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.screen = pyte.Screen(80, 24)
        self.stream = pyte.ByteStream(self.screen)
        self.close_reason: str | None = None
        self.closed = False
        self.sizes: list[tuple[int, int]] = []
        page.on("websocket", self._watch)

    def _watch(self, websocket: WebSocket) -> None:
        websocket.on("framereceived", self._received)
        websocket.on("framesent", self._sent)
        websocket.on("close", self._closed)

    def _received(self, payload: str | bytes) -> None:
        if isinstance(payload, bytes):
            self.stream.feed(payload)

    def _sent(self, payload: str | bytes) -> None:
        if isinstance(payload, str) and payload.startswith('["resize"'):
            size = json.loads(payload)[1]
            self.sizes.append((size["width"], size["height"]))
            self.screen.resize(size["height"], size["width"])

    def _closed(self, websocket: WebSocket) -> None:
        self.closed = True

    def open(self, url: str) -> None:
        """Load the page."""
        self.page.goto(url)

    def text(self) -> str:
        """The app's screen as lines of text."""
        return "\n".join(line.rstrip() for line in self.screen.display)

    def wait_until(self, condition: Callable[[], bool], what: str, timeout: float = 30) -> None:
        """Let the page run until ``condition()`` holds; AssertionError after ``timeout``."""
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}; the screen:\n{self.text()}")
            self.page.wait_for_timeout(POLL_SECONDS * 1000)

    def wait_for_text(self, text: str, timeout: float = 30) -> None:
        """Wait until ``text`` is on the app's screen."""
        self.wait_until(lambda: text in self.text(), repr(text), timeout)

    def wait_for_home(self, timeout: float = 60) -> None:
        """Wait until the home menu is on the screen."""
        self.wait_for_text("Weigh it up: how my priorities line up", timeout)

    def focus(self) -> None:
        """Give the terminal the keyboard (as a person's first tap would, without a click)."""
        self.page.focus(".xterm-helper-textarea")

    def press(self, *keys: str) -> None:
        """Press keys, as a person types them."""
        for key in keys:
            self.page.keyboard.press(key)

    def row_of(self, text: str) -> int:
        """The screen row that shows ``text``."""
        for row, line in enumerate(self.screen.display):
            if text in line:
                return row
        raise AssertionError(f"{text!r} is not on the screen:\n{self.text()}")

    def cell_centre(self, row: int, column: int) -> tuple[float, float]:
        """Where on the page the terminal cell at ``row``, ``column`` is (CSS pixels)."""
        box = self.page.locator(".xterm-screen").bounding_box()
        assert box is not None
        columns, rows = self.screen.columns, self.screen.lines
        return (
            box["x"] + (column + 0.5) * box["width"] / columns,
            box["y"] + (row + 0.5) * box["height"] / rows,
        )
