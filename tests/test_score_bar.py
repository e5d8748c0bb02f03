"""ScoreBar's cached lines look exactly like its text would, and an unchanged bar is not rebuilt."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.visual import Visual, visualize

from laser_tui.widgets.score_bar import ScoreBar


class BarApp(App[None]):
    """One score bar."""

    def compose(self) -> ComposeResult:
        yield ScoreBar("t", "Tightening")


def as_text(bar: ScoreBar, y: int) -> list[object]:
    """Line ``y`` as Textual renders the bar's ``render()`` text (the reference)."""
    width = bar.content_size.width
    strips = Visual.to_strips(bar, visualize(bar, bar.render()), width, 2, bar.visual_style)
    return list(strips[y])


@pytest.mark.parametrize("width", [8, 15, 20, 41])
async def test_lines_are_what_the_text_would_show(width: int) -> None:
    app = BarApp()
    async with app.run_test(size=(width, 6)) as pilot:
        bar = app.query_one(ScoreBar)
        for score in [None, 0.0, 12.4, 49.5, 63.75, 100.0]:
            bar.score = score
            await pilot.pause()
            for y in (0, 1):
                assert list(bar.render_line(y)) == as_text(bar, y), (score, y)


async def test_an_unchanged_bar_reuses_its_lines() -> None:
    app = BarApp()
    async with app.run_test(size=(40, 6)) as pilot:
        bar = app.query_one(ScoreBar)
        bar.score = 40.0
        await pilot.pause()
        first = [bar.render_line(y) for y in (0, 1)]
        bar.score = 70.0
        await pilot.pause()
        assert bar.render_line(1) is not first[1]
        bar.score = 40.0
        await pilot.pause()
        assert [bar.render_line(y) for y in (0, 1)] == first
        assert all(bar.render_line(y) is strip for y, strip in enumerate(first))
