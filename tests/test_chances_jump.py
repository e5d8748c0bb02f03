"""Chances side by side is long at 80x24: ] and [ jump from one outcome to the next."""

from __future__ import annotations

from collections.abc import Callable

from textual.containers import VerticalScroll

from laser_tui.app import LaserApp
from laser_tui.model.content import Content
from support.sizes import SMALL


async def test_square_brackets_jump_between_outcomes(
    make_app: Callable[..., LaserApp], content: Content
) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("n")
        await pilot.pause()
        body = app.screen.query_one("#chances-body", VerticalScroll)
        titles = list(app.screen.query(".chances-outcome"))
        assert len(titles) == len(content.outcomes) >= 3
        for title in titles:
            await pilot.press("right_square_bracket")
            await pilot.pause()
            assert body.scroll_y == title.virtual_region.y, "each outcome's title at the top"
        if body.scroll_y < body.max_scroll_y:
            await pilot.press("right_square_bracket")  # past the last outcome: nothing moves
            assert body.scroll_y == titles[-1].virtual_region.y
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert body.scroll_y == titles[-2].virtual_region.y
