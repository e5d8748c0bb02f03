"""Shows the hand-over code in large characters, for the patient to tell the clinician."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Digits, Static

from laser_tui.kiosk.handover import spaced
from laser_tui.screens.dialogs.base import LaserDialog


class HandoverCodeScreen(LaserDialog[bool]):
    """Dismissed with True when the patient has finished, False to go back to their answers."""

    BOX_ID = "code-box"
    BINDINGS = [
        Binding(
            "enter",
            "answer(True)",
            "Finish",
            tooltip="Finish and clear for the next person",
            id="answer-true",
        ),
        Binding(
            "escape",
            "answer(False)",
            "Back to my answers",
            tooltip="Back to your answers",
            id="answer-false",
        ),
    ]

    def __init__(self, code: str) -> None:
        super().__init__(name="handover-code")
        self.code = code

    def compose_box(self) -> ComposeResult:
        """The code in large characters, again in plain text, and what to do next."""
        yield Static("[b]Your code for the clinician[/b]")
        yield Digits(spaced(self.code), id="code-digits")
        yield Static(
            f"Your code is [b]{spaced(self.code)}[/b]. Write it down or take a photo, "
            "and tell it to your clinician.\n\nPress [b]Enter[/b] when you have it: your "
            "answers are then cleared from this screen for the next person.",
            id="code-text",
        )
