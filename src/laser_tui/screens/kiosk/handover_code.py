"""Shows the hand-over code in large characters, for the patient to tell the clinician."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Digits, Footer, Static

from laser_tui.kiosk.handover import spaced
from laser_tui.screens.dialogs.answer_dialog import AnswerDialog


class HandoverCodeScreen(AnswerDialog):
    """Dismissed with True when the patient has finished, False to go back to their answers."""

    DEFAULT_CSS = """
    #code-box { border: heavy $success; }
    #code-box > Static { width: 100%; text-align: center; }
    #code-digits { text-align: center; margin: 1 0; }
    """

    BINDINGS = [
        Binding("enter", "answer(True)", "Finish", tooltip="Finish and clear for the next person"),
        Binding("escape", "answer(False)", "Back", tooltip="Back to your answers"),
    ]

    def __init__(self, code: str) -> None:
        super().__init__(name="handover-code")
        self.code = code

    def compose(self) -> ComposeResult:
        """The code in large characters, again in plain text, and what to do next."""
        with Vertical(id="code-box", classes="dialog-box"):
            yield Static("[b]Your code for the clinician[/b]")
            yield Digits(spaced(self.code), id="code-digits")
            yield Static(
                f"Your code is [b]{spaced(self.code)}[/b]. Write it down or take a photo, "
                "and tell it to your clinician.\n\nPress [b]enter[/b] when you have it: your "
                "answers are then cleared from this screen for the next person.",
                id="code-text",
            )
        yield Footer(show_command_palette=False)
