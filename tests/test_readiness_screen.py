"""The readiness check in the app, driven by the keyboard as a person would."""

from __future__ import annotations

import io
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console
from textual.widgets import Static

from laser_tui.app import LaserApp
from laser_tui.model.content import Content
from laser_tui.model.priorities import READINESS_QUESTIONS, Priorities, Readiness
from laser_tui.model.readiness import ALL_YES, POINTS_TO_RAISE, readiness_note, yes_count
from laser_tui.screens.readiness import ReadinessScreen
from laser_tui.screens.summary import SummaryScreen
from laser_tui.widgets.yes_no import YesNoQuestion
from support.sizes import SMALL

KEYS = list(READINESS_QUESTIONS)


def _note(app: LaserApp) -> str:
    """The note's text, as the person reads it."""
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(app.screen.query_one("#readiness-note", Static).content)
    return console.export_text()


async def test_y_and_n_answer_each_question_and_move_on(
    make_app: Callable[..., LaserApp],
) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("r")
        assert isinstance(app.screen, ReadinessScreen)
        assert isinstance(app.focused, YesNoQuestion) and app.focused.key == "sure"
        await pilot.press("n", "y")
        assert app.priorities.readiness == Readiness(sure=False, understand=True)
        assert isinstance(app.focused, YesNoQuestion) and app.focused.key == "values"
        assert "2 of 4 questions answered" in _note(app)
        await pilot.press("y", "n")
        assert app.priorities.readiness == Readiness(
            sure=False, understand=True, values=True, support=False
        )
        assert app.focused.key == "support", "the last question keeps the focus"
        note = " ".join(_note(app).split())
        assert 'You answered "yes" to 2 of the 4 questions' in note
        assert POINTS_TO_RAISE["sure"] in note and POINTS_TO_RAISE["support"] in note
        assert POINTS_TO_RAISE["values"] not in note
        question = app.screen.query_one("#question-support", YesNoQuestion)
        assert question.border_subtitle == "Your answer: No"


async def test_arrows_and_space_answer_too_and_all_yes_has_no_points(
    make_app: Callable[..., LaserApp],
) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("r", "right", "space")
        assert app.priorities.readiness.sure is False
        await pilot.press("left", "space", "down")
        assert app.priorities.readiness.sure is True
        assert isinstance(app.focused, YesNoQuestion) and app.focused.key == "understand"
        await pilot.press("y", "y", "y")
        assert yes_count(app.priorities.readiness) == 4
        assert ALL_YES in _note(app) and "Points you could raise" not in _note(app)
        await pilot.press("s")
        assert isinstance(app.screen, SummaryScreen)
        assert [type(s).__name__ for s in app.screen_stack] == ["HomeScreen", "SummaryScreen"]


async def test_saved_answers_show_when_the_screen_opens(
    make_app: Callable[..., LaserApp], content: Content
) -> None:
    priorities = Priorities.defaults_for(content).with_readiness("understand", False)
    app = make_app(priorities.with_readiness("sure", True))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("r")
        shown = {q.key: q.answer for q in app.screen.query(YesNoQuestion)}
        assert shown == {"sure": True, "understand": False, "values": None, "support": None}
        understand = app.screen.query_one("#question-understand", YesNoQuestion)
        assert understand.border_subtitle == "Your answer: No"
        await pilot.press("down", "space")  # the cursor sits on the answer given: No stays No
        assert app.priorities.readiness.understand is False


@given(
    st.builds(
        Readiness,
        **{key: st.sampled_from([True, False, None]) for key in READINESS_QUESTIONS},
    )
)
def test_the_note_appears_below_four_yes_and_names_each_other_answer(
    readiness: Readiness,
) -> None:
    note = readiness_note(readiness)
    if yes_count(readiness) == len(KEYS):
        assert note is None
        return
    assert note is not None
    not_yes = [key for key in KEYS if getattr(readiness, key) is not True]
    assert len(note.points) == len(not_yes)
    for key in not_yes:
        if getattr(readiness, key) is False:
            assert POINTS_TO_RAISE[key] in note.points
    assert "should" not in note.message and "recommend" not in note.message


async def test_answers_are_saved_in_the_readiness_table_and_read_back(
    content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "priorities.toml"
    app = LaserApp(content, priorities_path=path)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("r", "n", "y", "ctrl+s")
    assert tomllib.loads(path.read_text(encoding="utf-8"))["readiness"] == {
        "sure": False,
        "understand": True,
    }
    again = LaserApp(content, priorities_path=path)
    async with again.run_test(size=SMALL) as pilot:
        await pilot.press("r")
        shown = {q.key: q.answer for q in again.screen.query(YesNoQuestion)}
        assert shown == {"sure": False, "understand": True, "values": None, "support": None}


def test_with_readiness_sets_clears_and_refuses_unknown_questions(content: Content) -> None:
    priorities = Priorities.defaults_for(content).with_readiness("values", True)
    assert priorities.readiness == Readiness(values=True)
    assert priorities.with_readiness("values", None).readiness == Readiness()
    with pytest.raises(KeyError):
        priorities.with_readiness("ready", True)
