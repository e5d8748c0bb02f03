"""A browser tab without a browser: one websocket session on a running `laser-tui serve`, its
screen read with pyte from the bytes the session sends, as the page would draw them."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import time
from pathlib import Path

import aiohttp
import pyte
from benchmarks.web_browser import Server

HOME = "Weigh it up: how my priorities line up"
"""On the home screen's menu."""
HOME_TITLE = "laser-tui — Home"
"""In the header of the home screen."""
WEIGH_IT_UP = "laser-tui — Weigh it up"
"""In the header once the decision panel is open."""


class WebTab:
    """One session as a page opens it (from the server's own origin)."""

    def __init__(self, client: aiohttp.ClientSession, server: Server) -> None:
        self.client = client
        self.server = server
        self.screen = pyte.Screen(80, 24)
        self.stream = pyte.ByteStream(self.screen)
        self.ws: aiohttp.ClientWebSocketResponse | None = None

    async def open(self, width: int = 80, height: int = 24) -> bool:
        """Connect; whether the server started a session (False: refused, closed at once)."""
        self.screen.resize(height, width)
        url = f"{self.server.url}/ws?width={width}&height={height}"
        self.ws = await self.client.ws_connect(url, headers={"Origin": self.server.url})
        message = await self.ws.receive(timeout=60)
        self._take(message)
        return message.type == aiohttp.WSMsgType.BINARY

    def _take(self, message: aiohttp.WSMessage) -> None:
        if message.type == aiohttp.WSMsgType.BINARY:
            self.stream.feed(message.data)

    async def send(self, *message: object) -> None:
        """Send a message as the page does: a JSON list."""
        assert self.ws is not None
        await self.ws.send_str(json.dumps(list(message)))

    async def type(self, *keys: str) -> None:
        """Type keys one at a time, as the page sends them."""
        for key in keys:
            await self.send("stdin", key)

    def text(self) -> str:
        """The session's screen as lines of text."""
        return "\n".join(line.rstrip() for line in self.screen.display)

    async def shows(self, text: str, seconds: float) -> bool:
        """Read until ``text`` is on the screen (True) or ``seconds`` have passed (False)."""
        assert self.ws is not None
        deadline = time.monotonic() + seconds
        while text not in self.text():
            left = deadline - time.monotonic()
            if left <= 0 or self.ws.closed:
                return False
            try:
                self._take(await self.ws.receive(timeout=min(left, 0.5)))
            except TimeoutError:
                continue
        return True

    async def wait_for(self, text: str, seconds: float = 60) -> None:
        """Read until ``text`` is on the screen; fail after ``seconds``."""
        assert await self.shows(text, seconds), f"{text!r} never appeared:\n{self.text()}"

    async def close(self) -> None:
        """Close the tab."""
        if self.ws is not None:
            await self.ws.close()


def alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (a zombie has ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def resident_mb(pid: int) -> float:
    """The memory process ``pid`` holds now, in MB (0 once it has ended)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def stop_processes(pids: list[int]) -> None:
    """Stop (SIGSTOP) each process: it hears nothing, as a session stuck for good."""
    for pid in pids:
        os.kill(pid, signal.SIGSTOP)


async def ended(pids: list[int], seconds: float = 30) -> bool:
    """Whether every process of ``pids`` has ended within ``seconds``."""
    deadline = time.monotonic() + seconds
    while any(alive(pid) for pid in pids):
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.1)
    return True
