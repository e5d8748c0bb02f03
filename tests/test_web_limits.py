"""Every browser session is bounded and accounted for, whatever its page sends.

Websocket clients on 127.0.0.1 only, a bounded number of them; each wait has a timeout.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Awaitable, Callable

import aiohttp
from benchmarks.web_browser import Server, running_server

from support.corpus import KEYSTROKES, PAGE_MESSAGES
from support.web_tab import (
    HOME,
    HOME_TITLE,
    WEIGH_IT_UP,
    WebTab,
    alive,
    ended,
    resident_mb,
    stop_processes,
)

Scenario = Callable[[aiohttp.ClientSession, Server], Awaitable[None]]
TYPED_PASTE_START = [key.decode() for key in KEYSTROKES["typed_paste_start"]]
"""Alt+[, 2, 0, 0, ~ as a page sends them, one message each."""
MAX_SESSION_MB = 400
"""Far above a session's usual 50-100 MB, far below what an unclamped size grows to."""
FLOODED_SESSION_MB = 150
"""A session reading keys only as fast as it handles them stays at about 55 MB through the flood;
one that reads ahead of itself (InputPacer taken out) reached 175 MB."""


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
    for _ in range(6):  # a paste lasts at most a second; a busy machine may take longer
        await tab.type("w")
        if await tab.shows(WEIGH_IT_UP, 10):
            return True
    return False


def test_no_keys_typed_leave_a_web_session_deaf() -> None:
    """Each of the corpus's keystrokes (a typed paste start, codes beyond Unicode, …), then "w"
    opens the decision panel and "h" goes home again."""

    async def scenario(client: aiohttp.ClientSession, server: Server) -> None:
        tab, _ = await open_tab(client, server)
        for name, keys in KEYSTROKES.items():
            await tab.type(*(key.decode("utf-8", "surrogateescape") for key in keys))
            assert await keys_work(tab), f"deaf after {name}:\n{tab.text()}"
            await tab.type("h")
            await tab.wait_for(HOME_TITLE)

    run(scenario)


def test_every_message_shape_leaves_a_session_bounded_and_listening() -> None:
    async def scenario(client: aiohttp.ClientSession, server: Server) -> None:
        tab, pid = await open_tab(client, server)
        assert tab.ws is not None
        for message in PAGE_MESSAGES:
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


def test_tabs_opened_and_closed_quickly_never_run_more_sessions_than_the_limit() -> None:
    """30 tabs, three at a time, each closed at once (some after a stuck key): the server never
    runs more than 3 session processes, and none is left once all are closed."""
    limit, tabs = 3, 30
    most = 0

    async def scenario(client: aiohttp.ClientSession, server: Server) -> None:
        nonlocal most
        watching = True

        async def watch() -> None:
            nonlocal most
            while watching:
                most = max(most, len(server.session_pids()))
                await asyncio.sleep(0.01)

        async def open_and_close(number: int) -> None:
            tab = WebTab(client, server)
            if await tab.open() and number % 2:
                await tab.type("\x1b[1114112u", *TYPED_PASTE_START)
            await tab.close()

        watcher = asyncio.create_task(watch())
        for first in range(0, tabs, limit):
            await asyncio.gather(*(open_and_close(n) for n in range(first, first + limit)))
        deadline = asyncio.get_running_loop().time() + 60
        while server.session_pids() and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.1)
        watching = False
        await watcher
        assert not server.session_pids(), "every closed tab's session ended"

    run(scenario, "--max-sessions", str(limit))
    assert 0 < most <= limit, f"{most} session processes at once"


def test_a_session_that_does_not_end_when_its_tab_closes_is_killed() -> None:
    async def scenario(client: aiohttp.ClientSession, server: Server) -> None:
        tab, pid = await open_tab(client, server)
        stop_processes([pid])  # it will never hear "quit"
        await tab.close()
        assert await ended([pid]), "the stuck session was killed"
        assert await WebTab(client, server).open(), "its place is free again"

    run(scenario, "--max-sessions", "1")


def test_sigterm_stops_the_server_in_time_however_sessions_misbehave() -> None:
    """Within the systemd unit's TimeoutStopSec (15 s), sessions stuck for good included."""

    async def scenario(client: aiohttp.ClientSession, server: Server) -> None:
        opened = [await open_tab(client, server) for _ in range(3)]
        pids = [pid for _, pid in opened]
        stop_processes(pids[:2])
        await opened[2][0].send("resize", {"width": 0, "height": 0})
        server.process.send_signal(signal.SIGTERM)
        code = await asyncio.to_thread(server.process.wait, 15)
        assert code == 0
        assert await ended(pids), "no session outlives the server"

    run(scenario)


def test_sessions_die_with_a_killed_server_even_when_stuck() -> None:
    async def scenario(client: aiohttp.ClientSession, server: Server) -> None:
        _, pid = await open_tab(client, server)
        stop_processes([pid])  # a signal it may catch would wait for ever
        server.process.kill()
        await asyncio.to_thread(server.process.wait, 30)
        assert await ended([pid]), "the session died with its server"

    run(scenario)


def test_a_flood_of_keys_waits_outside_the_session_and_the_server_serves_on() -> None:
    """8 MB of keys, as fast as the socket takes them: the session reads them only as fast as
    it handles them, so its memory stays bounded while it works through them (watched for 10 s;
    a session that read them all at once would pass FLOODED_SESSION_MB with a tenth of them),
    and another tab is served meanwhile."""

    async def scenario(client: aiohttp.ClientSession, server: Server) -> None:
        tab, pid = await open_tab(client, server)
        most = resident_mb(pid)
        with contextlib.suppress(ConnectionError):  # the server may stop reading it for good
            for _ in range(8):
                await tab.send("stdin", "x" * 1_000_000)
                most = max(most, resident_mb(pid))
        for _ in range(40):
            await asyncio.sleep(0.25)
            most = max(most, resident_mb(pid))
        assert most < FLOODED_SESSION_MB, f"{most:.0f} MB"
        other, _ = await open_tab(client, server)
        assert await keys_work(other), other.text()

    run(scenario)
