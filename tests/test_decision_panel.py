"""The decision panel follows the app's priorities and result (reactive state), by keyboard."""

from __future__ import annotations

from collections.abc import Callable

from laser_tui.app import LaserApp
from laser_tui.model.scoring import score
from laser_tui.screens.decision import DecisionScreen
from laser_tui.widgets.score_bar import ScoreBar
from laser_tui.widgets.steady_text import SteadyText
from laser_tui.widgets.weight_control import WeightControl
from support.sizes import SMALL

MakeApp = Callable[..., LaserApp]


def bars(app: LaserApp) -> dict[str, float | None]:
    return {bar.id or "": bar.score for bar in app.screen.query(ScoreBar)}


def wording_text(app: LaserApp) -> str:
    return str(app.screen.query_one("#wording", SteadyText).render())


async def test_a_key_makes_a_new_version_of_the_apps_priorities_and_its_result(
    make_app: MakeApp,
) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("w", "space", "right")
        assert isinstance(app.screen, DecisionScreen)
        assert app.priorities.get("dramatic_change").weight == 4
        assert app.result == score(app.content, app.priorities)
        assert bars(app)["score-resurfacing"] == app.result.scores["resurfacing"]


async def test_the_open_panel_follows_priorities_changed_elsewhere(make_app: MakeApp) -> None:
    """Priorities set on the app (as a kiosk reset or an opened file does) reach the open panel:
    the controls, the bars and the words, without reopening the screen."""
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("w")
        assert set(bars(app).values()) == {None}
        app.priorities = (
            app.priorities.with_counts("short_recovery", True)
            .with_weight("short_recovery", 5)
            .with_counts("dramatic_change", True)
            .with_weight("dramatic_change", 1)
        )
        await pilot.pause()
        control = app.screen.query_one("#weight-short_recovery", WeightControl)
        assert (control.counts, control.weight) == (True, 5)
        assert app.result == score(app.content, app.priorities)
        assert bars(app) == {
            "score-tightening": app.result.scores["tightening"],
            "score-resurfacing": app.result.scores["resurfacing"],
        }
        assert wording_text(app).startswith("Your priorities line up more with Tightening")
