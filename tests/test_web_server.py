"""`laser-tui serve` as a browser would meet it, without a browser: HTTP and the websocket."""

from __future__ import annotations

import asyncio
import signal
import time
from pathlib import Path
from typing import Any

import aiohttp
from benchmarks.web_browser import Server, running_server

from laser_tui.web.server import BUSY, WRONG_ORIGIN

OTHER_SITE = "http://evil.example"


async def _connect(server: Server, origin: str | None) -> tuple[int | None, str, Any]:
    """Open the websocket; the close code and message, or (None, first frame) if it runs."""
    headers = {"Origin": origin} if origin else {}
    async with (
        aiohttp.ClientSession() as client,
        client.ws_connect(f"{server.url}/ws?width=80&height=24", headers=headers) as ws,
    ):
        message = await ws.receive(timeout=60)
        if message.type == aiohttp.WSMsgType.CLOSE:
            return ws.close_code, message.extra or "", None
        return None, "", message.data


def connect(server: Server, origin: str | None) -> tuple[int | None, str, Any]:
    return asyncio.run(_connect(server, origin))


def test_only_pages_from_the_server_itself_may_start_a_session() -> None:
    with running_server() as server:
        for origin in (None, OTHER_SITE, server.url.replace("127.0.0.1", "rebound.example")):
            code, message, _ = connect(server, origin)
            assert (code, message) == (1008, WRONG_ORIGIN), origin
        code, _, first = connect(server, server.url)
        assert code is None and first, "a page from the server gets its session"


def test_over_the_limit_the_page_and_the_websocket_say_why() -> None:
    async def scenario(server: Server) -> tuple[Any, ...]:
        async with aiohttp.ClientSession() as client:
            origin = {"Origin": server.url}
            first = await client.ws_connect(f"{server.url}/ws", headers=origin)
            await first.receive(timeout=60)  # the session runs
            second = await client.ws_connect(f"{server.url}/ws", headers=origin)
            refused = await second.receive(timeout=60)
            async with client.get(server.url) as page:
                page_status, page_text = page.status, await page.text()
            await first.close()
            return second.close_code, refused.extra, page_status, page_text

    with running_server("--max-sessions", "1") as server:
        code, message, status, page = asyncio.run(scenario(server))
    busy = BUSY.format(limit=1)
    assert (code, message) == (1013, busy)
    assert status == 503 and busy in page and "textual.js" not in page


def test_the_page_forbids_outside_content_and_is_never_cached() -> None:
    async def fetch(server: Server) -> tuple[Any, ...]:
        async with aiohttp.ClientSession() as client:
            async with client.get(server.url) as page:
                headers, text = page.headers, await page.text()
            async with client.get(f"{server.url}/static/") as listing:
                listed = listing.status
        return headers, text, listed

    with running_server() as server:
        headers, text, listed = asyncio.run(fetch(server))
    assert headers["Cache-Control"] == "no-store"
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert "https://" not in text and "http://" not in text
    assert listed in (403, 404), "no folder listings"


def alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (a zombie has ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def wait_until_ended(sessions: list[int], seconds: float = 30) -> None:
    """Fail unless every session process has ended within ``seconds`` (a busy machine)."""
    deadline = time.monotonic() + seconds
    while [pid for pid in sessions if alive(pid)] and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in sessions if alive(pid)], "no session outlives the server"


def test_stopping_the_server_ends_every_session() -> None:
    async def open_session(server: Server) -> list[int]:
        async with aiohttp.ClientSession() as client:
            ws = await client.ws_connect(f"{server.url}/ws", headers={"Origin": server.url})
            await ws.receive(timeout=60)
            sessions = server.session_pids()
            server.process.send_signal(signal.SIGTERM)
            while not ws.closed:
                await ws.receive(timeout=30)
            assert ws.close_code == 1001
            return sessions

    with running_server() as server:
        sessions = asyncio.run(open_session(server))
        assert sessions, "the session was running"
        assert server.process.wait(timeout=30) == 0
        wait_until_ended(sessions)


def test_sessions_end_even_when_the_server_is_killed() -> None:
    async def open_session(server: Server) -> list[int]:
        async with aiohttp.ClientSession() as client:
            ws = await client.ws_connect(f"{server.url}/ws", headers={"Origin": server.url})
            await ws.receive(timeout=60)
            sessions = server.session_pids()
            server.process.kill()  # no clean stop: Linux tells each session (PR_SET_PDEATHSIG)
            return sessions

    with running_server() as server:
        sessions = asyncio.run(open_session(server))
        assert sessions, "the session was running"
        server.process.wait(timeout=30)
        wait_until_ended(sessions)
