"""At 80×24 every footer shows its keys in full, and the focus is never lost."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.widgets import Footer, OptionList

from laser_tui.app import LaserApp
from laser_tui.screens.base import LaserScreen
from laser_tui.widgets.marked_list import MARK
from support.sizes import SMALL

MakeApp = Callable[..., LaserApp]

FOOTER_CASES = {
    "home": [],
    "treatment": ["1"],
    "compare": ["c"],
    "checklist": ["l"],
    "decision": ["w"],
    "other_options": ["o"],
    "readiness": ["r"],
    "summary": ["s"],
    "help": ["w", "f1"],
    "leave": ["l", "space", "ctrl+q"],
    "save_as": ["ctrl+o"],
}


@pytest.mark.parametrize("case", list(FOOTER_CASES))
async def test_the_footer_shows_every_key_in_full_at_80x24(make_app: MakeApp, case: str) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press(*FOOTER_CASES[case])
        await pilot.pause()
        footer = app.screen.query_one(Footer)
        keys = list(footer.query("FooterKey"))
        assert keys, "a footer with no keys"
        for key in keys:
            assert key.region.width > 0 and key.region.right <= SMALL[0], key.render()
        shown = " ".join(str(key.render()) for key in keys)
        if isinstance(app.screen, LaserScreen):
            assert "F1 Help" in shown
        if isinstance(app.screen, LaserScreen) and case != "home":
            assert "Esc Home" in shown


@pytest.mark.parametrize("keys", [["l", "down"], ["w", "down"], []])
async def test_focus_comes_back_after_the_too_small_notice(
    make_app: MakeApp, keys: list[str]
) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press(*keys)
        focused = app.focused
        assert focused is not None
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        await pilot.resize_terminal(*SMALL)
        await pilot.pause()
        await pilot.pause()
        assert app.focused is focused
        if isinstance(focused, OptionList):
            await pilot.press("down")
            assert focused.highlighted == (2 if keys else 1)


@pytest.mark.parametrize("dialog", [["f1"], ["ctrl+o"], ["space", "ctrl+q"]])
async def test_focus_comes_back_after_a_dialog(make_app: MakeApp, dialog: list[str]) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("l", "down", "down")
        focused = app.focused
        await pilot.press(*dialog)
        assert app.screen is not focused.screen if focused else False
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        await pilot.resize_terminal(*SMALL)
        await pilot.pause()
        assert app.focused is not None and app.focused.screen is app.screen
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is focused


async def test_the_current_row_of_a_list_is_marked_by_a_shape(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        menu = app.screen.query_one("#menu", OptionList)
        assert str(menu.get_option_at_index(0).prompt).startswith(MARK)
        await pilot.press("down")
        assert not str(menu.get_option_at_index(0).prompt).startswith(MARK)
        assert str(menu.get_option_at_index(1).prompt).startswith(MARK)
        await pilot.press("l", "down", "space")
        checklist = app.screen.query_one("#checklist", OptionList)
        assert str(checklist.get_option_at_index(1).prompt).startswith(f"{MARK}[✓]")
