"""Asks before a kiosk session is cleared at the person's request."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Footer, Static

from laser_tui.screens.dialogs.answer_dialog import AnswerDialog


class StartOverScreen(AnswerDialog):
    """y clears everything and starts again; n or escape keeps the answers."""

    DEFAULT_CSS = """
    #start-over-box { width: 60; }
    """

    BINDINGS = [
        Binding("y", "answer(True)", "Yes, start over", tooltip="Clear every answer and start"),
        Binding("n,escape", "answer(False)", "No, keep going", tooltip="Keep your answers"),
    ]

    def __init__(self) -> None:
        super().__init__(name="start-over")

    def compose(self) -> ComposeResult:
        """The question and the two keys."""
        with Vertical(id="start-over-box", classes="dialog-box"):
            yield Static(
                "[b]Start over?[/b]\n\nEverything you ticked and weighed here is "
                "cleared, and you start again from the beginning.\n\n"
                "Press [b]y[/b] to start over, or [b]n[/b] to keep going."
            )
        yield Footer(show_command_palette=False)
