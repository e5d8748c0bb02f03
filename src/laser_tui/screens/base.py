"""What every full screen of laser-tui shares: header, footer, the too-small notice, back."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.binding import Binding

from laser_tui.commands import BACK_WORDS
from laser_tui.language.catalogue import N_
from laser_tui.screens.keep_focus import KeepsFocus
from laser_tui.widgets.footer import LaserFooter
from laser_tui.widgets.header import LaserHeader
from laser_tui.widgets.too_small import TooSmall

if TYPE_CHECKING:
    from laser_tui.app import LaserApp
    from laser_tui.model.content import Content


OPEN_SUMMARY = Binding(
    "s",
    "app.open('summary')",
    N_("My summary"),
    tooltip=N_("See the summary to take along"),
    id="open-summary",
)
"""The summary key of the screens that lead to it (the readiness check, the leaning)."""


class LaserScreen(KeepsFocus[None]):
    """A full screen with a header, a footer and a back key."""

    BINDINGS = [Binding("escape", "back", N_("Home"), tooltip=BACK_WORDS, id="back")]
    """Esc always goes home: every screen opens on top of the home screen."""

    SUB_TITLE = ""
    """The screen's name in the header (Textual sets ``sub_title`` from it)."""

    @property
    def laser_app(self) -> LaserApp:
        """The running app, typed."""
        return cast("LaserApp", self.app)

    @property
    def content(self) -> Content:
        """The loaded content."""
        return self.laser_app.content

    def compose(self) -> ComposeResult:
        """Header, the screen's own body, the too-small notice and the footer."""
        yield LaserHeader()
        yield TooSmall()
        yield from self.compose_body()
        yield LaserFooter(show_command_palette=False)

    def compose_body(self) -> ComposeResult:
        """The screen's own widgets."""
        yield from ()

    def action_back(self) -> None:
        """Leave this screen (dismiss() closes whichever screen is on top: only ever this one)."""
        if self.is_active:
            self.dismiss()
