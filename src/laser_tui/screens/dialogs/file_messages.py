"""What laser-tui found wrong in the priorities file it opened, one line per problem."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from laser_tui.language.catalogue import N_
from laser_tui.model.safe_text import safe_text
from laser_tui.screens.dialogs.base import LaserDialog


class FileMessagesDialog(LaserDialog[None]):
    """A list of messages about a file; Enter or Esc closes it."""

    BOX_ID = "file-messages"
    BOX_FOCUSABLE = True
    BINDINGS = [
        Binding(
            "escape,enter", "close", N_("OK"), tooltip=N_("Carry on with laser-tui"), id="close"
        )
    ]

    def __init__(self, title: str, lines: list[str], after: str) -> None:
        super().__init__()
        self.title_text = title
        self.lines = lines
        self.after = after

    def compose_box(self) -> ComposeResult:
        """The title, each message as a bullet, then what happens next."""
        yield Static(Text(safe_text(self.title_text), style="bold"), classes="dialog-title")
        for line in self.lines:
            yield Static(Text(f"• {safe_text(line)}"), classes="dialog-line")
        yield Static(Text(safe_text(self.after)), classes="dialog-text")

    def when_mounted(self) -> None:
        """Focus the list so the arrow keys scroll it."""
        self.query_one("#file-messages").focus()

    def action_close(self) -> None:
        """Back to the app."""
        self.dismiss()
