"""The readiness check (the four SURE questions) in plain words. Pure; imports nothing from Textual.

Fewer than four "yes" answers is common before a consultation. It is not a score to pass: the
note says so kindly, and turns each answer that is not "yes" into a point the person could raise
with their clinician.
"""

from __future__ import annotations

from dataclasses import dataclass

from laser_tui.language.catalogue import N_, _
from laser_tui.model.priorities import READINESS_QUESTIONS, Readiness

POINTS_TO_RAISE = {
    "sure": N_("I do not feel sure yet about which option to choose."),
    "understand": N_("I would like to go over the benefits and risks of each option again."),
    "values": N_("I am not yet clear which benefits and risks matter most to me."),
    "support": N_("I would like more support or advice before I choose."),
}
"""For each SURE question answered "no", a point the person could raise, in their own voice."""

ALL_YES = N_('You answered "yes" to all four questions.')

ANSWER_WORDS = {True: N_("Yes"), False: N_("No"), None: N_("Not answered")}

NO_HURRY = N_(
    "There is no hurry: you do not need to decide today. Take time to think it over, and to "
    "talk it through with your clinician and the people close to you."
)
COME_BACK_FILE = N_(
    "To come back to your answers, save them (Ctrl+S): they are kept in your priorities file, "
    "and laser-tui opens them again next time."
)
COME_BACK_KIOSK = N_(
    "To come back to your answers with your clinician, press g for a hand-over code: your "
    "clinician opens them with it."
)
COME_BACK_EITHER = N_(
    "You can come back to these answers: they are kept in your priorities file, or at a "
    "clinic's kiosk under your hand-over code."
)


@dataclass(frozen=True)
class Answer:
    """One SURE question and the person's answer (None: not answered yet)."""

    key: str
    question: str
    answer: bool | None

    @property
    def words(self) -> str:
        """The answer as a word: Yes, No or Not answered."""
        return _(ANSWER_WORDS[self.answer])


@dataclass(frozen=True)
class ReadinessNote:
    """A kind, neutral note and the points the person could raise (none may be listed)."""

    message: str
    points: tuple[str, ...]


def answers(readiness: Readiness) -> list[Answer]:
    """Every SURE question, in order, with the person's answer."""
    return [
        Answer(key, _(question), getattr(readiness, key))
        for key, question in READINESS_QUESTIONS.items()
    ]


def yes_count(readiness: Readiness) -> int:
    """How many questions were answered "yes"."""
    return sum(answer.answer is True for answer in answers(readiness))


def readiness_note(readiness: Readiness) -> ReadinessNote | None:
    """The note for fewer than four "yes" answers; None when every answer is "yes"."""
    given = answers(readiness)
    total = len(given)
    yes = yes_count(readiness)
    if yes == total:
        return None
    if all(a.answer is None for a in given):
        return ReadinessNote(
            _(
                "You have not answered these questions yet. Going over them with your "
                "clinician may help you get ready:"
            ),
            tuple(a.question for a in given),
        )
    points = tuple(
        _(POINTS_TO_RAISE[a.key])
        if a.answer is False
        else _("Not answered yet: {question}", question=a.question)
        for a in given
        if a.answer is not True
    )
    return ReadinessNote(
        _(
            'You answered "yes" to {yes} of the {total} questions. That is common, and there '
            "is no right or wrong answer. Talking it through with your clinician may help. "
            "Points you could raise:",
            yes=yes,
            total=total,
        ),
        points,
    )


def status_line(readiness: Readiness) -> str:
    """One line on how many questions are answered, and how many with "yes"."""
    given = answers(readiness)
    answered = sum(a.answer is not None for a in given)
    if answered == 0:
        return _("None of the {total} questions answered yet.", total=len(given))
    return _(
        '{answered} of {total} questions answered; "yes" to {yes} of them.',
        answered=answered,
        total=len(given),
        yes=yes_count(readiness),
    )
