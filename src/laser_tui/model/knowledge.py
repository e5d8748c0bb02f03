"""The knowledge check in words: feedback on one answer and the count of right answers.

Pure; imports nothing from Textual. There is no pass mark: the words say what is right and
why, and how many were right, never that the person passed or failed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from laser_tui.model.content import KnowledgeQuestion

TRUE_FALSE = {True: "True", False: "False"}


def feedback(question: KnowledgeQuestion, answer: bool) -> str:
    """What the person reads as soon as they answer."""
    said = TRUE_FALSE[answer].lower()
    if answer == question.answer:
        return f"You said {said}, and that is right. {question.explanation}"
    right = TRUE_FALSE[question.answer].lower()
    return f"You said {said}; the answer is {right}. {question.explanation}"


def tally(questions: list[KnowledgeQuestion], answers: Mapping[int, bool]) -> str:
    """How many were right so far, with no pass or fail."""
    if not answers:
        return f"{len(questions)} statements. Press t for true or f for false."
    right = sum(answers[i] == q.answer for i, q in enumerate(questions) if i in answers)
    left = len(questions) - len(answers)
    still = f" {left} still to answer." if left else ""
    return (
        f"You got {right} of {len(answers)} right.{still} "
        "This is not a test: it is to help you see what to ask about."
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
    were = "was" if count.right == 1 else "were"
    return (
        f"In this session you checked {count.answered} of {count.total} statements in "
        f'"Check what I know"; {count.right} {were} right. (This count is not saved.)'
    )
