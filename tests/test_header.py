"""The header survives screens that close before they paint, and goes away with its screen."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable

from laser_tui.app import LaserApp
from laser_tui.screens.other_options import OtherOptionsScreen
from laser_tui.widgets.header import LaserHeader
from support.sizes import SMALL


async def test_a_screen_closed_at_once_does_not_end_the_app(
    make_app: Callable[..., LaserApp],
) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        for _ in range(10):
            app.push_screen(OtherOptionsScreen())
            await asyncio.sleep(0)
            app.pop_screen()
            await pilot.pause()
        assert app.is_running
        await pilot.press("o")
        title = app.screen.query_one(LaserHeader)
        assert "Other options" in str(title.render())


async def test_closed_screens_leave_no_header_behind(make_app: Callable[..., LaserApp]) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        for _ in range(20):
            await app.push_screen(OtherOptionsScreen())
            await app.pop_screen()
        await pilot.pause()
        gc.collect()
        headers = [thing for thing in gc.get_objects() if isinstance(thing, LaserHeader)]
        assert len(headers) <= 2, "the home screen's header, and at most one closing"


def test_laser_tui_imports_nothing_private_from_textual() -> None:
    """``textual.x._y`` may change in any release: only public Textual API is used."""
    from pathlib import Path

    import laser_tui

    private = [
        f"{path.name}: {line.strip()}"
        for path in Path(laser_tui.__file__).parent.rglob("*.py")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.lstrip().startswith(("from textual", "import textual")) and "._" in line
    ]
    # The exceptions, each pinned by the Textual version test_kiosk_terminal.py checks: the
    # terminal parser that drops key codes beyond Unicode subclasses Textual's private
    # XTermParser (#6456); the kiosk's wipe empties the cache of drawn lines that keeps a past
    # patient's words (#6665), and test_kiosk_soak.py fails if that stops working.
    assert sorted(private) == [
        "drawn_lines.py: from textual._styles_cache import StylesCache",
        "parser.py: from textual._xterm_parser import XTermParser",
    ]
