"""Where am I leaning?: by keyboard alone, saved in the priorities file, shown in the summary,
and never part of the scores."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.widgets import Static

from laser_tui.app import LaserApp
from laser_tui.files.priorities_dump import dump_priorities
from laser_tui.files.priorities_file import FORMAT, load_priorities
from laser_tui.model.content import Content
from laser_tui.model.leaning import NOT_SURE, leaning_choices, leaning_values
from laser_tui.model.priorities import Priorities
from laser_tui.model.scoring import score
from laser_tui.model.summary import build_summary
from laser_tui.model.summary_text import render_text
from laser_tui.screens.decision import DecisionScreen
from laser_tui.screens.leaning import LeaningScreen
from laser_tui.screens.summary import SummaryScreen
from laser_tui.widgets.leaning_choice import CHOSEN, NOT_CHOSEN, LeaningChoice
from support.contents import cases
from support.sizes import LARGE, SMALL

MakeApp = Callable[..., LaserApp]
SIZES = pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x40"])
TO_LEANING = ["l", "space", "down", "space", "w", "right", "i"]
"""Count two differences, weigh one, then ask where the person leans."""


def marks(app: LaserApp) -> list[str]:
    """The mark in front of every answer, in order."""
    choice = app.screen.query_one(LeaningChoice)
    return [str(choice.get_option_at_index(n).prompt)[2:5] for n in range(choice.option_count)]


def text_of(app: LaserApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_leaning_by_keyboard_alone(make_app: MakeApp, content: Content) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press(*TO_LEANING)
        assert isinstance(app.screen, LeaningScreen)
        assert isinstance(app.focused, LeaningChoice)
        assert app.priorities.leaning is None
        assert marks(app) == [NOT_CHOSEN] * len(leaning_choices(content))  # nothing pre-selected
        assert "You have not said yet" in text_of(app, "#leaning-status")
        assert app.screen.active_bindings["delete"].enabled is False
        scores = app.result.scores

        await pilot.press("down", "space")
        assert app.priorities.leaning == content.treatments[1].id
        assert marks(app)[:2] == [NOT_CHOSEN, CHOSEN]
        assert content.treatments[1].name in text_of(app, "#leaning-status")
        assert app.result.scores == scores  # it never changes the scores

        await pilot.press("down", "down", "down", "enter")
        assert app.priorities.leaning == NOT_SURE
        assert marks(app).count(CHOSEN) == 1

        await pilot.press("escape")
        assert isinstance(app.screen, DecisionScreen)
        assert "I am not sure yet" in text_of(app, "#leaning-line")

        await pilot.press("i", "delete")
        assert app.priorities.leaning is None
        assert marks(app) == [NOT_CHOSEN] * len(leaning_choices(content))
        await pilot.press("up", "enter", "s")
        assert isinstance(app.screen, SummaryScreen)
        assert app.priorities.leaning == leaning_values(content)[-1]


async def test_the_leaning_is_saved_in_the_priorities_file(
    make_app: MakeApp, content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "mine.toml"
    app = make_app(priorities_path=path)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press(*TO_LEANING, "space", "ctrl+s")
        await pilot.pause()
    saved = tomllib.loads(path.read_text(encoding="utf-8"))
    assert saved["format"] == FORMAT == 4
    assert saved["leaning"] == content.treatments[0].id
    assert load_priorities(path, content).priorities == app.priorities


def test_the_summary_shows_the_leaning_beside_the_scores(content: Content) -> None:
    priorities = Priorities.defaults_for(content).with_counts("short_recovery", True)
    said = render_text(build_summary(content, priorities.with_leaning("no_treatment")))
    not_said = render_text(build_summary(content, priorities))
    scores = said.index("How my priorities line up")
    assert scores < said.index("Where I am leaning") < said.index("Am I ready")
    assert "Where I am leaning (my own view; it does not change the scores): No treatment." in said
    assert "Where I am leaning (my own view; it does not change the scores): not said yet." in (
        not_said
    )


@given(cases(), st.data())
def test_the_leaning_never_changes_the_scores(
    case: tuple[Content, Priorities], data: st.DataObject
) -> None:
    content, priorities = case
    leaning = data.draw(st.sampled_from([None, *leaning_values(content)]))
    assert score(content, priorities.with_leaning(leaning)) == score(content, priorities)


def test_a_leaning_the_content_does_not_offer_is_one_line_and_not_said(
    content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "mine.toml"
    text = dump_priorities(Priorities.defaults_for(content), content)
    path.write_text(text.replace("\n[priorities.", '\nleaning = "facelift"\n[priorities.', 1))
    loaded = load_priorities(path, content)
    assert loaded.priorities.leaning is None
    [line] = loaded.problems
    assert line.startswith(f'{path}: leaning (found "facelift"): not a choice this content has')


@SIZES
def test_leaning_snapshot(
    snap_compare: Callable[..., bool], make_app: MakeApp, size: tuple[int, int]
) -> None:
    assert snap_compare(make_app(), press=[*TO_LEANING, "down", "space"], terminal_size=size)
