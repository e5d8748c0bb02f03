"""Skin like mine: the burn-and-tan answer puts study groups of similar skin first, says when
none was studied, and never becomes a personal chance."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from textual.widgets import Static

from laser_tui.app import LaserApp
from laser_tui.files.toml_io import load_content
from laser_tui.model.consultation import NOT_SURE, ConsultationAnswers
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities
from laser_tui.model.skin import (
    NOT_SURE_LINE,
    SkinAnswer,
    similar_figure,
    similar_line,
    skin_answer,
    skin_summary,
)
from laser_tui.model.summary import build_summary
from laser_tui.model.summary_text import render_text
from laser_tui.plain.treatments import treatment_sections
from laser_tui.screens.chances import ChancesScreen
from laser_tui.screens.treatment import TreatmentScreen
from support.plain import converse_here, menu
from support.sizes import SMALL

SHIPPED = load_content()
SKIN = SHIPPED.clinician_questions[-1]
PERSONAL = re.compile(r"\byour (own )?(chance|risk)\b(?! )|\byou will\b|\byou have a\b", re.I)


def answered(choice: str) -> ConsultationAnswers:
    return ConsultationAnswers(answers={SKIN.id: choice})


@given(choice=st.sampled_from([*(c.id for c in SKIN.choices), NOT_SURE]))
def test_a_skin_answer_only_picks_groups_and_never_a_personal_chance(choice: str) -> None:
    answer = skin_answer(SHIPPED, answered(choice))
    assert answer.given
    for outcome in SHIPPED.outcomes:
        for figure in outcome.figures.values():
            line = similar_line(figure, answer)
            found = similar_figure(figure, answer.group) if answer.group else None
            if answer.not_sure:
                assert line == ""
            elif found is None:
                assert "no study group with such skin was found" in line
            else:
                assert found.skin == answer.group
                assert f"{found.size} people in the group" in line
            assert not PERSONAL.search(line)
    said = skin_summary(SHIPPED, answered(choice))
    assert said and not PERSONAL.search(said.replace("not your own chance", ""))
    summary = render_text(
        build_summary(SHIPPED, Priorities().model_copy(update={"consultation": answered(choice)}))
    )
    assert " ".join(said.split()) in " ".join(summary.split())


def test_without_an_answer_nothing_changes() -> None:
    assert skin_answer(SHIPPED, ConsultationAnswers()) == SkinAnswer(None)
    assert skin_summary(SHIPPED, ConsultationAnswers()) == ""
    figure = SHIPPED.outcomes[0].figures["tightening"]
    assert similar_line(figure, SkinAnswer(None)) == ""


async def test_darker_skin_puts_its_study_group_first(
    make_app: Callable[..., LaserApp], content: Content
) -> None:
    priorities = Priorities.defaults_for(content).with_consultation(SKIN.id, "never_burns")
    app = make_app(priorities)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("n")
        assert isinstance(app.screen, ChancesScreen)
        assert "Skin like yours" in str(app.screen.query_one("#skin-like-mine").render())
        lines = [str(s.render()) for s in app.screen.query(".skin-first").results(Static)]
        assert len(lines) == len(content.outcomes) * len(content.treatments)
        blisters = [o.id for o in content.outcomes].index("blisters")
        tightening, resurfacing = lines[2 * blisters : 2 * blisters + 2]
        assert "about 11 in 100 sessions; 21 people in the group" in tightening
        assert "no study group with such skin was found" in resurfacing


async def test_not_sure_says_so_and_reorders_nothing(
    make_app: Callable[..., LaserApp], content: Content
) -> None:
    priorities = Priorities.defaults_for(content).with_consultation(SKIN.id, NOT_SURE)
    app = make_app(priorities)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("n")
        assert NOT_SURE_LINE in str(app.screen.query_one("#skin-like-mine").render())
        assert not list(app.screen.query(".skin-first"))


def test_plain_mode_says_the_similar_group_first(content: Content, tmp_path: Path) -> None:
    answers = [menu("Things my clinician"), *[""] * (len(content.clinician_questions) - 1)]
    answers += ["5", "", menu("Side by side"), str(len(content.criteria) + 4), "home", "quit"]
    said, _ = converse_here(content, [*answers, "2"], tmp_path / "p.toml")
    blisters = said.split("Chances: Blisters after a session")[-1]
    assert "Laser skin tightening: Skin like yours: a study group with darker skin" in blisters
    assert "Laser skin resurfacing: Skin like yours (darker skin that tans easily" in blisters


async def test_a_treatment_screen_puts_the_similar_group_first_in_its_chances(
    make_app: Callable[..., LaserApp], content: Content
) -> None:
    priorities = Priorities.defaults_for(content).with_consultation(SKIN.id, "never_burns")
    app = make_app(priorities)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("1", "p")
        assert isinstance(app.screen, TreatmentScreen)
        assert "Skin like yours" in str(app.screen.query_one("#skin-like-mine").render())
        lines = [str(s.render()) for s in app.screen.query(".skin-first").results(Static)]
        assert len(lines) == len(content.outcomes), "one line before each outcome's chance"
        blisters = [o.id for o in content.outcomes].index("blisters")
        assert "about 11 in 100 sessions; 21 people in the group" in lines[blisters]
        assert all(not PERSONAL.search(line) for line in lines)


async def test_a_treatment_screen_without_a_skin_answer_shows_the_chances_as_they_are(
    make_app: Callable[..., LaserApp], content: Content
) -> None:
    app = make_app(Priorities.defaults_for(content))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("1")
        assert isinstance(app.screen, TreatmentScreen)
        assert not list(app.screen.query(".skin-first"))
        assert not list(app.screen.query("#skin-like-mine"))


def test_plain_mode_reads_a_treatment_with_the_similar_group_first(
    content: Content, tmp_path: Path
) -> None:
    answers = [menu("Things my clinician"), *[""] * (len(content.clinician_questions) - 1)]
    sections = [s.title for s in treatment_sections(content, content.treatments[0])]
    answers += ["5", "", menu(f"{content.treatments[0].name}: what it is")]
    answers += [str(sections.index("Chances") + 1), "home", "quit", "2"]
    said, _ = converse_here(content, answers, tmp_path / "p.toml")
    chances = said.split("Chances")[-1]
    assert "Blisters after a session: Skin like yours: a study group with darker skin" in chances
