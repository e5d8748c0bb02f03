"""The knowledge check in words: feedback on one answer and the count of right answers.

Pure; imports nothing from Textual. There is no pass mark: the words say what is right and
why, and how many were right, never that the person passed or failed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from laser_tui.language.catalogue import N_, _, ngettext
from laser_tui.model.content import KnowledgeQuestion

_SAID = {True: N_("true"), False: N_("false")}
"""An answer to a statement, as said in a sentence."""


def feedback(question: KnowledgeQuestion, answer: bool) -> str:
    """What the person reads as soon as they answer."""
    said = _(_SAID[answer])
    if answer == question.answer:
        return _(
            "You said {said}, and that is right. {explanation}",
            said=said,
            explanation=question.explanation,
        )
    return _(
        "You said {said}; the answer is {right}. {explanation}",
        said=said,
        right=_(_SAID[question.answer]),
        explanation=question.explanation,
    )


def tally(questions: list[KnowledgeQuestion], answers: Mapping[int, bool]) -> str:
    """How many were right so far, with no pass or fail."""
    if not answers:
        return _("{count} statements. Press t for true or f for false.", count=len(questions))
    right = sum(answers[i] == q.answer for i, q in enumerate(questions) if i in answers)
    left = len(questions) - len(answers)
    if left:
        return _(
            "You got {right} of {answered} right. {left} still to answer. This is not a test: "
            "it is to help you see what to ask about.",
            right=right,
            answered=len(answers),
            left=left,
        )
    return _(
        "You got {right} of {answered} right. This is not a test: it is to help you see what "
        "to ask about.",
        right=right,
        answered=len(answers),
    )


@dataclass(frozen=True)
class KnowledgeCount:
    """How the person's answers went in this session: kept for the summary, never saved."""

    right: int
    answered: int
    total: int


def knowledge_count(
    questions: list[KnowledgeQuestion], answers: Mapping[int, bool]
) -> KnowledgeCount:
    """The count of ``answers`` (statement index to the person's answer) to ``questions``."""
    answered = [i for i in answers if 0 <= i < len(questions)]
    right = sum(answers[i] == questions[i].answer for i in answered)
    return KnowledgeCount(right, len(answered), len(questions))


def count_line(count: KnowledgeCount | None) -> str:
    """The summary's line about the knowledge check; empty when nothing was answered."""
    if count is None or not count.answered:
        return ""
    return ngettext(
        'In this session you checked {answered} of {total} statements in "Check what I '
        'know"; {count} was right. (This count is not saved.)',
        'In this session you checked {answered} of {total} statements in "Check what I '
        'know"; {count} were right. (This count is not saved.)',
        count.right,
        answered=count.answered,
        total=count.total,
    )
