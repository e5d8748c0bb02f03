"""The FHIR exports: a Questionnaire and a QuestionnaireResponse that fhir.resources accepts as
FHIR R4 (its R4B models: R4B left both resources as in R4), that say nothing about who the
person is, and that read back into the same priorities."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse
from hypothesis import given
from hypothesis import strategies as st

from laser_tui.export.fhir import (
    HANDOVER_SYSTEM,
    QUESTIONNAIRE_URL,
    questionnaire,
    questionnaire_response,
)
from laser_tui.export.fhir_check import checked
from laser_tui.files.toml_io import load_content
from laser_tui.model.consultation import ConsultationAnswers, choices
from laser_tui.model.content import Content
from laser_tui.model.knowledge import KnowledgeCount
from laser_tui.model.leaning import leaning_values
from laser_tui.model.priorities import CriterionPriority, Priorities, Readiness
from laser_tui.model.problems import InputProblem
from support.exports import CODE, HANDED_OVER, handover_folder, run_summary
from support.fhir import answers_by_link, priorities_from_response
from support.summary import KNOWN_PRIORITIES_FILE, known_priorities

SHIPPED_QUESTIONNAIRE = Path(__file__).parents[1] / "docs" / "laser-tui-questionnaire.json"
ANSWER_TYPES = {"boolean": "valueBoolean", "integer": "valueInteger", "choice": "valueCoding"}
SHIPPED = load_content()


def _items(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Every item of a questionnaire, by linkId, at any depth."""
    found = {}
    for item in items:
        found[item["linkId"]] = item
        found.update(_items(item.get("item", [])))
    return found


@st.composite
def any_priorities(draw: st.DrawFn) -> Priorities:
    """Any priorities the shipped content allows."""
    criteria = {
        c.id: CriterionPriority(counts=draw(st.booleans()), weight=draw(st.integers(0, 5)))
        for c in SHIPPED.criteria
    }
    answer = st.sampled_from([None, True, False])
    readiness = Readiness(**{key: draw(answer) for key in Readiness.model_fields})
    leaning = draw(st.sampled_from([None, *leaning_values(SHIPPED)]))
    named = draw(st.sets(st.sampled_from([c.id for c in SHIPPED.concerns])))
    unsure = not named and draw(st.booleans())
    concerns = tuple(c.id for c in SHIPPED.concerns if c.id in named)
    clinician = {
        q.id: answer
        for q in SHIPPED.clinician_questions
        if (answer := draw(st.sampled_from([None, *(value for value, _ in choices(q))])))
    }
    return Priorities(
        criteria=criteria,
        readiness=readiness,
        leaning=leaning,
        concerns=concerns,
        concerns_unsure=unsure,
        consultation=ConsultationAnswers(answers=clinician),
    )


def test_the_questionnaire_is_valid_fhir_and_names_the_contents_version(content: Content) -> None:
    resource = questionnaire(content)
    parsed = Questionnaire.model_validate(resource)
    assert (parsed.url, parsed.version, parsed.status) == (QUESTIONNAIRE_URL, "2026.12", "active")
    items = _items(resource["item"])
    for criterion in content.criteria:
        assert items[f"priorities.{criterion.id}"]["text"] == criterion.label
    leaning = [o["valueCoding"]["code"] for o in items["leaning"]["answerOption"]]
    assert leaning == list(leaning_values(content))
    assert {f"readiness.{key}" for key in Readiness.model_fields} <= set(items)
    for question in content.clinician_questions:
        options = items[f"clinician.{question.id}"]["answerOption"]
        assert [o["valueCoding"]["code"] for o in options] == [v for v, _ in choices(question)]


@given(any_priorities())
def test_any_answers_read_back_into_the_same_priorities(priorities: Priorities) -> None:
    resource = questionnaire_response(SHIPPED, priorities)
    parsed = QuestionnaireResponse.model_validate(resource)
    assert priorities_from_response(SHIPPED, parsed) == priorities


