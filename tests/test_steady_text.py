"""SteadyText keeps the height of its longest text at one width, and starts over at another."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.geometry import Size
from textual.widgets import Static

from laser_tui.widgets.steady_text import SteadyText

LONG = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
SHORT = "one two"


class SteadyApp(App[None]):
    """A steady text with a line below it."""

    CSS = "SteadyText { height: auto; }"

    def compose(self) -> ComposeResult:
        yield SteadyText(id="steady")
        yield Static("below", id="below")


async def test_keeps_its_tallest_height_until_the_width_changes() -> None:
    app = SteadyApp()
    async with app.run_test(size=(20, 12)) as pilot:
        steady = app.query_one(SteadyText)
        below = app.query_one("#below")
        steady.show(SHORT)
        await pilot.pause()
        assert steady.size.height == 1

        steady.show(LONG)  # more lines: it grows
        await pilot.pause()
        tall = steady.size.height
        assert tall > 1
        assert below.region.y == tall

        steady.show(SHORT)
        await pilot.pause()
        assert str(steady.render()) == SHORT
        assert steady.size.height == tall
        assert below.region.y == tall  # the line below stays put

        await pilot.resize_terminal(60, 12)
        await pilot.pause()
        assert steady.size.height == 1  # a new width starts over
        assert below.region.y == 1


async def test_a_text_shown_before_is_not_wrapped_again_to_measure_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    measured: list[int] = []
    measure = Static.get_content_height

    def counting(self: Static, container: Size, viewport: Size, width: int) -> int:
        measured.append(width)
        return measure(self, container, viewport, width)

    app = SteadyApp()
    async with app.run_test(size=(20, 12)) as pilot:
        steady = app.query_one(SteadyText)
        await pilot.pause()
        monkeypatch.setattr(Static, "get_content_height", counting)
        for text in [LONG, SHORT, LONG, SHORT]:
            steady.show(text)
            await pilot.pause()
        assert len(measured) == 2, measured  # once for each text at this width
        assert str(steady.render()) == SHORT
