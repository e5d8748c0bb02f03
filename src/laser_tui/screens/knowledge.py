"""Check what I know: true-or-false statements, each explained as soon as it is answered.

The answers stay on this screen only (nothing is saved, so a kiosk shows nobody's answers).
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import RadioSet, Static

from laser_tui.model.content import KnowledgeQuestion
from laser_tui.model.knowledge import feedback, tally
from laser_tui.screens.base import LaserScreen
from laser_tui.widgets.facts import source_marker
from laser_tui.widgets.true_false import TrueFalse

NO_QUESTIONS = "This content file has no statements to check yet."


class KnowledgeScreen(LaserScreen):
    """The content's statements; each answer gets its explanation at once; a count, no pass mark."""

    TITLE_TEXT = "Check what I know"

    def __init__(self) -> None:
        super().__init__()
        self.answers: dict[int, bool] = {}

    @property
    def questions(self) -> list[KnowledgeQuestion]:
        """The statements of the content, in order."""
        return list(self.content.knowledge_check or [])

    def compose_body(self) -> ComposeResult:
        """An introduction, each statement with room for its explanation, then the count."""
        with VerticalScroll(id="knowledge-body", can_focus=not self.questions):
            yield Static(
                "Is each statement true or false? Press t or f; ↑/↓ move between them. "
                "Each answer is explained straight away.",
                classes="hint",
            )
            if not self.questions:
                yield Static(NO_QUESTIONS, id="no-questions")
            for index, question in enumerate(self.questions):
                yield Static(
                    Text(f"{index + 1}. {question.statement}"),
                    id=f"statement-text-{index}",
                    classes="statement",
                )
                yield TrueFalse(index)
                yield Static("", id=f"explanation-{index}", classes="explanation")
            yield Static(Text(tally(self.questions, self.answers)), id="knowledge-tally")

    def on_mount(self) -> None:
        """Focus the first statement."""
        super().on_mount()
        first = self.query(TrueFalse).first() if self.questions else None
        (first or self.query_one("#knowledge-body")).focus()

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        """Explain the answer at once and update the count."""
        statement = event.radio_set
        if not isinstance(statement, TrueFalse) or statement.answer is None:
            return
        question = self.questions[statement.index]
        self.answers[statement.index] = statement.answer
        statement.border_subtitle = f"Your answer: {str(statement.answer).lower()}"
        marker = source_marker(self.content, question.sources)
        explanation = self.query_one(f"#explanation-{statement.index}", Static)
        explanation.update(Text(f"{feedback(question, statement.answer)} {marker}"))
        self.query_one("#knowledge-tally", Static).update(Text(tally(self.questions, self.answers)))
