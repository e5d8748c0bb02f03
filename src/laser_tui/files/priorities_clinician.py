"""The ``[clinician]`` table of a priorities file (format 4): the answers to "Things my
clinician should know", one ``question id = "answer id"`` per question answered."""

from __future__ import annotations

from collections.abc import Mapping

import tomli_w

from laser_tui.files.priorities_problems import toml_value
from laser_tui.language.catalogue import _
from laser_tui.model.consultation import TITLE, ConsultationAnswers, choices
from laser_tui.model.content import Content


def clinician_block(answers: ConsultationAnswers, content: Content) -> str:
    """The ``[clinician]`` table, with a comment naming each question and its answers."""
    if not content.clinician_questions:
        return ""
    lines = ["", f"# {TITLE}: leave out a question you skip. Answers never change the scores."]
    for question in content.clinician_questions:
        values = ", ".join(f'"{value}"' for value, _label in choices(question))
        lines.append(f"#   {question.id}: {values}")
    given = {q.id: given for q in content.clinician_questions if (given := answers.answer(q.id))}
    return "\n".join(lines) + "\n" + tomli_w.dumps({"clinician": given})


def known_answers(
    source: str, saved: Mapping[str, str], content: Content
) -> tuple[ConsultationAnswers, list[str]]:
    """The saved answers this content can take, and one line for each it cannot."""
    questions = {q.id: q for q in content.clinician_questions}
    answers: dict[str, str] = {}
    problems: list[str] = []
    for question_id, answer in saved.items():
        question = questions.get(question_id)
        if question is None:
            problems.append(
                _(
                    "{source}: clinician.{name}: not a question this content asks (it asks "
                    "{asked}); it was left out",
                    source=source,
                    name=question_id,
                    asked=", ".join(questions) or _("none"),
                )
            )
            continue
        values = [value for value, _label in choices(question)]
        if answer not in values:
            problems.append(
                _(
                    "{source}: clinician.{name} (found {value}): must be one of {choices}; it "
                    "counts as not answered",
                    source=source,
                    name=question_id,
                    value=toml_value(answer),
                    choices=", ".join(values),
                )
            )
            continue
        answers[question_id] = answer
    ordered = {q: answers[q] for q in questions if q in answers}
    return ConsultationAnswers(answers=ordered), problems
