"""Check what I know: true-or-false statements, each explained as soon as it is answered.

The answers are kept in the app's session (``Session.knowledge_answers``), so the summary can
count them and the screen shows them again; they are never saved, and a kiosk clears them.
"""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import RadioButton, RadioSet, Static

from laser_tui.language.catalogue import N_, _
from laser_tui.model.content import KnowledgeQuestion
from laser_tui.model.knowledge import feedback, tally
from laser_tui.screens.base import LaserScreen
from laser_tui.widgets.facts import source_marker
from laser_tui.widgets.true_false import TrueFalse, answer_line

NO_QUESTIONS = N_("This content file has no statements to check yet.")


class KnowledgeScreen(LaserScreen):
    """The content's statements; each answer gets its explanation at once; a count, no pass mark."""

    SUB_TITLE = N_("Check what I know")
    AUTO_FOCUS = ""
    """``when_mounted`` focuses the first item without centring it (which scrolls the text
    above it away at 80x24)."""

    @property
    def answers(self) -> Mapping[int, bool]:
        """This session's answers, kept in the app's session."""
        return self.laser_app.session.knowledge_answers

    @property
    def questions(self) -> list[KnowledgeQuestion]:
        """The statements of the content, in order."""
        return list(self.content.knowledge_check or [])

    def compose_body(self) -> ComposeResult:
        """An introduction, each statement with room for its explanation, then the count."""
        with VerticalScroll(id="knowledge-body", can_focus=not self.questions):
            yield Static(
                _(
                    "Is each statement true or false? Press t or f; ↑/↓ move between them. "
                    "Each answer is explained straight away."
                ),
                classes="hint",
            )
            if not self.questions:
                yield Static(_(NO_QUESTIONS), id="no-questions")
            for index, question in enumerate(self.questions):
                yield Static(
                    Text(f"{index + 1}. {question.statement}"),
                    id=f"statement-text-{index}",
                    classes="statement",
                )
                yield TrueFalse(index)
                yield Static("", id=f"explanation-{index}", classes="explanation")
            yield Static(Text(tally(self.questions, self.answers)), id="knowledge-tally")

    def when_mounted(self) -> None:
        """Show this session's earlier answers again, then focus the first statement."""
        for index, answer in list(self.answers.items()):
            if index < len(self.questions):
                which = "true" if answer else "false"
                self.query_one(f"#statement-{index}-{which}", RadioButton).value = True
        first = self.query(TrueFalse).first() if self.questions else None
        # Not centred: the introduction and the first statement above it stay in view.
        (first or self.query_one("#knowledge-body")).focus(scroll_visible=False)

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        """Explain the answer at once and update the count."""
        statement = event.radio_set
        if not isinstance(statement, TrueFalse) or statement.answer is None:
            return
        question = self.questions[statement.index]
        app = self.laser_app
        app.session = app.session.with_knowledge_answer(statement.index, statement.answer)
        statement.border_subtitle = answer_line(statement.answer)
        marker = source_marker(self.content, question.sources)
        explanation = self.query_one(f"#explanation-{statement.index}", Static)
        explanation.update(Text(f"{feedback(question, statement.answer)} {marker}"))
        self.query_one("#knowledge-tally", Static).update(Text(tally(self.questions, self.answers)))
