"""Files stay compatible: today's format-1 priorities file opens with everything it holds."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

from laser_tui.files.priorities_file import FORMAT, load_priorities
from laser_tui.files.priorities_save import backup_path, save_priorities
from laser_tui.model.content import Content
from support.summary import KNOWN_PRIORITIES_FILE, known_priorities


def test_a_format_1_file_opens_with_everything_it_holds(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "priorities.toml"
    shutil.copy(KNOWN_PRIORITIES_FILE, path)
    assert tomllib.loads(path.read_text(encoding="utf-8"))["format"] == 1
    loaded = load_priorities(path, content)
    assert loaded.problems == ()
    assert loaded.newer_format is None
    assert loaded.priorities == known_priorities(content)
    assert loaded.priorities.leaning is None


def test_a_format_1_file_is_saved_as_format_2_and_reads_back_the_same(
    content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "priorities.toml"
    shutil.copy(KNOWN_PRIORITIES_FILE, path)
    opened = load_priorities(path, content).priorities
    save_priorities(path, opened.with_leaning("resurfacing"), content)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == FORMAT == 2
    assert data["leaning"] == "resurfacing"
    assert data["priorities"]["dramatic_change"] == {"counts": True, "weight": 5}
    again = load_priorities(path, content)
    assert again.problems == ()
    assert again.priorities == opened.with_leaning("resurfacing")
    assert backup_path(path).read_bytes() == KNOWN_PRIORITIES_FILE.read_bytes()
