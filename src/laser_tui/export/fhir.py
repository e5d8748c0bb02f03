"""The person's answers as FHIR R4 resources: the Questionnaire and a QuestionnaireResponse. Pure.

The Questionnaire is made from the content (one group per difference, the leaning choices, the
four SURE questions, the knowledge-check count) and named by ``QUESTIONNAIRE_URL`` with the
content's version. A response holds only answers: no name, no other identity; a hand-over's code
is its ``identifier``, so the anonymous code stays anonymous. Both are plain JSON-ready dicts.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from laser_tui.language.catalogue import ENGLISH, N_, _, current
from laser_tui.model.consultation import DISCUSS_HEADING, choices
from laser_tui.model.content import Content
from laser_tui.model.knowledge import KnowledgeCount
from laser_tui.model.leaning import QUESTION as LEANING_QUESTION
from laser_tui.model.leaning import leaning_choices
from laser_tui.model.priorities import MAX_WEIGHT, MIN_WEIGHT, READINESS_QUESTIONS, Priorities
from laser_tui.model.summary import NOT_ADVICE, section_heading

Resource = dict[str, Any]

QUESTIONNAIRE_URL = "urn:uuid:2cd47be6-60fa-5c12-9081-04e6567b62f8"
"""The canonical URL of laser-tui's Questionnaire (a fixed name; the version is the content's)."""
LEANING_SYSTEM = "urn:uuid:0a02ab86-1a4f-565a-94bf-df39e212f140"
"""The code system of the leaning answers: a treatment id of the content, or another answer."""
CONCERNS = N_("What bothers me about my skin")
NOT_SURE = N_("Not sure what bothers me")
CLINICIAN_SYSTEM = "urn:uuid:04c6b63c-6c15-559e-b0b7-105b0f558a34"
"""The code system of the answers to "Things my clinician should know" (yes, no, not_sure, or a
question's own choice id)."""
HANDOVER_SYSTEM = "urn:uuid:a4f5a1be-db0d-5236-beb7-c0d2cd163b19"
"""The identifier system of kiosk hand-over codes."""
_LIMIT = "http://hl7.org/fhir/StructureDefinition/{}Value"
COUNTS = N_("Counts for me")
IMPORTANCE = N_("How much (0: not at all important, to 5: extremely important)")
"""The importance question, from MIN_WEIGHT to MAX_WEIGHT."""
KNOWLEDGE_HEADING = N_("Check what I know")
KNOWLEDGE = (
    N_("Check what I know: statements answered"),
    N_("Check what I know: answered right"),
)


def _language() -> Resource:
    """The resource's language when its text is not English (English resources say none)."""
    return {} if current() == ENGLISH else {"language": current()}


def _limits(low: int, high: int) -> list[Resource]:
    return [
        {"url": _LIMIT.format(end), "valueInteger": value}
        for end, value in (("min", low), ("max", high))
    ]


def _group(link: str, text: str, items: list[Resource]) -> Resource:
    return {"linkId": link, "type": "group", "text": text, "item": items}


def _clinician_items(content: Content) -> list[Resource]:
    """One choice item per question for the clinician, its answers coded."""
    return [
        {
            "linkId": f"clinician.{q.id}",
            "type": "choice",
            "text": q.question,
            "answerOption": [
                {"valueCoding": {"system": CLINICIAN_SYSTEM, "code": value, "display": words}}
                for value, words in choices(q)
            ],
        }
        for q in content.clinician_questions
    ]


def questionnaire(content: Content) -> Resource:
    """The Questionnaire every response made with ``content`` answers."""
    differences = [
        {
            "linkId": f"priorities.{c.id}",
            "type": "group",
            "text": c.label,
            "item": [
                {"linkId": f"priorities.{c.id}.counts", "type": "boolean", "text": _(COUNTS)},
                {
                    "linkId": f"priorities.{c.id}.importance",
                    "type": "integer",
                    "text": _(IMPORTANCE),
                    "extension": _limits(MIN_WEIGHT, MAX_WEIGHT),
                },
            ],
        }
        for c in content.criteria
    ]
    concerns = [
        {"linkId": f"concerns.{c.id}", "type": "boolean", "text": c.label} for c in content.concerns
    ]
    concerns.append({"linkId": "concerns.not_sure", "type": "boolean", "text": _(NOT_SURE)})
    leaning = [
        {"valueCoding": {"system": LEANING_SYSTEM, "code": c.value, "display": c.label}}
        for c in leaning_choices(content)
    ]
    readiness = [
        {"linkId": f"readiness.{key}", "type": "boolean", "text": _(question)}
        for key, question in READINESS_QUESTIONS.items()
    ]
    clinician = _clinician_items(content)
    statements = len(content.knowledge_check or [])
    knowledge = [
        {
            "linkId": f"knowledge.{key}",
            "type": "integer",
            "text": _(text),
            "extension": _limits(0, statements),
        }
        for key, text in zip(("answered", "right"), KNOWLEDGE, strict=True)
    ]
    return {
        "resourceType": "Questionnaire",
        "id": "laser-tui-priorities",
        **_language(),
        "url": QUESTIONNAIRE_URL,
        "version": content.version,
        "name": "LaserTuiPriorities",
        "title": _("My priorities: {title}", title=content.title),
        "status": "active",
        "date": content.reviewed.isoformat(),
        "publisher": "laser-tui",
        "description": " ".join(
            [_("What a person said in laser-tui's decision aid."), _(NOT_ADVICE)]
        ),
        "item": [
            _group("concerns", _(CONCERNS), concerns),
            _group("priorities", section_heading("priorities"), differences),
            {
                "linkId": "leaning",
                "type": "choice",
                "text": _(LEANING_QUESTION),
                "answerOption": leaning,
            },
            _group("readiness", section_heading("readiness"), readiness),
            *([_group("clinician", _(DISCUSS_HEADING), clinician)] if clinician else []),
            *([_group("knowledge", _(KNOWLEDGE_HEADING), knowledge)] if statements else []),
        ],
    }


def _answer(link: str, text: str, **value: Any) -> Resource:
    return {"linkId": link, "text": text, "answer": [value]}


def _difference(criterion_id: str, label: str, priorities: Priorities) -> Resource:
    link, given = f"priorities.{criterion_id}", priorities.get(criterion_id)
    counts = _answer(f"{link}.counts", _(COUNTS), valueBoolean=given.counts)
    importance = _answer(f"{link}.importance", _(IMPORTANCE), valueInteger=given.weight)
    return {"linkId": link, "text": label, "item": [counts, importance]}


def questionnaire_response(
    content: Content,
    priorities: Priorities,
    *,
    code: str | None = None,
    authored: dt.datetime | None = None,
    knowledge: KnowledgeCount | None = None,
) -> Resource:
    """The person's answers; questions they have not answered are left out, as FHIR asks."""
    differences = [_difference(c.id, c.label, priorities) for c in content.criteria]
    concerns = [
        _answer(f"concerns.{c.id}", c.label, valueBoolean=c.id in priorities.concerns)
        for c in content.concerns
    ]
    unsure = priorities.concerns_unsure
    concerns.append(_answer("concerns.not_sure", _(NOT_SURE), valueBoolean=unsure))
    items: list[Resource] = [
        {"linkId": "concerns", "text": _(CONCERNS), "item": concerns},
        {"linkId": "priorities", "text": section_heading("priorities"), "item": differences},
    ]
    choice = next((c for c in leaning_choices(content) if c.value == priorities.leaning), None)
    if choice is not None:
        coding = {"system": LEANING_SYSTEM, "code": choice.value, "display": choice.label}
        items.append(_answer("leaning", _(LEANING_QUESTION), valueCoding=coding))
    readiness = [
        _answer(f"readiness.{key}", _(question), valueBoolean=answer)
        for key, question in READINESS_QUESTIONS.items()
        if (answer := getattr(priorities.readiness, key)) is not None
    ]
    if readiness:
        items.append(
            {"linkId": "readiness", "text": section_heading("readiness"), "item": readiness}
        )
    clinician = [
        _answer(f"clinician.{q.id}", q.question, valueCoding=coding)
        for q in content.clinician_questions
        if (coding := _clinician_coding(q.id, content, priorities))
    ]
    if clinician:
        items.append({"linkId": "clinician", "text": _(DISCUSS_HEADING), "item": clinician})
    if knowledge is not None and knowledge.answered and content.knowledge_check:
        counts = (knowledge.answered, knowledge.right)
        answered = [
            _answer(f"knowledge.{key}", _(text), valueInteger=value)
            for key, text, value in zip(("answered", "right"), KNOWLEDGE, counts, strict=True)
        ]
        items.append({"linkId": "knowledge", "text": _(KNOWLEDGE_HEADING), "item": answered})
    response: Resource = {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": f"{QUESTIONNAIRE_URL}|{content.version}",
        "status": "completed",
        **_language(),
    }
    if code is not None:
        response["identifier"] = {"system": HANDOVER_SYSTEM, "value": code}
    if authored is not None:
        response["authored"] = authored.astimezone(dt.UTC).isoformat(timespec="seconds")
    return {**response, "item": items}


def _clinician_coding(question_id: str, content: Content, priorities: Priorities) -> Resource:
    """The coded answer to one question for the clinician ({} when it was skipped)."""
    given = priorities.consultation.answer(question_id)
    question = next(q for q in content.clinician_questions if q.id == question_id)
    words = dict(choices(question)).get(given or "")
    return {} if words is None else {"system": CLINICIAN_SYSTEM, "code": given, "display": words}


def as_json(resource: Resource) -> str:
    """A resource as FHIR JSON text (UTF-8, indented, ending with a newline)."""
    return json.dumps(resource, ensure_ascii=False, indent=2) + "\n"
