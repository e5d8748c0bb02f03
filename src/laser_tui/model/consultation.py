"""Things my clinician should know: the person's answers, and the lines they become. Pure.

The questions come from the content file (``Content.clinician_questions``). An answer is yes,
no, not sure, or one of a question's own choices; a skipped question has no answer. Answers are
for the consultation only: they never change a score and never say who may be treated.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from laser_tui.language.catalogue import N_, _
from laser_tui.model.content import Content
from laser_tui.model.content_base import Identifier
from laser_tui.model.content_consultation import ClinicianQuestion

YES = "yes"
NO = "no"
NOT_SURE = "not_sure"
YES_NO = ((YES, N_("Yes")), (NO, N_("No")))
NOT_SURE_CHOICE = (NOT_SURE, N_("Not sure"))

TITLE = N_("Things my clinician should know")
DISCUSS_HEADING = N_("To discuss with my clinician")
INTRODUCTION = N_(
    "A few questions your clinician will ask, so you can think about them before the "
    "consultation. Answer yes, no or not sure, or skip any of them. Your answers never change "
    "the scores and never decide anything: they are for you and your clinician to talk over."
)
NOTHING_ANSWERED = N_(
    'Nothing answered yet in "Things my clinician should know". Your clinician will ask about '
    "your health and skin."
)


class ConsultationAnswers(BaseModel):
    """The person's answers, by question id (a skipped question is not listed)."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    answers: dict[Identifier, Identifier] = Field(default_factory=dict)

    def answer(self, question_id: str) -> str | None:
        """The answer given to one question, or None if it was skipped or not reached."""
        return self.answers.get(question_id)

    def with_answer(self, question_id: str, answer: str | None) -> ConsultationAnswers:
        """A copy with one answer given, changed, or (None) taken back."""
        kept = {key: value for key, value in self.answers.items() if key != question_id}
        if answer is not None:
            kept[question_id] = answer
        return ConsultationAnswers(answers=kept)


def choices(question: ClinicianQuestion) -> list[tuple[str, str]]:
    """Every answer a question offers, as (value, words): its own choices or yes and no, then
    not sure."""
    own = [(choice.id, choice.label) for choice in question.choices]
    given = own or [(value, _(words)) for value, words in YES_NO]
    return [*given, (NOT_SURE_CHOICE[0], _(NOT_SURE_CHOICE[1]))]


def answer_words(question: ClinicianQuestion, answer: str | None) -> str:
    """An answer in words ("Not answered" when skipped)."""
    return dict(choices(question)).get(answer or "", _("Not answered"))


def discuss_lines(content: Content, answers: ConsultationAnswers) -> tuple[str, ...]:
    """One line per question answered, in the content's order: the question and the answer."""
    return tuple(
        _(
            "{question} My answer: {answer}.",
            question=question.question,
            answer=answer_words(question, given),
        )
        for question in content.clinician_questions
        if (given := answers.answer(question.id)) is not None
    )


def answered_count(content: Content, answers: ConsultationAnswers) -> str:
    """How many of the questions are answered, in words."""
    total = len(content.clinician_questions)
    given = sum(answers.answer(q.id) is not None for q in content.clinician_questions)
    return _("{given} of {total} questions answered.", given=given, total=total)


def why_line(content: Content, question: ClinicianQuestion) -> str:
    """Why a clinician asks, in one line, with its sources' numbers and publishers."""
    cited = "; ".join(
        _(
            "source {number}, {publisher}",
            number=content.source_number(s),
            publisher=content.source(s).publisher,
        )
        for s in sorted(set(question.sources), key=content.source_number)
    )
    return _("Why a clinician asks: {why} ({sources}.)", why=question.why, sources=cited)
