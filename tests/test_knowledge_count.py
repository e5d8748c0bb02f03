"""Check what I know: the count of right answers is kept for the session, shown in the summary,
never saved, and wiped for the kiosk's next person."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from laser_tui.app import LaserApp
from laser_tui.model.content import Content
from laser_tui.model.knowledge import KnowledgeCount, count_line, knowledge_count
from laser_tui.model.priorities import Priorities
from laser_tui.model.summary import build_summary
from laser_tui.model.summary_markdown import render_markdown
from laser_tui.model.summary_text import render_text
from laser_tui.screens.summary import SummaryScreen, SummaryText
from support.kiosk import make_kiosk
from support.kiosk_pilot import start, wait_until
from support.screens import VERDICTS, text_of
from support.sizes import SMALL
from support.summary import GOLDEN_TEXT, KNOWN_AS_OF, golden, known_priorities

MakeApp = Callable[..., LaserApp]
GOLDEN = GOLDEN_TEXT.parent


def keys_for(content: Content, right: int) -> list[str]:
    """Answer every statement, the first ``right`` of them rightly and the rest not."""
    questions = content.knowledge_check or []
    return [
        ("t" if q.answer else "f") if n < right else ("f" if q.answer else "t")
        for n, q in enumerate(questions)
    ]


def summary_markdown(app: LaserApp) -> str:
    screen = app.screen
    assert isinstance(screen, SummaryScreen)
    return screen.query_one("#summary-text", SummaryText).source


async def test_the_summary_says_how_many_were_right(make_app: MakeApp, content: Content) -> None:
    app = make_app()
    total = len(content.knowledge_check or [])
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("s")
        assert "Check what I know" not in summary_markdown(app)  # nothing answered yet
        await pilot.press("escape", "k", *keys_for(content, 2)[:3], "escape", "s")
        line = f"In this session you checked 3 of {total} statements"
        assert f'{line} in "Check what I know"; 2 were right.' in summary_markdown(app)
        await pilot.press("escape", "k")  # the same session: the answers are shown again
        assert text_of(app, "#explanation-0").startswith("You said")
        assert text_of(app, "#knowledge-tally").startswith("You got 2 of 3 right.")
        await pilot.press("escape", "s")
        assert f"checked 3 of {total} statements" in summary_markdown(app)


async def test_the_count_is_not_saved(make_app: MakeApp, content: Content, tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    app = make_app(priorities_path=path)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("k", *keys_for(content, 1), "ctrl+s")
        await wait_until(pilot, path.is_file)
        assert app.session.knowledge_answers
    assert "knowledge" not in path.read_text(encoding="utf-8")


async def test_the_kiosk_wipes_the_count_for_the_next_person(
    content: Content, tmp_path: Path
) -> None:
    app = make_kiosk(content, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await start(pilot)
        await pilot.press("k", *keys_for(content, 2), "escape", "s")
        assert "were right" in summary_markdown(app)
        app.end_session()
        await wait_until(pilot, lambda: len(app.screen_stack) == 1)
        assert app.session.knowledge_answers == {}
        await start(pilot)
        await pilot.press("s")
        assert "Check what I know" not in summary_markdown(app)
        await pilot.press("escape", "k")
        assert text_of(app, "#explanation-0") == ""


def test_the_count_line_has_no_pass_or_fail(content: Content) -> None:
    questions = content.knowledge_check or []
    count = knowledge_count(questions, {0: questions[0].answer, 1: not questions[1].answer})
    assert count == KnowledgeCount(right=1, answered=2, total=len(questions))
    summary = build_summary(content, Priorities.defaults_for(content), None, count)
    for rendered in (render_text(summary), render_markdown(summary)):
        text = " ".join(rendered.split())  # the text rendering wraps lines
        assert f"you checked 2 of {len(questions)} statements" in text
        assert "1 was right" in text
    assert count_line(KnowledgeCount(0, 0, 5)) == ""
    assert count_line(None) == ""


@given(st.integers(0, 6), st.integers(0, 6), st.integers(0, 6))
def test_no_verdict_word_in_any_count(right: int, answered: int, total: int) -> None:
    line = count_line(KnowledgeCount(min(right, answered), answered, max(answered, total)))
    assert not any(word in line.lower() for word in VERDICTS)


def test_the_known_summary_with_a_knowledge_check_matches_its_golden_files(
    content: Content,
) -> None:
    """The golden summaries of the summary command stay without it (a file never holds it)."""
    questions = content.knowledge_check or []
    answers = {0: questions[0].answer, 1: questions[1].answer, 2: not questions[2].answer}
    count = knowledge_count(questions, answers)
    summary = build_summary(content, known_priorities(content), KNOWN_AS_OF, count)
    for path, rendered in (
        (GOLDEN / "summary-checked.txt", render_text(summary)),
        (GOLDEN / "summary-checked.md", render_markdown(summary)),
    ):
        assert rendered == golden(path, rendered)
