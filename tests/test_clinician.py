"""Things my clinician should know: by keyboard alone, one question at a time; the answers go
into the summary as lines "to discuss", never into a score; the content's questions are checked."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Group
from rich.text import Text
from textual.widgets import Static

from laser_tui.app import LaserApp
from laser_tui.files.locations import shipped_content_path
from laser_tui.files.toml_io import load_content
from laser_tui.model.consultation import (
    DISCUSS_HEADING,
    NOTHING_ANSWERED,
    ConsultationAnswers,
    answer_words,
    choices,
)
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities
from laser_tui.model.scoring import score
from laser_tui.model.summary import build_summary
from laser_tui.model.summary_markdown import render_markdown
from laser_tui.model.summary_text import render_text
from laser_tui.screens.clinician import ClinicianScreen
from laser_tui.screens.readiness import ReadinessScreen
from laser_tui.screens.summary import SummaryScreen
from support.cli import run_laser_tui
from support.contents import cases
from support.sizes import SMALL

MakeApp = Callable[..., LaserApp]
SHIPPED = load_content()


@st.composite
def any_answers(draw: st.DrawFn, content: Content = SHIPPED) -> ConsultationAnswers:
    """Any answers (some skipped) to the content's questions for the clinician."""
    given_answers = {}
    for question in content.clinician_questions:
        answer = draw(st.sampled_from([None, *(value for value, _ in choices(question))]))
        if answer is not None:
            given_answers[question.id] = answer
    return ConsultationAnswers(answers=given_answers)


@given(case=cases(), answers=any_answers())
def test_no_answer_ever_changes_a_score(
    case: tuple[Content, Priorities], answers: ConsultationAnswers
) -> None:
    content, priorities = case
    answered = priorities.model_copy(update={"consultation": answers})
    assert score(content, answered) == score(content, priorities)
    assert score(SHIPPED, answered) == score(SHIPPED, priorities)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(answers=any_answers())
def test_the_summary_holds_every_answer_given_and_none_that_was_not(
    answers: ConsultationAnswers,
) -> None:
    priorities = Priorities.defaults_for(SHIPPED).model_copy(update={"consultation": answers})
    summary = build_summary(SHIPPED, priorities)
    for text in (render_text(summary), render_markdown(summary)):
        flat = " ".join(text.replace("\\", "").split())
        assert DISCUSS_HEADING in flat
        for question in SHIPPED.clinician_questions:
            given_answer = answers.answer(question.id)
            line = f"{question.question} My answer: {answer_words(question, given_answer)}."
            assert (line in flat) == (given_answer is not None)
            assert (question.question in flat) == (given_answer is not None)
        assert (NOTHING_ANSWERED in flat) == (not answers.answers)
    assert "you cannot" not in render_text(summary).lower()


def status(app: LaserApp) -> str:
    return str(app.screen.query_one("#clinician-status", Static).render())


def shown_question(app: LaserApp) -> str:
    return str(app.screen.query_one("#clinician-question", Static).render())


async def test_answering_by_keyboard_alone(make_app: MakeApp, content: Content) -> None:
    app = make_app()
    questions = content.clinician_questions
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("t")
        assert isinstance(app.screen, ClinicianScreen)
        assert f"Question 1 of {len(questions)}" in shown_question(app)
        assert "Why a clinician asks" in str(app.screen.query_one("#clinician-why").render())
        scores = app.result.scores

        await pilot.press("y")  # yes, and on to the next
        assert app.priorities.consultation.answers == {questions[0].id: "yes"}
        assert f"Question 2 of {len(questions)}" in shown_question(app)
        await pilot.press("right")  # skipped
        await pilot.press("down", "enter")  # no, with the arrow and Enter
        await pilot.press("u")  # not sure
        assert app.priorities.consultation.answers == {
            questions[0].id: "yes",
            questions[2].id: "no",
            questions[3].id: "not_sure",
        }
        await pilot.press("left", "delete")  # back, and the answer taken back
        assert questions[3].id not in app.priorities.consultation.answers
        assert "Your answer: Not answered" in status(app)
        assert app.result.scores == scores

        await pilot.press("s")
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("escape", "r")
        assert isinstance(app.screen, ReadinessScreen)
        assert "press t" in str(app.screen.query_one("#clinician-link").render())
        await pilot.press("t")
        assert isinstance(app.screen, ClinicianScreen)


async def test_a_question_with_its_own_answers(make_app: MakeApp, content: Content) -> None:
    app = make_app()
    last = content.clinician_questions[-1]
    assert last.choices  # the shipped burn-and-tan question
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("t", *["right"] * (len(content.clinician_questions) - 1))
        assert last.question in shown_question(app)
        await pilot.press("y")  # not one of its answers: nothing happens
        assert app.priorities.consultation.answers == {}
        await pilot.press("end", "enter")  # its last answer: not sure
        assert app.priorities.consultation.answers == {last.id: "not_sure"}
        await pilot.press("u", "home", "enter")
        assert app.priorities.consultation.answers == {last.id: last.choices[0].id}


def _write(path: Path, data: dict[str, object]) -> Path:
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ({"why": "Two\nlines"}, "why is one line"),
        ({"sources": ["nowhere"]}, "'nowhere' is not the id of any [[sources]] entry"),
        ({"choices": [{"id": "not_sure", "label": "Hm"}]}, '"not_sure" is always added'),
        ({"id": "pregnancy"}, "'pregnancy' is already the id of clinician_questions[2]"),
    ],
)
def test_check_content_names_the_question_in_one_line(
    tmp_path: Path, change: dict[str, object], said: str
) -> None:
    data = tomllib.loads(shipped_content_path().read_text(encoding="utf-8"))
    data["clinician_questions"][3].update(change)
    done = run_laser_tui("check-content", _write(tmp_path / "clinic.toml", data))
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert line.startswith(f"{tmp_path / 'clinic.toml'}: line ")
    assert "clinician_questions[4]" in line and "(clinician question " in line
    assert said in line


def note_text(app: LaserApp) -> str:
    """The readiness note's words (a group of texts and a table)."""
    group = app.screen.query_one("#readiness-note", Static).content
    assert isinstance(group, Group)
    return " ".join(" ".join(str(r).split()) for r in group.renderables if isinstance(r, Text))


async def test_readiness_and_summary_say_there_is_no_hurry(
    make_app: MakeApp, content: Content, tmp_path: Path
) -> None:
    from laser_tui.model.readiness import COME_BACK_FILE, COME_BACK_KIOSK, NO_HURRY
    from support.kiosk import make_kiosk
    from support.kiosk_pilot import start

    summary = " ".join(render_text(build_summary(content, Priorities())).split())
    assert NO_HURRY in summary and "hand-over code" in summary
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("r")
        note = note_text(app)
        assert NO_HURRY in note and COME_BACK_FILE in note
    kiosk = make_kiosk(content, tmp_path)
    async with kiosk.run_test(size=SMALL) as pilot:
        await start(pilot)
        await pilot.press("r")
        note = note_text(kiosk)
        assert COME_BACK_KIOSK in note and COME_BACK_FILE not in note
