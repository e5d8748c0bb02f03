"""What bothers the person: asked first, never weighed, and named beside the result when the
treatment the priorities line up with (or the person leans to) is not aimed at it."""

from __future__ import annotations

import copy
import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from laser_tui.files.priorities_file import load_priorities, read_priorities
from laser_tui.files.toml_io import load_content
from laser_tui.model.concern_note import concern_notes
from laser_tui.model.concerns import concern_sections
from laser_tui.model.content import Content
from laser_tui.model.content_report import reading_grade
from laser_tui.model.priorities import CriterionPriority, Priorities
from laser_tui.model.problems import InputProblem
from laser_tui.model.scoring import score
from laser_tui.model.summary import build_summary
from laser_tui.model.summary_text import render_text
from laser_tui.plain.about import about_sections
from laser_tui.plain.result import result_lines
from laser_tui.screens.concerns import ConcernsScreen
from laser_tui.widgets.checklist import Checklist
from support.content_files import small_content, write_toml
from support.plain import converse_here, menu
from support.screens import focused_id, stack, text_of
from support.sizes import SMALL

VERDICT = re.compile(r"\b(better|best|recommend\w*|winner|should|wrong|right for you)\b", re.I)

# The two people of issue 25, as their priorities files of format 2 said them.
LOOSE_SKIN = {
    "format": 2,
    "priorities": {
        "dramatic_change": {"counts": True, "weight": 4},
        "firm_loose_skin": {"counts": True, "weight": 4},
    },
}
AGE_SPOTS = {
    "format": 2,
    "priorities": {
        "short_recovery": {"counts": True, "weight": 5},
        "even_colour": {"counts": True, "weight": 3},
    },
}


def _person(content: Content, data: dict[str, Any], tmp_path: Path) -> Priorities:
    loaded = read_priorities(data, content, tmp_path / "p.toml")
    assert loaded.problems == ()
    return loaded.priorities


@pytest.mark.parametrize(
    "person",
    [
        (LOOSE_SKIN, "loose_skin", "resurfacing", "Mayo Clinic says resurfacing cannot fix"),
        (AGE_SPOTS, "colour_spots", "tightening", "for loose skin, not for spots or colour"),
    ],
)
def test_both_people_of_the_issue_are_told_beside_the_result(
    content: Content, tmp_path: Path, person: tuple[dict[str, Any], str, str, str]
) -> None:
    data, concern, leader, words = person
    priorities = _person(content, data, tmp_path)
    assert priorities.concerns == (concern,)  # the old weighed difference is now a concern
    result = score(content, priorities)
    assert result.clear_leader == leader
    notes = concern_notes(content, priorities, result)
    assert [(n.treatment_id, n.concern_ids) for n in notes] == [(leader, (concern,))]
    summary = build_summary(content, priorities)
    (said,) = summary.concern_notes
    assert words in said and "(Source" in said
    assert not VERDICT.search(said)
    flat = " ".join(render_text(summary).split())
    assert said in flat
    assert flat.index(summary.verdict) < flat.index(said)  # next to the result
    assert said in result_lines(content, priorities)  # the plain mode says it too


def test_the_note_follows_the_leaning_too(content: Content, tmp_path: Path) -> None:
    equal = _person(content, LOOSE_SKIN, tmp_path).with_weight("dramatic_change", 0)
    assert score(content, equal).clear_leader is None
    assert concern_notes(content, equal, score(content, equal)) == []
    leaning = equal.with_leaning("resurfacing")
    (note,) = concern_notes(content, leaning, score(content, leaning))
    assert note.treatment_id == "resurfacing"
    aimed = equal.with_leaning("tightening")
    assert concern_notes(content, aimed, score(content, aimed)) == []


def test_every_difference_at_one_importance_is_too_close_to_call(content: Content) -> None:
    for weight in range(1, 6):
        everything = CriterionPriority(counts=True, weight=weight)
        result = score(content, Priorities(criteria={c.id: everything for c in content.criteria}))
        assert result.too_close and result.leader is None
        assert len(set(result.scores.values())) == 1


FITS = st.sampled_from([0.2, 0.35, 0.5, 0.65, 0.8])


