"""Asks before the patient's answers are saved for the clinician under a code."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Footer, Static

from laser_tui.screens.dialogs.answer_dialog import AnswerDialog


class HandOverScreen(AnswerDialog):
    """Says what is saved and what is not; enter saves, escape goes back."""

    BINDINGS = [
        Binding("enter,y", "answer(True)", "Save and show my code", tooltip="Hand over"),
        Binding("escape,n", "answer(False)", "Not now", tooltip="Go back without saving"),
    ]

    def __init__(self, ticked: int) -> None:
        super().__init__(name="hand-over")
        self.ticked = ticked

    def compose(self) -> ComposeResult:
        """What happens, then the two keys."""
        nothing = (
            "\n\nYou have not ticked anything that matters to you yet: your clinician will "
            "see that too."
            if self.ticked == 0
            else ""
        )
        with Vertical(id="hand-over-box", classes="dialog-box"):
            yield Static(
                "[b]Hand over to your clinician[/b]\n\nWhat you ticked, your weights and your "
                "readiness answers are saved on this clinic's computer under a short code. "
                "No name is saved. Tell the code to your clinician, who can then open your "
                f"answers.{nothing}\n\n"
                "Press [b]enter[/b] to save and see your code, or [b]escape[/b] to go back."
            )
        yield Footer(show_command_palette=False)
