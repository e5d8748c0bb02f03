"""The help screen: every key of the screen the person came from."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from laser_tui.widgets.too_small import TooSmall


class HelpScreen(ModalScreen[None]):
    """A list of keys and what they do; escape, F1 or ? closes it."""

    AUTO_FOCUS = "#help-body"
    """Focused when the screen shows (no on_mount query that fails if it closed early)."""

    BINDINGS = [
        Binding("escape,f1,question_mark", "close", "Close help", tooltip="Back to the screen"),
    ]

    def __init__(self, where: str, keys: list[tuple[str, str]]) -> None:
        super().__init__()
        self.where = where
        self.keys = keys

    def compose(self) -> ComposeResult:
        """A scrollable table of keys."""
        table = Table(box=None, expand=True, show_header=True, header_style="bold")
        table.add_column("Key", no_wrap=True)
        table.add_column("What it does", ratio=1)
        for key, description in self.keys:
            table.add_row(key, description)
        yield TooSmall()
        with VerticalScroll(id="help-body", can_focus=True):
            yield Static(f"[b]Keys on this screen: {self.where}[/b]", classes="title")
            yield Static(table, id="help-keys")
            yield Static(
                "Everything works with the keyboard alone. Tab and shift+tab move between "
                "parts of a screen; the highlighted part has the focus.",
                classes="hint",
            )
        yield Footer(show_command_palette=False)

    def action_close(self) -> None:
        """Return to the screen the person came from (if help is still on top)."""
        if self.is_active:
            self.dismiss()
