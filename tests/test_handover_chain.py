"""A clinic's kiosks on one PostgreSQL hand-over store (a real server): the database stopped in
the middle of a patient's session, and two `serve --kiosk` nodes whose hand-overs a third
process opens with `summary --open`."""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("psycopg", reason="the postgres extra (requirements-postgres.lock)")

from laser_tui.model.content import Content
from laser_tui.screens.checklist import ChecklistScreen
from laser_tui.screens.kiosk.handover_code import HandoverCodeDialog
from support.handover_db import initialised
from support.kiosk import make_kiosk
from support.kiosk_pilot import start, wait_until
from support.postgres import PostgresServer
from support.sizes import SMALL

CODE_ON_SCREEN = re.compile(r"Your code is\W+([2-9ACDEF]{3})\W+([2-9ACDEF]{3})\b")


async def test_the_database_stopped_mid_session_shows_no_code_and_keeps_the_answers(
    postgres: PostgresServer, database: str, tmp_path: Path, content: Content
) -> None:
    initialised(tmp_path, database)
    app = make_kiosk(content, tmp_path, handover_store=database)
    async with app.run_test(size=SMALL) as pilot:
        await start(pilot)
        await pilot.press("l", "space")
        answers = app.priorities
        with postgres.stopped():
            await pilot.press("g", "enter")
            await wait_until(pilot, lambda: bool(app._notifications))
            assert isinstance(app.screen, ChecklistScreen), "no code screen without a saved code"
            assert not any(isinstance(s, HandoverCodeDialog) for s in app.screen_stack)
            [note] = app._notifications
            assert "could not be saved" in note.message and "no new code" in note.message
            assert "ask a member of staff" in note.message
            assert app.priorities == answers and app.in_session, "the answers are kept"
        assert "hand-over not saved: connection" in (tmp_path / "kiosk.log").read_text()
        await pilot.press("g", "enter")  # the database is back: the same answers hand over
        await wait_until(pilot, lambda: isinstance(app.screen, HandoverCodeDialog))
        screen = app.screen
        assert isinstance(screen, HandoverCodeDialog)
        loaded = app.store.open(screen.code, content, "nurse@room-2")
        assert loaded.priorities == answers


async def hand_over_on(server: object, tab_class: type) -> str:
    """A patient on a web kiosk node ticks one thing and hands over; the code on the screen."""
    import aiohttp

    async with aiohttp.ClientSession() as client:
        tab = tab_class(client, server)
        assert await tab.open(100, 30)
        await tab.wait_for("Press any key to start")
        await tab.type(" ")
        await tab.wait_for("Weigh it up")
        await tab.type("l", " ", "g")
        await tab.wait_for("Save and show my code")
        await tab.type("\r")
        await tab.wait_for("When you have it")
        found = CODE_ON_SCREEN.search(tab.text())
        await tab.close()
    assert found is not None, "the code is on the screen"
    return found.group(1) + found.group(2)


@pytest.mark.timeout(240)
def test_two_serve_nodes_share_one_store_and_a_third_process_opens_both(
    database: str, tmp_path: Path
) -> None:
    pytest.importorskip("textual_serve", reason="the web extra")
    from benchmarks.web_browser import running_server

    from support.web_tab import WebTab

    config = initialised(tmp_path, database)
    node = ["--kiosk", "--kiosk-config", str(config), "--host", "127.0.0.1"]  # never beyond
    with running_server(*node) as first, running_server(*node) as second:
        codes = [asyncio.run(hand_over_on(server, WebTab)) for server in (first, second)]
    assert codes[0] != codes[1]
    for code in codes:
        opened = subprocess.run(
            [sys.executable, "-m", "laser_tui", "summary", "--open", code],
            env={**_environment(), "LASER_TUI_KIOSK_CONFIG": str(config)},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert opened.returncode == 0, opened.stderr
        assert f"Hand-over {code[:3]} {code[3:]}" in opened.stdout


def _environment() -> dict[str, str]:
    import os

    return dict(os.environ)
