"""Every browser session is bounded and accounted for, whatever its page sends.

Websocket clients on 127.0.0.1 only, a bounded number of them; each wait has a timeout.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import aiohttp
from benchmarks.web_browser import Server, running_server

from support.web_tab import (
    HOME,
    WEIGH_IT_UP,
    WebTab,
    alive,
    resident_mb,
)

Scenario = Callable[[aiohttp.ClientSession, Server], Awaitable[None]]
TYPED_PASTE_START = ["\x1b[", "2", "0", "0", "~"]
"""Alt+[, 2, 0, 0, ~ as a page sends them, one message each."""
MAX_SESSION_MB = 400
"""Far above a session's usual 50-100 MB, far below what an unclamped size grows to."""
HOSTILE_MESSAGES: list[str | bytes] = [
    '["resize", {"width": 0, "height": 0}]',
    '["resize", {"width": -5, "height": -5}]',
    '["resize", {"width": 1000000000, "height": 1000000000}]',
    '["resize", {"width": "80", "height": "abc"}]',
    '["resize", {"width": 1.5, "height": true}]',
    '["resize", {"width": null}]',
    '["resize", [1, 2]]',
    '["resize"]',
    '["stdin", 123]',
    '["stdin", null]',
    '["stdin", ["a"]]',
    '["stdin", "\\ud800"]',
    '["stdin", "\\u001b[1114112u"]',
    '["ping", "' + "x" * 100_000 + '"]',
    '["ping", {"a": 1}]',
    '["unknown", 1]',
    "[]",
    "{}",
    "[1]",
    "not json",
    "[" * 100_000,
    b"\x00\xff binary",
]
"""Every malformed or oversized message shape a page could send."""


def run(scenario: Scenario, *flags: str) -> None:
    async def main(server: Server) -> None:
        async with aiohttp.ClientSession() as client:
            await asyncio.wait_for(scenario(client, server), 240)

    with running_server(*flags) as server:
        asyncio.run(main(server))


async def open_tab(client: aiohttp.ClientSession, server: Server) -> tuple[WebTab, int]:
    """A tab on its home screen, and its session's process."""
    before = set(server.session_pids())
    tab = WebTab(client, server)
    assert await tab.open(), "the session started"
    await tab.wait_for(HOME)
    [pid] = set(server.session_pids()) - before
    return tab, pid


async def keys_work(tab: WebTab) -> bool:
    """Whether "w" opens the decision panel, typed again while a paste may still last."""
    for _ in range(10):
        await tab.type("w")
        if await tab.shows(WEIGH_IT_UP, 3):
            return True
    return False


def test_a_code_beyond_unicode_leaves_a_web_session_listening() -> None:
    async def scenario(client: aiohttp.ClientSession, server: Server) -> None:
        tab, _ = await open_tab(client, server)
        await tab.type("\x1b[1114112u", "\x1b[2147483648A")
        assert await keys_work(tab), tab.text()

    run(scenario)


def test_five_typed_keys_that_start_a_paste_leave_a_web_session_listening() -> None:
    async def scenario(client: aiohttp.ClientSession, server: Server) -> None:
        tab, _ = await open_tab(client, server)
        await tab.type(*TYPED_PASTE_START)
        assert await keys_work(tab), tab.text()

    run(scenario)


def test_every_message_shape_leaves_a_session_bounded_and_listening() -> None:
    async def scenario(client: aiohttp.ClientSession, server: Server) -> None:
        tab, pid = await open_tab(client, server)
        assert tab.ws is not None
        for message in HOSTILE_MESSAGES:
            if isinstance(message, bytes):
                await tab.ws.send_bytes(message)
            else:
                await tab.ws.send_str(message)
        for width in [1, 1000, 0, 1000] * 25:  # a storm of sizes
            await tab.send("resize", {"width": width, "height": width})
        await tab.send("resize", {"width": 80, "height": 24})
        assert await keys_work(tab), tab.text()
        assert alive(pid)
        assert resident_mb(pid) < MAX_SESSION_MB

    run(scenario)
