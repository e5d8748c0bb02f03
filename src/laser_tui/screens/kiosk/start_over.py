"""Asks before a kiosk session is cleared at the person's request."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from laser_tui.screens.dialogs.base import LaserDialog


class StartOverDialog(LaserDialog[bool]):
    """y clears everything and starts again; n or escape keeps the answers."""

    BOX_ID = "start-over-box"
    BINDINGS = [
        Binding(
            "y",
            "answer(True)",
            "Yes, start over",
            tooltip="Clear every answer and start",
            id="answer-true",
        ),
        Binding(
            "n,escape",
            "answer(False)",
            "No, keep going",
            tooltip="Keep your answers",
            id="answer-false",
        ),
    ]

    def __init__(self) -> None:
        super().__init__(name="start-over")

    def compose_box(self) -> ComposeResult:
        """The question and the two keys."""
        yield Static(
            "[b]Start over?[/b]\n\nEverything you said and weighed here is "
            "cleared, and you start again from the beginning.\n\n"
            "Press [b]y[/b] to start over, or [b]n[/b] to keep going."
        )
