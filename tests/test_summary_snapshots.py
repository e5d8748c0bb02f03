"""Snapshots of the readiness check and the summary, at the smallest and a roomy size."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.containers import VerticalScroll
from textual.pilot import Pilot

from laser_tui.app import LaserApp
from laser_tui.clock import TODAY_VARIABLE
from laser_tui.model.content import Content
from support.sizes import LARGE, SMALL
from support.summary import KNOWN_AS_OF, known_priorities


@pytest.fixture(autouse=True)
def _known_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TODAY_VARIABLE, KNOWN_AS_OF.isoformat())


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x40"])
def test_readiness_with_two_answers(
    snap_compare: Any, make_app: Callable[..., LaserApp], size: tuple[int, int]
) -> None:
    assert snap_compare(make_app(), press=["r", "n", "y"], terminal_size=size)


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x40"])
def test_summary_of_known_priorities(
    snap_compare: Any, make_app: Callable[..., LaserApp], content: Content, size: tuple[int, int]
) -> None:
    app = make_app(known_priorities(content))
    assert snap_compare(app, press=["s"], terminal_size=size)


def test_summary_scrolled_to_the_readiness_answers(
    snap_compare: Any, make_app: Callable[..., LaserApp], content: Content
) -> None:
    app = make_app(known_priorities(content))

    async def scroll_down(pilot: Pilot[None]) -> None:
        """Open the summary, wait until its text is laid out, page down three times, settle."""
        await pilot.press("s")
        body = pilot.app.screen.query_one("#summary-body", VerticalScroll)
        for _ in range(200):  # up to 10 s on a loaded machine
            if body.max_scroll_y > 0:
                break
            await pilot.pause(0.05)
        await pilot.press("pagedown", "pagedown", "pagedown")
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()

    assert snap_compare(app, run_before=scroll_down, terminal_size=SMALL)


async def test_the_summary_screen_shows_each_address_once(
    make_app: Callable[..., LaserApp], content: Content
) -> None:
    from rich.console import Console

    from laser_tui.screens.summary import SummaryText

    app = make_app()
    async with app.run_test(size=LARGE) as pilot:
        await pilot.press("s")
        shown = app.screen.query_one("#summary-text", SummaryText).content
        console = Console(width=400, record=True, color_system=None, file=None)
        with console.capture() as capture:
            console.print(shown)
        text = capture.get()
    addresses = [s.url for s in content.sources if s.url]
    assert addresses
    for address in addresses:
        assert text.count(address) == 1, address
