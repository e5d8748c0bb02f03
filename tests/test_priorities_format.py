"""Files stay compatible: format 1 and format 2 priorities files open with everything they hold."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

from laser_tui.files.priorities_file import FORMAT, load_priorities
from laser_tui.files.priorities_save import backup_path, save_priorities
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities
from support.summary import FORMAT_1_FILE, known_priorities


def test_a_format_1_file_opens_with_everything_it_holds(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "priorities.toml"
    shutil.copy(FORMAT_1_FILE, path)
    assert tomllib.loads(path.read_text(encoding="utf-8"))["format"] == 1
    loaded = load_priorities(path, content)
    assert loaded.problems == ()
    assert loaded.newer_format is None
    assert loaded.priorities == known_priorities(content)
    assert loaded.priorities.leaning is None


def test_a_format_1_file_is_saved_as_format_3_and_reads_back_the_same(
    content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "priorities.toml"
    shutil.copy(FORMAT_1_FILE, path)
    opened = load_priorities(path, content).priorities
    save_priorities(path, opened.with_leaning("resurfacing"), content)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == FORMAT == 3
    assert data["leaning"] == "resurfacing"
    assert data["concerns"] == ["colour_spots"]  # its "even_colour" counted: now a concern
    assert "even_colour" not in data["priorities"]
    assert data["priorities"]["dramatic_change"] == {"counts": True, "weight": 5}
    again = load_priorities(path, content)
    assert again.problems == ()
    assert again.priorities == opened.with_leaning("resurfacing")
    assert backup_path(path).read_bytes() == FORMAT_1_FILE.read_bytes()


FORMAT_2 = """\
format = 2
content = "Laser skin tightening or laser skin resurfacing? (version 2026.12)"
leaning = "tightening"

[priorities.dramatic_change]
counts = true
weight = 4

[priorities.firm_loose_skin]
counts = true
weight = 4

[priorities.even_colour]
counts = false
weight = 5

[readiness]
support = true
"""


def test_a_format_2_file_opens_with_everything_it_holds(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "priorities.toml"
    path.write_text(FORMAT_2, encoding="utf-8")
    loaded = load_priorities(path, content)
    assert loaded.problems == ()
    priorities = loaded.priorities
    assert priorities.leaning == "tightening"
    assert (
        priorities.get("dramatic_change").counts and priorities.get("dramatic_change").weight == 4
    )
    assert priorities.concerns == ("loose_skin",)  # counted; even_colour did not count
    assert priorities.readiness.support is True
    assert any(
        "priorities.firm_loose_skin" in note and "Loose or sagging skin" in note
        for note in loaded.notes
    )


def test_format_3_keeps_the_concerns_and_not_sure(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "priorities.toml"
    both = Priorities.defaults_for(content).with_concern("loose_skin", True, content)
    both = both.with_concern("colour_spots", True, content)
    save_priorities(path, both, content)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["concerns"] == ["loose_skin", "colour_spots"]
    assert load_priorities(path, content).priorities == both
    unsure = both.with_concerns_unsure(True)
    assert unsure.concerns == ()
    save_priorities(path, unsure, content)
    assert load_priorities(path, content).priorities == unsure
    assert unsure.with_concern("lines_scars", True, content).concerns_unsure is False


def test_an_unknown_concern_is_one_line_and_left_out(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "priorities.toml"
    path.write_text('format = 3\nconcerns = ["loose_skin", "freckles"]\n', encoding="utf-8")
    loaded = load_priorities(path, content)
    assert loaded.priorities.concerns == ("loose_skin",)
    assert len(loaded.problems) == 1
    assert 'concerns (found "freckles"): not a concern this content has' in loaded.problems[0]
