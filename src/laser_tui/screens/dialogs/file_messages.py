"""What laser-tui found wrong in the priorities file it opened, one line per problem."""

from __future__ import annotations

from rich.markup import escape
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from laser_tui.widgets.too_small import TooSmall


class FileMessagesScreen(ModalScreen[None]):
    """A list of messages about a file; enter or escape closes it."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS = [Binding("escape,enter", "close", "OK", tooltip="Carry on with laser-tui")]

    def __init__(self, title: str, lines: list[str], after: str) -> None:
        super().__init__()
        self.title_text = title
        self.lines = lines
        self.after = after

    def compose(self) -> ComposeResult:
        """The title, each message as a bullet, then what happens next."""
        yield TooSmall()
        with VerticalScroll(classes="dialog", id="file-messages", can_focus=True):
            yield Static(f"[b]{escape(self.title_text)}[/b]", classes="dialog-title")
            for line in self.lines:
                yield Static(f"• {escape(line)}", classes="dialog-line")
            yield Static(escape(self.after), classes="dialog-text")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        """Focus the list so the arrow keys scroll it."""
        self.query_one("#file-messages").focus()

    def action_close(self) -> None:
        """Back to the app."""
        self.dismiss()