@st.composite
def contents_and_answers(draw: st.DrawFn) -> tuple[Content, Priorities]:
    """A content with 2-4 treatments, 1-4 concerns and 1-5 criteria, and a person's answers."""
    data = small_content()
    data["treatments"] = data["treatments"][: draw(st.integers(2, 3))]
    ids = [t["id"] for t in data["treatments"]]
    concern_ids = [f"concern_{n}" for n in range(draw(st.integers(1, 4)))]
    fact = {"text": "A fact.", "sources": ["leaflet"]}
    data["concerns"] = [
        {"id": c, "label": f"Concern {c}", "what_it_is": [fact], "causes": [fact],
         "no_treatment": [fact]}
        for c in concern_ids
    ]  # fmt: skip
    for treatment in data["treatments"]:
        aimed = draw(st.lists(st.sampled_from(concern_ids), min_size=1, unique=True))
        treatment["aimed_at"] = [
            {"concern": c, "text": f"{c} things", "sources": ["leaflet"]} for c in aimed
        ]
    base = data["criteria"][0]
    data["criteria"] = [
        {**copy.deepcopy(base), "id": f"c{n}", "fit": {t: draw(FITS) for t in ids}}
        for n in range(draw(st.integers(1, 5)))
    ]
    for criterion in data["criteria"]:
        criterion["detail"] = {t: "detail" for t in ids}
    data |= {"reviewed": dt.date(2026, 1, 1), "next_review": dt.date(2027, 1, 1)}
    content = Content.model_validate(data)
    priorities = Priorities.defaults_for(content)
    for criterion in content.criteria:
        priorities = priorities.with_counts(criterion.id, draw(st.booleans()))
        priorities = priorities.with_weight(criterion.id, draw(st.integers(0, 2)))
    for concern in draw(st.lists(st.sampled_from(concern_ids), unique=True)):
        priorities = priorities.with_concern(concern, True, content)
    return content, priorities.with_leaning(draw(st.sampled_from([None, *ids])))


@settings(max_examples=150, deadline=None)
@given(contents_and_answers(), st.integers(1, 2))
def test_the_note_names_exactly_the_concerns_not_aimed_at(
    case: tuple[Content, Priorities], factor: int
) -> None:
    content, priorities = case
    result = score(content, priorities)
    notes = {note.treatment_id: note for note in concern_notes(content, priorities, result)}
    for treatment in content.treatments:
        unaimed = tuple(c for c in priorities.concerns if not treatment.aims(c))
        looked_at = treatment.id in (result.clear_leader, priorities.leaning)
        if not looked_at or not unaimed:
            assert treatment.id not in notes
            continue
        note = notes[treatment.id]
        assert note.concern_ids == unaimed
        assert f"{treatment.short_name} is aimed at" in note.text
        assert all(content.concern(c).label[1:] in note.text for c in unaimed)
        assert set(note.sources) <= {s for a in treatment.aimed_at for s in a.sources}
        assert not VERDICT.search(note.text)
    scaled = priorities
    for criterion in content.criteria:  # every importance times the same factor: same notes
        scaled = scaled.with_weight(criterion.id, priorities.get(criterion.id).weight * factor)
    assert concern_notes(content, scaled, score(content, scaled)) == list(notes.values())


def _refused(tmp_path: Path, data: dict[str, Any]) -> str:
    with pytest.raises(InputProblem) as caught:
        load_content(write_toml(tmp_path / "content.toml", data))
    return "\n".join(caught.value.lines)


def _with_a_concern() -> dict[str, Any]:
    data = small_content()
    fact = {"text": "A fact.", "sources": ["leaflet"]}
    data["concerns"] = [
        {"id": "dry", "label": "Dry skin", "what_it_is": [fact], "causes": [fact],
         "no_treatment": [fact]}
    ]  # fmt: skip
    for treatment in data["treatments"]:
        treatment["aimed_at"] = [{"concern": "dry", "text": "dry skin", "sources": ["leaflet"]}]
    return data


def test_a_clinic_can_add_a_concern(tmp_path: Path) -> None:
    content = load_content(write_toml(tmp_path / "content.toml", _with_a_concern()))
    assert [c.id for c in content.concerns] == ["dry"]


