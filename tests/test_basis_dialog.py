"""Why it fits: from the decision panel, the basis of each fit of the focused difference, with
its sources, by keyboard alone; Esc gives the focus back to the same weight control."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Static

from laser_tui.app import LaserApp
from laser_tui.model.content import Content
from laser_tui.screens.decision import DecisionScreen
from laser_tui.screens.dialogs.basis import BasisDialog
from laser_tui.widgets.facts import SourceList
from laser_tui.widgets.weight_control import WeightControl
from support.sizes import SMALL

MakeApp = Callable[..., LaserApp]
TO_BASIS = ["w", "down", "down", "b"]
"""The decision panel, the third difference, then why it fits."""


async def test_why_it_fits_shows_each_basis_and_gives_the_focus_back(
    make_app: MakeApp, content: Content
) -> None:
    app = make_app()
    criterion = content.criteria[2]
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press(*TO_BASIS[:-1])
        control = app.focused
        assert isinstance(control, WeightControl) and control.criterion_id == criterion.id
        await pilot.press("b")
        dialog = app.screen
        assert isinstance(dialog, BasisDialog)
        assert criterion.basis is not None
        for treatment in content.treatments:
            shown = str(dialog.query_one(f"#basis-{treatment.id}", Static).render())
            assert shown.startswith(treatment.name)
            assert criterion.basis[treatment.id].reason in " ".join(shown.split())
        cited = {s for b in criterion.basis.values() for s in b.sources}
        assert set(dialog.query_one(SourceList).cited) == cited
        await pilot.press("escape")
        assert isinstance(app.screen, DecisionScreen)
        await pilot.pause()
        assert app.focused is control
        await pilot.press("up", "b")  # another difference, its own basis
        other = content.criteria[1]
        assert isinstance(app.screen, BasisDialog) and app.screen.criterion is other


async def test_why_it_fits_needs_a_difference_with_the_focus(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("w")
        app.screen.query_one("#result").focus()
        await pilot.press("b")
        assert isinstance(app.screen, DecisionScreen)
        assert "b: why it fits" in str(app.screen.query_one("#weights .panel-title").render())


def test_why_it_fits_at_80x24(snap_compare: Callable[..., bool], make_app: MakeApp) -> None:
    assert snap_compare(make_app(), press=TO_BASIS, terminal_size=SMALL)
