"""Every number follows the key, and what is being answered stays in view at 80x24."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.containers import VerticalScroll
from textual.errors import NoWidget
from textual.widget import Widget

from laser_tui.app import LaserApp
from laser_tui.screens.decision import DecisionScreen
from laser_tui.screens.knowledge import KnowledgeScreen
from support.screens import text_of
from support.sizes import SMALL

MakeApp = Callable[..., LaserApp]
SCREEN_KEYS = {
    "compare": "c",
    "chances": "n",
    "checklist": "l",
    "decision": "w",
    "other_options": "o",
    "readiness": "r",
    "knowledge": "k",
    "summary": "s",
    "about": "a",
    "treatment": "1",
}


def in_view(widget: Widget) -> bool:
    """Whether all of ``widget`` is inside the visible part of the screen."""
    try:
        shown = widget.screen.find_widget(widget).region
    except NoWidget:
        return False
    return shown.height == widget.outer_size.height


async def test_the_reasons_follow_a_change_that_leaves_the_scores_alone(
    make_app: MakeApp,
) -> None:
    """With one difference counted, its importance changes no score, but "(3/5)" must follow."""
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("w", "space")
        assert "(3/5)" in text_of(app, "#wording")
        scores = dict(app.result.scores)
        await pilot.press("right", "right")
        assert app.result.scores == scores
        assert "(5/5)" in text_of(app, "#wording")
        assert "(3/5)" not in text_of(app, "#wording")


async def test_the_result_is_scrolled_into_view_after_every_change(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("w", "space", "down", "space", "down", "space", "down", "space")
        assert isinstance(app.screen, DecisionScreen)
        result = app.screen.query_one("#result", VerticalScroll)
        assert result.max_scroll_y > 0  # the words are longer than the panel at 80x24
        result.scroll_end(animate=False, immediate=True)
        await pilot.pause()
        assert result.scroll_y > 0
        await pilot.press("right")
        await pilot.pause()
        assert result.scroll_y == 0  # the verdict, its first line, is in view


@pytest.mark.parametrize("name", SCREEN_KEYS)
async def test_every_screen_opens_at_its_first_item(make_app: MakeApp, name: str) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press(SCREEN_KEYS[name])
        await pilot.pause()
        scrolled = [(w.id, w.scroll_y) for w in app.screen.query("*") if w.scroll_y]
        assert scrolled == [], name


async def test_check_what_i_know_keeps_the_statement_and_its_explanation_in_view(
    make_app: MakeApp,
) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("k")
        assert isinstance(app.screen, KnowledgeScreen)
        count = len(app.screen.questions)
        assert count >= 2
        for index in range(count):
            await pilot.pause()
            statement = app.screen.query_one(f"#statement-text-{index}")
            assert in_view(statement), index
            assert in_view(app.screen.query_one(f"#statement-{index}")), index
            await pilot.press("t")
            await pilot.pause()
            explanation = app.screen.query_one(f"#explanation-{index}")
            assert explanation.outer_size.height > 0
            assert in_view(explanation), index
