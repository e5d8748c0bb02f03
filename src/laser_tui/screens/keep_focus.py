"""Focus that is never lost: the part that had it gets it back after a resize or a dialog."""

from __future__ import annotations

from typing import TypeVar

from textual import events
from textual.widget import Widget

from laser_tui.screens.open_screen import OpenScreen

ResultType = TypeVar("ResultType")


class KeepsFocus(OpenScreen[ResultType]):
    """A screen that remembers its focused part and gives the focus back to it.

    The too-small notice hides every other part, and Textual then takes the focus away; without
    this nothing would have the focus when the terminal grows again, nor after some dialogs.
    """

    _last_focused: Widget | None = None

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Remember the part that has the focus."""
        self._last_focused = event.widget

    def on_resize(self, event: events.Resize) -> None:
        """After the layout for the new size, give the focus back if it was lost."""
        self.call_after_refresh(self.restore_focus)

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        """Back from a dialog: the same part has the focus again."""
        self.call_after_refresh(self.restore_focus)

    def restore_focus(self) -> None:
        """Focus the part that last had the focus, when nothing has it and it can take it."""
        widget = self._last_focused
        if self.focused is None and widget is not None and widget in self.focus_chain:
            widget.focus()