def test_the_checker_refuses_a_treatment_without_an_aim(tmp_path: Path) -> None:
    data = _with_a_concern()
    del data["treatments"][1]["aimed_at"]
    said = _refused(tmp_path, data)
    assert 'treatments[2].aimed_at (treatment "beta"): is missing: say which concerns' in said


def test_the_checker_refuses_a_concern_without_a_source(tmp_path: Path) -> None:
    data = _with_a_concern()
    data["concerns"][0]["causes"] = [{"text": "The sun."}]
    assert "concerns[1].causes[1].sources" in _refused(tmp_path, data)
    data = _with_a_concern()
    data["treatments"][0]["aimed_at"][0]["concern"] = "freckles"
    assert "'freckles' is not the id of any [[concerns]] entry" in _refused(tmp_path, data)


def test_the_checker_refuses_a_zero_figure_without_its_group_size(tmp_path: Path) -> None:
    data = small_content()
    figure = {"per_100": 0, "group": "people", "follow_up": "a year", "certainty": "guidance"}
    data["outcomes"] = [
        {"id": "scar", "label": "A scar", "figures": {"alpha": {**figure, "sources": ["leaflet"]}}}
    ]
    data["certainty"] = {"guidance": "Advice."}
    assert "a figure of 0 needs size" in _refused(tmp_path, data)


async def test_concerns_by_keyboard_alone_and_the_note_on_the_panel(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("m")
        assert isinstance(app.screen, ConcernsScreen)
        assert focused_id(app) == "concerns-list"
        await pilot.press("space")  # the first: loose or sagging skin
        assert app.priorities.concerns == ("loose_skin",)
        await pilot.press("escape", "l")
        assert "What bothers me: loose or sagging skin." in text_of(app, "#checklist-concerns")
        await pilot.press("w", "space", "right")  # a dramatic change counts, at 4
        assert app.result.clear_leader == "resurfacing"
        note = text_of(app, "#concern-note")
        assert "You named loose or sagging skin" in note
        assert "Mayo Clinic says resurfacing cannot fix sagging skin" in note
        await pilot.press("escape", "m", "down", "down", "down", "space")  # Not sure
        assert app.priorities.concerns == () and app.priorities.concerns_unsure
        assert app.screen.query_one(Checklist).ticked == {"not_sure"}
        await pilot.press("escape", "w")
        assert text_of(app, "#concern-note") == ""
        assert stack(app)[-1].__name__ == "DecisionScreen"


def test_the_concerns_and_the_chances_read_at_grade_8_or_below(content: Content) -> None:
    concerns = [
        fact.text
        for concern in content.concerns
        for _, facts in concern_sections(content, concern)
        for fact in facts
    ]
    chances = [
        text
        for outcome in content.outcomes
        for headline in outcome.figures.values()
        for figure in (headline, *headline.also)
        for text in (figure.group, figure.note, figure.name)
        if text
    ]
    assert reading_grade(concerns) <= 8
    assert reading_grade(chances) <= 8


def test_about_gives_the_reading_grade(content: Content) -> None:
    assert content.about is not None
    (made,) = [s for s in about_sections(content, content.about) if s.title == "How it was made"]
    assert "Reading level of the text about each treatment" in made.lines[1]
    assert "Tightening 6, Resurfacing 6." in made.lines[1]


def test_the_plain_mode_asks_what_bothers_me_and_says_it_beside_the_result(
    content: Content, tmp_path: Path
) -> None:
    file = tmp_path / "p.toml"
    answers = [menu("What bothers me"), "read", *[""] * 13, menu("What bothers me"), "1 4", "1"]
    answers += [menu("What counts"), "4", "0", "0", "0", "0", "0", ""]
    answers += [menu("Save my priorities"), "quit"]
    said, code = converse_here(content, answers, file)
    assert code == 0
    assert "Loose or sagging skin: With no treatment" in said  # read, then back to home
    assert "Please type numbers from 1 to 4 with spaces between (4 alone)" in said  # 1 and 4
    assert "What bothers me: loose or sagging skin.\nThis is never weighed" in said
    assert "First, what bothers me: loose or sagging skin. It is never weighed" in said
    assert "Mayo Clinic says resurfacing cannot fix sagging skin. (Source 2.)" in said
    assert load_priorities(file, content).priorities.concerns == ("loose_skin",)
