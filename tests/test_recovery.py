"""Recovery, day by day: each treatment's stages side by side (both in view at 80x24), in plain
mode as lines, and in the summary; the content's timelines are checked."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
import tomli_w
from textual.widgets import Static

from laser_tui.app import LaserApp
from laser_tui.files.locations import shipped_content_path
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities
from laser_tui.model.recovery import NOT_KNOWN, STAGES, columns, stage_lines
from laser_tui.model.summary import build_summary
from laser_tui.model.summary_text import render_text
from laser_tui.screens.recovery import RecoveryScreen
from support.cli import run_laser_tui
from support.plain import converse_here, menu
from support.sizes import SMALL


def test_every_stage_in_order_treatments_first(content: Content) -> None:
    shown = columns(content)
    assert [c.name for c in shown if c.treatment] == [t.name for t in content.treatments]
    assert all(not c.treatment for c in shown[len(content.treatments) :])
    stages = stage_lines(content)
    assert [words for words, _ in stages] == list(STAGES.values())
    for _, lines in stages:
        assert len(lines) == len(shown)
    ematrix = [lines[-1] for _, lines in stages]
    assert sum(NOT_KNOWN in line for line in ematrix) == len(STAGES) - 1


def test_the_summary_has_each_treatments_stages(content: Content) -> None:
    text = " ".join(render_text(build_summary(content, Priorities())).split())
    assert "Recovery, day by day" in text
    for words in STAGES.values():
        for treatment in content.treatments:
            assert f"{words}: {treatment.name}: Looks and feels:" in text
    assert "E-Matrix" not in text.split("Recovery, day by day")[1].split("What it costs")[0]


async def test_both_treatments_in_view_at_80x24(
    make_app: Callable[..., LaserApp], content: Content
) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("d")
        assert isinstance(app.screen, RecoveryScreen)
        names = list(app.screen.query(".recovery-names Static").results(Static))
        assert [str(n.render()) for n in names] == [t.name for t in content.treatments]
        first_day = list(app.screen.query(".recovery-grid").results())[1]
        cells = list(first_day.query(Static).results(Static))
        assert len(cells) == len(content.treatments)
        screen = app.screen.region
        for widget in [*names, *cells]:
            assert widget.region.y < screen.bottom and widget.region.x < screen.right
        assert cells[0].region.y == cells[1].region.y  # side by side
        await pilot.press("end")
        other = " ".join(str(s.render()) for s in app.screen.query(".title").results(Static))
        assert "E-Matrix" in other and "(another option)" in other


def test_plain_mode_reads_the_stages_as_lines(content: Content, tmp_path: Path) -> None:
    said, code = converse_here(content, [menu("Recovery"), "", "", "home", "quit"], tmp_path / "p")
    assert code == 0
    assert "Recovery, day by day. 8 sections: 1. About, 2. The first day," in said
    assert f"{content.treatments[1].name}: Looks and feels: Raw, red and swollen" in said


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ({"option": "laser_x"}, "'laser_x' is not the id of a treatment or another option"),
        ({"option": "tightening"}, "'tightening' has a timeline already"),
    ],
)
def test_check_content_names_a_wrong_timeline(
    tmp_path: Path, change: dict[str, object], said: str
) -> None:
    data = tomllib.loads(shipped_content_path().read_text(encoding="utf-8"))
    data["recovery"][1].update(change)
    path = tmp_path / "clinic.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    done = run_laser_tui("check-content", path)
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert line.startswith(f"{path}: line ") and "recovery[2].option" in line and said in line
