"""Reading a QuestionnaireResponse back into the model, to check that nothing is lost on the way."""

from __future__ import annotations

from typing import Any

from laser_tui.export.fhir import CLINICIAN_SYSTEM, LEANING_SYSTEM
from laser_tui.model.consultation import ConsultationAnswers
from laser_tui.model.content import Content
from laser_tui.model.priorities import CriterionPriority, Priorities, Readiness


def answers_by_link(items: list[Any] | None) -> dict[str, Any]:
    """Every answered item of a (parsed) response, by linkId, at any depth."""
    found: dict[str, Any] = {}
    for item in items or []:
        if item.answer:
            [answer] = item.answer
            found[item.linkId] = answer
        found.update(answers_by_link(item.item))
    return found


def priorities_from_response(content: Content, response: Any) -> Priorities:
    """The priorities a parsed QuestionnaireResponse (fhir.resources R4B) records."""
    given = answers_by_link(response.item)
    criteria = {
        c.id: CriterionPriority(
            matters=given[f"priorities.{c.id}.counts"].valueBoolean,
            weight=given[f"priorities.{c.id}.importance"].valueInteger,
        )
        for c in content.criteria
    }
    readiness = {
        key: given[f"readiness.{key}"].valueBoolean
        for key in Readiness.model_fields
        if f"readiness.{key}" in given
    }
    leaning = None
    if "leaning" in given:
        coding = given["leaning"].valueCoding
        assert coding.system == LEANING_SYSTEM
        leaning = coding.code
    concerns = tuple(c.id for c in content.concerns if given[f"concerns.{c.id}"].valueBoolean)
    clinician: dict[str, str] = {}
    for question in content.clinician_questions:
        if f"clinician.{question.id}" in given:
            coding = given[f"clinician.{question.id}"].valueCoding
            assert coding.system == CLINICIAN_SYSTEM
            clinician[question.id] = coding.code
    return Priorities(
        criteria=criteria,
        readiness=Readiness(**readiness),
        leaning=leaning,
        concerns=concerns,
        concerns_unsure=given["concerns.not_sure"].valueBoolean,
        consultation=ConsultationAnswers(answers=clinician),
    )
