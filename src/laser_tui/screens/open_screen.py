"""A screen that sets itself up only if it is still open once it is mounted."""

from __future__ import annotations

from typing import TypeVar

from textual.screen import Screen

ResultType = TypeVar("ResultType")


class OpenScreen(Screen[ResultType]):
    """Subclasses set themselves up in ``when_mounted``, which runs only while still open.

    A burst of keys or clicks can close a screen before Textual has mounted it; its widgets may
    then be gone, and looking them up would end the app.
    """

    @property
    def closed_early(self) -> bool:
        """Whether the screen was closed (or the app ended) before it mounted."""
        app = self.app
        leaving: bool = getattr(app, "leaving", False)  # the app is shutting down
        return leaving or not app.is_running or self not in app.screen_stack

    def on_mount(self) -> None:
        """Set up the screen, unless it was closed before it mounted."""
        if not self.closed_early:
            self.when_mounted()

    def when_mounted(self) -> None:
        """What a screen does once mounted and still open (focus, follow the app's state)."""
