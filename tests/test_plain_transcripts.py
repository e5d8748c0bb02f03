"""Plain mode as a process with a pipe, against golden transcripts read by a person.

Each script is what a person types, one answer a line. To rewrite the transcripts after a
deliberate change, run with LASER_TUI_UPDATE_GOLDEN=1 and read every changed line first.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from laser_tui.files.priorities_file import load_priorities
from laser_tui.files.priorities_save import backup_path
from laser_tui.model.content import Content
from laser_tui.model.leaning import leaning_line
from support.plain import (
    COMPARISON_SECTIONS,
    CRITERIA,
    GOLDEN,
    OPTION_SECTIONS,
    SHIPPED,
    SUMMARY_SECTIONS,
    TREATMENT_SECTIONS,
    menu,
    normalised,
    run_plain,
    through,
)
from support.summary import KNOWN_PRIORITIES_FILE, golden

READING = [
    "1", *through(TREATMENT_SECTIONS[0]),  # the first treatment, every section, then the menu
    "2", "", "home",  # the second: two sections, then home
    menu("Side by side"), "", "back", str(COMPARISON_SECTIONS), "",  # back, jump to the last
    menu("Other options"), *through(OPTION_SECTIONS),
    "quit",
]  # fmt: skip

WEIGHING = [
    menu("How my priorities"), "",  # the result before anything counts
    menu("What counts"), "5", "x", "4", "", "0", "back", "2", *[""] * (CRITERIA - 4),
    "",  # after the result
    menu("Save my priorities"),
    "quit",
]  # fmt: skip

READY_AND_SUMMARY = [
    menu("Am I ready"), "yes", "n", "", "back", "yes", "no", "",  # four questions, one redone
    menu("My summary"), *through(SUMMARY_SECTIONS),
    menu("Save my summary"),
    "quit", "1",  # unsaved: save and leave
]  # fmt: skip

SAVE_AS = [
    menu("Save my priorities to another file"),
    "", "TMP/no-such-folder/mine.toml", "TMP/other.toml", "no", "TMP/new.toml",
    menu("What counts"), *[""] * (CRITERIA - 1), "3", "",  # one change, then end of input
]  # fmt: skip

LEANING = [
    menu("Where am I leaning"), "x", "0",  # not an answer, then 0 with nothing to take back
    menu("Where am I leaning"), "2",  # the second treatment
    menu("Where am I leaning"), "",  # Enter keeps it
    menu("How my priorities"), "",
    menu("Save my priorities"),
    "quit",
]  # fmt: skip

CLINICIAN = [
    menu("Things my clinician"), "1", "", "x", "2", "back", "3", "u", "0",
    *[""] * (len(SHIPPED.clinician_questions) - 6), "6", "",  # skip to the last: not sure
    menu("My summary"), str(SUMMARY_SECTIONS - 3), "home",  # the section to discuss
    menu("Save my priorities"),
    "quit",
]  # fmt: skip
"""Yes to the first, skip the second, not an answer then no to the third, back to it for not
sure, not sure to the fourth, 0 on the fifth (nothing to take back), then the last: not sure."""

CLEARING = [
    menu("Where am I leaning"), "",  # read back from the file, kept
    menu("My summary"), "3", "home",  # the summary's scores section says it too
    menu("Where am I leaning"), "0",  # taken back
    "quit", "1",  # save and leave
]  # fmt: skip


def _transcript(name: str, answers: list[str], folder: Path, file: Path) -> str:
    typed = [answer.replace("TMP", str(folder)) for answer in answers]
    done = run_plain(typed, file)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    actual = normalised(done.stdout, folder)
    assert actual == golden(GOLDEN / f"plain-{name}.txt", actual)
    return actual


def test_reading_every_part(tmp_path: Path) -> None:
    said = _transcript("reading", READING, tmp_path, tmp_path / "priorities.toml")
    last = TREATMENT_SECTIONS[0]
    assert f"Section {last} of {last}: Sources." in said
    assert said.endswith("Goodbye.\n")
    assert not (tmp_path / "priorities.toml").exists()  # reading never writes


def test_weighing_then_saving(tmp_path: Path, content: Content) -> None:
    file = tmp_path / "priorities.toml"
    _transcript("weighing", WEIGHING, tmp_path, file)
    saved = load_priorities(file, content).priorities
    counted = {c: p.weight for c, p in saved.criteria.items() if p.counts}
    ids = [criterion.id for criterion in content.criteria]
    assert counted == {ids[0]: 5, ids[1]: 4, ids[3]: 2}


def test_readiness_summary_and_save_on_leaving(tmp_path: Path, content: Content) -> None:
    file = tmp_path / "priorities.toml"
    shutil.copy(KNOWN_PRIORITIES_FILE, file)
    _transcript("ready-summary", READY_AND_SUMMARY, tmp_path, file)
    readiness = load_priorities(file, content).priorities.readiness
    assert (readiness.sure, readiness.understand, readiness.values, readiness.support) == (
        True,
        False,
        True,
        False,
    )
    assert backup_path(file).read_bytes() == KNOWN_PRIORITIES_FILE.read_bytes()
    exported = (tmp_path / "priorities-summary.md").read_text(encoding="utf-8")
    assert exported.startswith("# My summary: ")
    assert "| Do you know the benefits and risks of each option? | No |" in exported


def test_save_as_checks_the_path_and_the_end_of_input_keeps_the_file(tmp_path: Path) -> None:
    (tmp_path / "other.toml").write_text("# someone else's\n", encoding="utf-8")
    file = tmp_path / "priorities.toml"
    said = _transcript("save-as", SAVE_AS, tmp_path, file)
    new = tmp_path / "new.toml"
    assert new.exists()
    before = new.read_bytes()
    assert (tmp_path / "other.toml").read_text(encoding="utf-8") == "# someone else's\n"
    assert "with no terminal to ask, nothing was saved, and TMP/new.toml is as it was." in said
    assert new.read_bytes() == before
    assert not file.exists()


def test_leaning_is_saved_read_back_and_taken_back(tmp_path: Path, content: Content) -> None:
    file = tmp_path / "priorities.toml"
    said = _transcript("leaning", LEANING, tmp_path, file)
    words = leaning_line(content, content.treatments[1].id)
    assert said.count(words) == 4  # chosen, kept, in the result
    assert load_priorities(file, content).priorities.leaning == content.treatments[1].id
    again = run_plain(CLEARING, file)
    assert again.returncode == 0, again.stderr
    assert again.stdout.count(words) == 4  # read back, kept, in the summary, read again
    assert load_priorities(file, content).priorities.leaning is None
    assert leaning_line(content, None) in again.stdout


def test_things_my_clinician_should_know_are_asked_and_saved(
    tmp_path: Path, content: Content
) -> None:
    file = tmp_path / "priorities.toml"
    said = _transcript("clinician", CLINICIAN, tmp_path, file)
    questions = content.clinician_questions
    expected = {
        questions[0].id: "yes",
        questions[2].id: "not_sure",
        questions[3].id: "not_sure",
        questions[-1].id: "not_sure",
    }
    assert load_priorities(file, content).priorities.consultation.answers == expected
    assert f"{questions[0].question} My answer: Yes." in said
    assert f"{questions[1].question} My answer:" not in said
    assert "4 of 8 questions answered." in said


@pytest.mark.parametrize(
    "name", ["reading", "weighing", "ready-summary", "save-as", "leaning", "clinician"]
)
def test_every_golden_transcript_is_plain_text(name: str) -> None:
    text = (GOLDEN / f"plain-{name}.txt").read_text(encoding="utf-8")
    assert text.isprintable() is False  # it has newlines
    assert all(line.isprintable() for line in text.splitlines())
