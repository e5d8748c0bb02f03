"""SteadyText keeps the height of its longest text at one width, and starts over at another."""

from __future__ import annotations

import pytest
from rich.text import Text
from textual.app import App, ComposeResult
from textual.geometry import Region
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


def _painted(steady: SteadyText) -> list[str]:
    """The lines the compositor gets from the widget (its style cache kept what is unchanged)."""
    return [line.text.rstrip() for line in steady.render_lines(Region(0, 0, 20, 3))]


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


async def test_a_text_shown_before_is_not_drawn_again(monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[str] = []
    render = SteadyText.render

    def counting(self: SteadyText) -> Text:
        drawn.append(self.text.plain)
        return render(self)

    app = SteadyApp()
    async with app.run_test(size=(20, 12)) as pilot:
        steady = app.query_one(SteadyText)
        await pilot.pause()
        monkeypatch.setattr(SteadyText, "render", counting)
        for text in [LONG, SHORT, LONG, SHORT]:
            steady.show(text)
            await pilot.pause()
        assert drawn == [LONG, SHORT], drawn  # once for each text at this width
        assert str(steady.render()) == SHORT


async def test_only_the_lines_that_changed_are_painted_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = SteadyApp()
    async with app.run_test(size=(20, 12)) as pilot:
        steady = app.query_one(SteadyText)
        steady.show("first\nsecond\nthird")
        await pilot.pause()
        asked: list[tuple[Region, ...]] = []
        refresh = SteadyText.refresh

        def recording(self: SteadyText, *regions: Region, **options: bool) -> SteadyText:
            asked.append(regions)
            return refresh(self, *regions, **options)

        monkeypatch.setattr(SteadyText, "refresh", recording)
        steady.show("first\nSECOND\nthird")
        await pilot.pause()
        assert asked == [(Region(0, 1, 20, 1),)]
        assert _painted(steady) == ["first", "SECOND", "third"]

        asked.clear()
        steady.show("first")  # shorter: the lines it leaves are painted blank
        await pilot.pause()
        assert asked == [(Region(0, 1, 20, 1), Region(0, 2, 20, 1))]
        assert _painted(steady) == ["first", "", ""]
        assert app.query_one("#below").region.y == 3  # the line below stays put
