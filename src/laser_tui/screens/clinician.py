"""Things my clinician should know: one question at a time, answered yes, no, not sure, or
skipped; the answers go into the person's priorities and never change a score."""

from __future__ import annotations

from collections.abc import Callable

from rich.markup import escape
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from laser_tui.language.catalogue import N_, _
from laser_tui.model.consultation import (
    INTRODUCTION,
    TITLE,
    answer_words,
    answered_count,
    choices,
    why_line,
)
from laser_tui.model.session import Session
from laser_tui.screens.base import OPEN_SUMMARY, LaserScreen
from laser_tui.widgets.clinician_answer import ClinicianAnswer


class ClinicianScreen(LaserScreen):
    """The content's questions for the clinician, one in view at a time."""

    SUB_TITLE = TITLE

    BINDINGS = [
        Binding("right,pagedown", "move(1)", N_("Next"), tooltip=N_("Skip to the next question"),
                id="next-question"),
        Binding("left,pageup", "move(-1)", N_("Back a question"),
                tooltip=N_("The question before"), id="previous-question", show=False),
        Binding("y", "quick('yes')", N_("Yes"), tooltip=N_("Answer yes"), id="answer-yes",
                show=False),
        Binding("n", "quick('no')", N_("No"), tooltip=N_("Answer no"), id="answer-no",
                show=False),
        Binding("u", "quick('not_sure')", N_("Not sure"), tooltip=N_("Answer not sure"),
                id="answer-not-sure", show=False),
        OPEN_SUMMARY,
    ]  # fmt: skip

    def __init__(self) -> None:
        super().__init__()
        self.index = 0

    def compose_body(self) -> ComposeResult:
        """The introduction, then every question (only the current one shown)."""
        with VerticalScroll(id="clinician-body", can_focus=False):
            yield Static(escape(_(INTRODUCTION)), id="clinician-intro")
            yield Static(id="clinician-question")
            yield Static(id="clinician-why")
            for question in self.content.clinician_questions:
                yield ClinicianAnswer(choices(question), id=f"answer-{question.id}")
            yield Static(id="clinician-status")

    def when_mounted(self) -> None:
        """Show the first question and follow the app's priorities."""
        for question in self.content.clinician_questions:
            self.watch(self._answers(question.id), "chosen", self._apply(question.id), init=False)
        self.watch(self.laser_app, "session", self._show)
        self._show_question()

    def _answers(self, question_id: str) -> ClinicianAnswer:
        return self.query_one(f"#answer-{question_id}", ClinicianAnswer)

    def _apply(self, question_id: str) -> Callable[[str | None], None]:
        def record(chosen: str | None) -> None:
            app = self.laser_app
            if app.priorities.consultation.answer(question_id) == chosen:
                return
            app.priorities = app.priorities.with_consultation(question_id, chosen)
            if chosen is not None:
                self.action_move(1)

        return record

    def _show(self, session: Session) -> None:
        answers = session.priorities.consultation
        for question in self.content.clinician_questions:
            self._answers(question.id).show(answers.answer(question.id))
        self._show_status()

    def _show_question(self) -> None:
        questions = self.content.clinician_questions
        if not questions:
            self.query_one("#clinician-question", Static).update(
                _("This clinic's content has no questions here.")
            )
            return
        question = questions[self.index]
        self.query_one("#clinician-question", Static).update(
            _(
                "[b]Question {number} of {total}: {question}[/b]",
                number=self.index + 1,
                total=len(questions),
                question=escape(question.question),
            )
        )
        self.query_one("#clinician-why", Static).update(escape(why_line(self.content, question)))
        for other in questions:
            self._answers(other.id).display = other.id == question.id
        self._answers(question.id).focus()
        self._show_status()

    def _show_status(self) -> None:
        questions = self.content.clinician_questions
        if not questions:
            return
        question = questions[self.index]
        given = self.laser_app.priorities.consultation.answer(question.id)
        answered = answered_count(self.content, self.laser_app.priorities.consultation)
        keys = _(
            "↑/↓ and Enter answer, y/n/u for yes, no, not sure; → skips, ← goes back; "
            "Del takes an answer back."
        )
        summary = _("[b]Press s to see your summary.[/b]")
        said = _("Your answer: {answer}.", answer=escape(answer_words(question, given)))
        self.query_one("#clinician-status", Static).update(f"{said} {answered} {keys} {summary}")

    def action_move(self, step: int) -> None:
        """Go to the next question (skipping this one) or the one before."""
        total = len(self.content.clinician_questions)
        moved = self.index + step
        if 0 <= moved < total:
            self.index = moved
            self._show_question()
        else:
            self._show_status()

    def action_quick(self, answer: str) -> None:
        """Answer yes, no or not sure at once, where the question offers it."""
        questions = self.content.clinician_questions
        if not questions:
            return
        question = questions[self.index]
        if answer in dict(choices(question)):
            self._answers(question.id).chosen = answer
