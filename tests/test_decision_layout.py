"""Weigh it up: the scores stay in view at 80×24 while importances change; all fits at 120×40."""

from __future__ import annotations

from collections.abc import Callable

from laser_tui.app import LaserApp
from laser_tui.widgets.more_below import MORE_BELOW
from laser_tui.widgets.score_bar import ScoreBar
from support.kiosk_pilot import wait_until
from support.sizes import LARGE, SMALL

MakeApp = Callable[..., LaserApp]
COUNT_THREE = ["l", "space", "down", "space", "down", "space", "w"]


async def test_the_scores_stay_in_view_while_the_last_importance_changes(
    make_app: MakeApp,
) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press(*COUNT_THREE, *["down"] * 6, "space")
        await pilot.pause()
        result = app.screen.query_one("#result")
        assert result.max_scroll_y > 0
        assert result.border_subtitle == MORE_BELOW
        result.scroll_end(animate=False)  # the person reads the reasons at the bottom
        await pilot.pause()
        await pilot.pause()
        assert result.border_subtitle == ""
        await pilot.press("right", "right")  # then changes an importance
        await pilot.pause()
        screen_rows = range(1, SMALL[1] - 1)
        bars = list(app.screen.query(ScoreBar))
        assert bars
        for bar in bars:
            assert bar.region.y in screen_rows and bar.region.bottom - 1 in screen_rows
            assert bar.score is not None


async def test_everything_fits_at_120x40(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=LARGE) as pilot:
        await pilot.press(*COUNT_THREE, "right")
        await pilot.pause()
        for part in ("#weights", "#result"):
            assert app.screen.query_one(part).max_scroll_y == 0, part
        assert app.screen.query_one("#result").border_subtitle == ""


async def test_the_verdict_is_in_view_at_80x24_beside_a_concern_note(make_app: MakeApp) -> None:
    """Loose skin as a concern, one difference counted and raised: the verdict line is on the
    screen without scrolling, the concern note (below it) too or a scroll away."""
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("m", "space", "escape", "w", "space", "right")
        note = app.screen.query_one("#concern-note")
        await wait_until(pilot, lambda: note.display and bool(str(note.render()).strip()))
        result = app.screen.query_one("#result")
        wording = app.screen.query_one("#wording")
        verdict = next(line for line in str(wording.render()).splitlines() if line.strip())
        assert "too close to call" in verdict.lower() or "line up more with" in verdict
        visible = result.content_region
        top = wording.region.y  # the verdict is the wording's first line
        assert result.scroll_offset.y == 0
        assert visible.y <= top < visible.bottom, (top, visible)
        assert top < SMALL[1] - 1
