"""At 80×24 every footer shows its keys in full, and the focus is never lost."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Footer, OptionList

from laser_tui.app import LaserApp
from laser_tui.model.content import Content
from laser_tui.screens.base import LaserScreen
from laser_tui.widgets.marked_list import MARK
from laser_tui.widgets.more_below import MORE_BELOW
from support.kiosk import make_kiosk
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
    "chances": ["n"],
    "knowledge": ["k"],
    "about": ["a"],
    "help": ["w", "f1"],
    "leave": ["l", "space", "ctrl+q"],
    "save_as": ["ctrl+o"],
    "leaning": ["w", "i"],
    "leaning_chosen": ["w", "i", "space"],
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


KIOSK_CASES = {
    "home": [],
    "decision": ["w"],
    "readiness": ["r"],
    "summary": ["s"],
    "checklist": ["l"],
    "start_over": ["ctrl+r"],
    "hand_over": ["g"],
    "handover_code": ["g", "enter"],
    "staff_pin": ["ctrl+x"],
    "leaning": ["w", "i", "space"],
}


@pytest.mark.parametrize("case", list(KIOSK_CASES))
async def test_the_kiosk_footer_shows_every_key_in_full_at_80x24(
    content: Content, tmp_path: Path, case: str
) -> None:
    app = make_kiosk(content, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("space")
        await pilot.pause()
        await pilot.press(*KIOSK_CASES[case])
        await pilot.pause()
        keys = list(app.screen.query_one(Footer).query("FooterKey"))
        assert keys, "a footer with no keys"
        for key in keys:
            assert key.region.width > 0 and key.region.right <= SMALL[0], key.render()


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
        await pilot.press("w", "i", "down", "space")
        leaning = app.screen.query_one("#leaning-choice", OptionList)
        assert str(leaning.get_option_at_index(1).prompt).startswith(f"{MARK}(•)")
        assert str(leaning.get_option_at_index(0).prompt).startswith("  ( )")


async def test_messages_never_cover_the_menu_or_the_focused_part(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app(priorities_path=tmp_path / "none-yet.toml")
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await pilot.pause(0.3)
        menu = app.screen.query_one("#menu", OptionList)
        assert not list(app.screen.query("Toast")), "the file in use is a line of the screen"
        app.notify("A message while the home menu has the focus")
        await pilot.pause()
        toasts = list(app.screen.query("Toast"))
        assert toasts
        assert all(not toast.region.overlaps(menu.region) for toast in toasts)
        await pilot.press("w", "right", "ctrl+s")
        await pilot.pause()
        focused = app.focused
        assert focused is not None
        toasts = list(app.screen.query("Toast"))
        assert any("Saved to" in str(toast.render()) for toast in toasts)
        assert all(not toast.region.overlaps(focused.region) for toast in toasts)


async def test_every_home_menu_item_is_reachable_and_visibly_so_at_80x24(
    make_app: MakeApp,
) -> None:
    """All items in view, or a "more below" hint on the menu's edge until the last is."""
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        await pilot.pause()
        menu = app.screen.query_one("#menu", OptionList)
        more = menu.max_scroll_y > 0
        assert menu.border_subtitle == (MORE_BELOW if more else "")
        menu.styles.max_height = 8  # fewer rows than items: the hint says there is more
        await pilot.pause()
        await pilot.pause()
        assert menu.border_subtitle == MORE_BELOW
        await pilot.press("end")
        await pilot.pause()
        await pilot.pause()
        assert menu.border_subtitle == ""
        assert menu.highlighted == menu.option_count - 1
        assert str(menu.get_option_at_index(menu.option_count - 1).prompt).startswith(MARK)
