"""A screen or dialog closed before Textual mounted it does not end the app (a burst of keys)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.screen import Screen

from laser_tui.app import LaserApp, screen_class
from laser_tui.model.content import Content
from laser_tui.screens.dialogs.basis import BasisDialog
from laser_tui.screens.dialogs.choice import LeaveDialog
from laser_tui.screens.dialogs.file_messages import FileMessagesDialog
from support.sizes import SMALL

DIALOGS: dict[str, Callable[[Content], Screen[object]]] = {
    "leave": lambda content: LeaveDialog("You have unsaved changes."),
    "file messages": lambda content: FileMessagesDialog("Title", ["a line"], "after"),
    "basis": lambda content: BasisDialog(content, content.criteria[0]),
    **{
        name: (lambda content, name=name: screen_class(name)())
        for name in ("decision", "checklist", "readiness", "knowledge", "about", "chances")
    },
}


@pytest.mark.parametrize("name", DIALOGS)
async def test_closed_before_it_mounted(content: Content, name: str) -> None:
    app = LaserApp(content)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        app.push_screen(DIALOGS[name](content))
        app.pop_screen()  # before the screen's mount has been handled
        await pilot.pause()
        await pilot.pause()
        assert app.is_running
        assert len(app.screen_stack) == 1
        await pilot.press("w")  # the app still works
        assert type(app.screen).__name__ == "DecisionScreen"
