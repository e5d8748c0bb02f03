"""The screen header, safe when a screen closes before its title has been shown."""

from __future__ import annotations

from textual.css.query import NoMatches
from textual.dom import NoScreen
from textual.events import Mount
from textual.widgets import Header
from textual.widgets._header import HeaderTitle


class LaserHeader(Header):
    """Textual's Header, minus a crash when screens open and close faster than they paint.

    Textual 8.2.8's Header shows its title from watchers that can run after its screen was
    popped, when the title widget is already gone: the NoMatches then ends the app. Keys
    typed quickly (one screen's key, then another's) are enough to cause it.
    """

    def _on_mount(self, event: Mount) -> None:
        event.prevent_default()
        for node in (self.app, self.screen):
            self.watch(node, "title", self._show_title)
            self.watch(node, "sub_title", self._show_title)

    def _show_title(self) -> None:
        try:
            self.query_one(HeaderTitle).update(self.format_title())
        except (NoScreen, NoMatches):
            return
