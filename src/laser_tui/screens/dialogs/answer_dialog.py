"""A centred box that asks the kiosk patient one thing and closes with a yes or no."""

from __future__ import annotations

from textual.screen import ModalScreen


class AnswerDialog(ModalScreen[bool]):
    """Subclasses put their text in a `.dialog-box` and bind keys to `answer(True/False)`."""

    DEFAULT_CSS = """
    AnswerDialog { align: center middle; }
    AnswerDialog .dialog-box {
        width: 64;
        height: auto;
        border: heavy $accent;
        background: $surface;
        padding: 1 2;
    }
    """

    def action_answer(self, answer: bool) -> None:
        """Close with the person's answer (if this dialog is still on top: dismiss() closes
        whichever screen is, and a key can arrive after the idle warning covered it)."""
        if self.is_active:
            self.dismiss(answer)
