"""The screen header: the app's name and the screen's, on one line at the top."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static


class LaserHeader(Static):
    """The title line of a screen, built on public Textual API only.

    Textual's ``Header`` (8.2.8) shows its title from watchers that can run after its screen
    was popped, and it watches the app's title, so the app keeps every closed screen's header.
    This one watches only its own screen's titles, which go away with the screen, and updates
    only itself, so a screen closed before it painted cannot end the app.
    """

    DEFAULT_CSS = """
    LaserHeader {
        dock: top;
        width: 100%;
        height: 1;
        background: $panel;
        color: $foreground;
        content-align: center middle;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    def on_mount(self) -> None:
        """Follow this screen's title and sub-title."""
        self.watch(self.screen, "title", self._show_title)
        self.watch(self.screen, "sub_title", self._show_title)

    def format_title(self) -> Content:
        """The app's title (or the screen's own) and the screen's sub-title, as the screen
        set them (in the language shown: it translates its ``SUB_TITLE`` as it is composed)."""
        screen = self.screen
        title = screen.title if screen.title is not None else self.app.title
        return self.app.format_title(title, screen.sub_title or "")

    def _show_title(self) -> None:
        self.update(self.format_title())
