"""Content past its next review date says so, everywhere a person reads it, from the day after.

The day is frozen per test (LASER_TUI_TODAY, as conftest.py does for every test), on both sides
of the shipped content's next review date.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
import tomli_w
from hypothesis import given
from hypothesis import strategies as st

from laser_tui.app import LaserApp
from laser_tui.clock import TODAY_VARIABLE
from laser_tui.files.priorities_dump import dump_priorities
from laser_tui.files.toml_io import load_content
from laser_tui.model.content import Content
from laser_tui.model.home_content import overdue_line
from laser_tui.model.problems import InputProblem
from laser_tui.screens.about import AboutScreen
from support.cli import run_laser_tui
from support.plain import menu, plain_environment, run_plain
from support.screens import text_of
from support.sizes import SMALL
from support.summary import KNOWN_PRIORITIES_FILE, known_priorities

DUE = "2027-12-01"
"""The shipped content's next review date."""
ON_THE_DAY, DAY_AFTER = DUE, "2027-12-02"
OVERDUE = "was due for review on 1 December 2027 and has not been reviewed since"
BOTH_SIDES = pytest.mark.parametrize(
    ("day", "shown"), [(ON_THE_DAY, False), (DAY_AFTER, True)], ids=["on-the-day", "day-after"]
)


def _laser_tui(*args: str | Path, day: str) -> subprocess.CompletedProcess[str]:
    """The installed laser-tui, on ``day``."""
    return run_laser_tui(*args, env={TODAY_VARIABLE: day})


@given(
    next_review=st.dates(min_value=dt.date(2, 1, 1), max_value=dt.date(9000, 1, 1)),
    days_later=st.integers(min_value=-400, max_value=400),
)
def test_the_line_shows_exactly_from_the_day_after(next_review: dt.date, days_later: int) -> None:
    day = next_review + dt.timedelta(days=days_later)
    line = overdue_line(next_review, day)
    assert bool(line) is (day > next_review)
    if line:
        assert f"{next_review.day} {next_review:%B %Y}" in line
        assert "check with your clinic" in line


def test_the_shipped_content_is_due_when_the_tests_say(content: Content) -> None:
    assert content.next_review.isoformat() == DUE


def test_a_next_review_before_the_review_is_refused(content_path: Path, tmp_path: Path) -> None:
    data = tomllib.loads(content_path.read_text(encoding="utf-8"))
    data["next_review"] = data["reviewed"] - dt.timedelta(days=1)
    path = tmp_path / "content.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    with pytest.raises(InputProblem) as refused:
        load_content(path)
    assert any(
        "next_review" in line and "is before reviewed" in line for line in refused.value.lines
    )
    checked = _laser_tui("check-content", path, day=ON_THE_DAY)
    assert checked.returncode == 2 and "is before reviewed" in checked.stderr
    assert "Traceback" not in checked.stderr


@BOTH_SIDES
def test_check_content_warns_once_it_is_due(content_path: Path, day: str, shown: bool) -> None:
    checked = _laser_tui("check-content", content_path, day=day)
    assert checked.returncode == 0, checked.stderr
    warned = [
        line for line in checked.stdout.splitlines() if "due for review on 2027-12-01" in line
    ]
    assert len(warned) == int(shown)
    assert all(line.startswith("warning:") for line in warned)


@BOTH_SIDES
async def test_home_and_about_say_it(
    make_app: Callable[..., LaserApp], monkeypatch: pytest.MonkeyPatch, day: str, shown: bool
) -> None:
    monkeypatch.setenv(TODAY_VARIABLE, day)
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        assert (OVERDUE in text_of(app, "#disclaimer")) is shown
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AboutScreen)
        about = " ".join(str(part.render()) for part in app.screen.query(".about-part"))
        assert (OVERDUE in " ".join(about.split())) is shown


@BOTH_SIDES
def test_the_plain_mode_says_it_at_the_start_and_in_about(
    tmp_path: Path, day: str, shown: bool
) -> None:
    environment = plain_environment(**{TODAY_VARIABLE: day})
    said = run_plain(
        [menu("About"), *[""] * 12, "quit"], tmp_path / "p.toml", environment=environment
    )
    assert said.returncode == 0, said.stderr
    assert said.stdout.count(OVERDUE) == (2 if shown else 0)


@BOTH_SIDES
def test_the_summary_and_the_hand_over_paper_say_it(
    content: Content, tmp_path: Path, day: str, shown: bool
) -> None:
    folder = tmp_path / "handover"
    folder.mkdir()
    handed_over = dt.datetime(2027, 11, 30, 9, 30, tzinfo=dt.UTC)
    text = dump_priorities(known_priorities(content), content, saved_at=handed_over)
    (folder / "7CD4AE.toml").write_text(text, encoding="utf-8")
    for fmt in ("text", "markdown"):
        printed = _laser_tui("summary", KNOWN_PRIORITIES_FILE, "--format", fmt, day=day)
        paper = _laser_tui(
            "summary", "--open", "7CD4AE", "--handover-dir", folder, "--format", fmt, day=day
        )
        for result in (printed, paper):
            assert result.returncode == 0, result.stderr
            assert (OVERDUE in " ".join(result.stdout.split())) is shown
