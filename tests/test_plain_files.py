"""Plain mode saves with the same guarantees as the app: problems told, bad files kept aside."""

from __future__ import annotations

import shutil
from pathlib import Path

from laser_tui.files.priorities_file import FORMAT, load_priorities
from laser_tui.model.content import Content
from support.plain import CRITERIA, converse_here, menu, normalised
from support.summary import KNOWN_PRIORITIES_FILE

WEIGH_ONE = [menu("What counts"), *["5"] * CRITERIA, ""]  # every difference at 5: a change
SAVE, QUIT = menu("Save my priorities"), "quit"


def test_a_file_with_mistakes_opens_and_is_kept_aside_before_a_save(
    tmp_path: Path, content: Content
) -> None:
    file = tmp_path / "priorities.toml"
    broken = KNOWN_PRIORITIES_FILE.read_text(encoding="utf-8").replace("weight = 5", "weight = 9")
    file.write_text(broken, encoding="utf-8")
    said, code = converse_here(content, [SAVE, QUIT], file)
    said = normalised(said, tmp_path)
    assert code == 0
    assert "Part of your priorities file, TMP/priorities.toml, could not be used:\n" in said
    assert "priorities.dramatic_change.weight (found 9): must be a whole number from 0 to 5" in said
    assert "When you save, a copy of it is kept beside it first." in said
    assert (
        "Saved to TMP/priorities.toml. The file it replaced is kept as "
        "priorities.broken-STAMP.toml.\n" in said
    )
    (kept,) = tmp_path.glob("priorities.broken-*.toml")
    assert kept.read_text(encoding="utf-8") == broken
    assert load_priorities(file, content).problems == ()


def test_a_newer_file_is_replaced_only_when_the_person_says_so(
    tmp_path: Path, content: Content
) -> None:
    file = tmp_path / "priorities.toml"
    newer = KNOWN_PRIORITIES_FILE.read_text(encoding="utf-8").replace("format = 3", "format = 7")
    file.write_text(newer, encoding="utf-8")
    said, _ = converse_here(content, [SAVE, "3", SAVE, "1", QUIT], file)
    said = normalised(said, tmp_path)
    assert said.count("TMP/priorities.toml was written by a newer laser-tui (format 7") == 2
    assert "Nothing was saved.\n" in said
    (kept,) = tmp_path.glob("priorities.newer-*.toml")
    assert kept.read_text(encoding="utf-8") == newer
    assert f"format = {FORMAT}" in file.read_text(encoding="utf-8")


def test_a_save_that_fails_says_why_and_keeps_the_priorities(
    tmp_path: Path, content: Content
) -> None:
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    file = tmp_path / "a-file" / "priorities.toml"
    said, _ = converse_here(content, [*WEIGH_ONE, SAVE, QUIT, "3", QUIT, "2"], file)
    said = normalised(said, tmp_path)
    failed = said.index("Could not save to TMP/a-file/priorities.toml: ")  # the files' words
    assert said[failed:].split("\n")[1] == (
        'Your priorities are still here: choose "Save my priorities to another file" on the '
        "home menu."
    )
    assert said.count("Your priorities have changes that are not saved.") == 2
    assert said.endswith(
        "You left without saving: nothing was saved, and TMP/a-file/priorities.toml is as it "
        "was. Goodbye.\n"
    )


def test_leaving_without_saving_leaves_the_file_as_it_was(tmp_path: Path, content: Content) -> None:
    file = tmp_path / "priorities.toml"
    shutil.copy(KNOWN_PRIORITIES_FILE, file)
    for leaving in (["quit", "2"], ["quit", "quit"], []):
        said, code = converse_here(content, [*WEIGH_ONE, *leaving], file)
        assert code == 0
        assert "is as it was" in said
        assert file.read_bytes() == KNOWN_PRIORITIES_FILE.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["priorities.toml"]