@given(any_priorities())
def test_every_answer_answers_a_question_of_the_questionnaire_in_its_type(
    priorities: Priorities,
) -> None:
    questions = _items(questionnaire(SHIPPED)["item"])
    response = questionnaire_response(SHIPPED, priorities, knowledge=KnowledgeCount(2, 3, 5))
    for link, item in _items(response["item"]).items():
        question = questions[link]
        assert item["text"] == question["text"]
        for answer in item.get("answer", []):
            assert list(answer) == [ANSWER_TYPES[question["type"]]]
        if question["type"] == "choice":
            assert answer["valueCoding"] in [o["valueCoding"] for o in question["answerOption"]]


def test_a_response_says_nothing_about_who_the_person_is(content: Content) -> None:
    resource = questionnaire_response(
        content, known_priorities(content), code=CODE, authored=HANDED_OVER
    )
    assert set(resource) == {
        "resourceType",
        "questionnaire",
        "status",
        "identifier",
        "authored",
        "item",
    }
    assert resource["identifier"] == {"system": HANDOVER_SYSTEM, "value": CODE}
    assert resource["questionnaire"] == f"{QUESTIONNAIRE_URL}|{content.version}"
    assert resource["authored"] == "2026-11-04T09:30:00+00:00"
    anonymous = questionnaire_response(content, known_priorities(content))
    assert set(anonymous) == {"resourceType", "questionnaire", "status", "item"}


def test_the_knowledge_count_goes_in_only_when_there_is_one(content: Content) -> None:
    priorities = known_priorities(content)
    counted = questionnaire_response(content, priorities, knowledge=KnowledgeCount(3, 4, 5))
    given = answers_by_link(QuestionnaireResponse.model_validate(counted).item)
    assert (given["knowledge.answered"].valueInteger, given["knowledge.right"].valueInteger) == (
        4,
        3,
    )
    for knowledge in (None, KnowledgeCount(0, 0, 5)):
        response = questionnaire_response(content, priorities, knowledge=knowledge)
        assert "knowledge" not in {item["linkId"] for item in response["item"]}
    without = content.model_copy(update={"knowledge_check": []})
    assert "knowledge" not in {item["linkId"] for item in questionnaire(without)["item"]}


def test_a_hand_over_becomes_a_response_with_its_code(tmp_path: Path, content: Content) -> None:
    folder = handover_folder(tmp_path, content)
    done = run_summary("--open", "7cd 4ae", "--handover-dir", folder, "--format", "fhir")
    assert (done.returncode, done.stderr) == (0, b"")
    parsed = QuestionnaireResponse.model_validate_json(done.stdout)
    assert parsed.identifier.value == CODE
    assert parsed.authored == HANDED_OVER
    assert priorities_from_response(content, parsed) == known_priorities(content)


def test_a_priorities_file_becomes_a_response_written_to_a_file(
    tmp_path: Path, content: Content
) -> None:
    out = tmp_path / "answers.json"
    done = run_summary(KNOWN_PRIORITIES_FILE, "--format", "fhir", "-o", out)
    assert (done.returncode, done.stdout, done.stderr) == (0, b"", b"")
    parsed = QuestionnaireResponse.model_validate_json(out.read_bytes())
    assert parsed.identifier is None
    assert priorities_from_response(content, parsed) == known_priorities(content)


def test_the_shipped_questionnaire_is_the_one_the_command_writes() -> None:
    done = run_summary("--format", "fhir-questionnaire")
    assert (done.returncode, done.stderr) == (0, b"")
    assert json.loads(done.stdout) == json.loads(SHIPPED_QUESTIONNAIRE.read_bytes())


def test_a_resource_that_is_not_valid_fhir_is_one_clear_line() -> None:
    broken = {**questionnaire_response(SHIPPED, Priorities()), "authored": "last Tuesday"}
    with pytest.raises(InputProblem) as problem:
        checked(broken)
    [line] = problem.value.lines
    assert line.startswith("the QuestionnaireResponse made here is not valid FHIR R4 (")
    assert checked(questionnaire(SHIPPED)) == questionnaire(SHIPPED)


def test_authored_is_in_utc_whatever_the_zone(content: Content) -> None:
    zone = dt.timezone(dt.timedelta(hours=-5))
    resource = questionnaire_response(content, Priorities(), authored=HANDED_OVER.astimezone(zone))
    assert resource["authored"] == "2026-11-04T09:30:00+00:00"
