"""The screen header, safe when a screen closes before its title has been shown."""

from __future__ import annotations

from textual.css.query import NoMatches
from textual.dom import NoScreen
from textual.events import Mount
from textual.widgets import Header
from textual.widgets._header import HeaderTitle


class LaserHeader(Header):
    """Textual's Header, minus a crash and a leak when many screens open and close.

    Textual 8.2.8's Header shows its title from watchers that can run after its screen was
    popped, when the title widget is already gone: the NoMatches then ends the app. Keys
    typed quickly (one screen's key, then another's) are enough to cause it.

    It also watches the app's title, and the app keeps such watchers (and so every closed
    screen's header) until its title changes, which in laser-tui it never does: this header
    watches only its own screen's titles, which go away with the screen.
    """

    def _on_mount(self, event: Mount) -> None:
        event.prevent_default()
        self.watch(self.screen, "title", self._show_title)
        self.watch(self.screen, "sub_title", self._show_title)

    def _show_title(self) -> None:
        try:
            self.query_one(HeaderTitle).update(self.format_title())
        except (NoScreen, NoMatches):
            return
