"""Saving never loses a file: atomic, 0600, a .bak, bad and newer files kept aside, clear errors."""

from __future__ import annotations

import datetime as dt
import errno
import os
import stat
from pathlib import Path

import pytest

from laser_tui.files.priorities_file import FORMAT, load_priorities
from laser_tui.files.priorities_save import (
    NewerFormatError,
    backup_path,
    save_path_problem,
    save_priorities,
    typed_path,
)
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities
from laser_tui.model.problems import InputProblem

NOW = dt.datetime(2026, 11, 24, 9, 30, tzinfo=dt.UTC)


def _changed(content: Content, weight: int) -> Priorities:
    first = content.criteria[0].id
    return Priorities.defaults_for(content).with_counts(first, True).with_weight(first, weight)


def test_a_save_is_private_and_keeps_the_previous_version(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "new" / "priorities.toml"
    first = save_priorities(path, _changed(content, 1), content)
    assert first.backup is None
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    old = path.read_bytes()
    second = save_priorities(path, _changed(content, 4), content)
    assert second.backup == backup_path(path)
    assert backup_path(path).read_bytes() == old
    assert stat.S_IMODE(backup_path(path).stat().st_mode) == 0o600
    assert load_priorities(path, content).priorities == _changed(content, 4)
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_a_save_through_a_link_keeps_the_link(content: Content, tmp_path: Path) -> None:
    real = tmp_path / "real.toml"
    link = tmp_path / "link.toml"
    link.symlink_to(real)
    save_priorities(link, _changed(content, 2), content)
    assert link.is_symlink()
    assert load_priorities(real, content).priorities == _changed(content, 2)


BAD_FILES = {
    "malformed TOML": b"format = 1\n[priorities.short_recovery\n",
    "weight 9": b"format = 1\n[priorities.short_recovery]\nmatters = true\nweight = 9\n",
    'weight "high"': b'format = 1\n[priorities.short_recovery]\nweight = "high"\n',
    'matters = "yes"': b'format = 1\n[priorities.short_recovery]\nmatters = "yes"\n',
    "unknown criterion": b"format = 1\n[priorities.shorter_recovery]\nmatters = true\n",
    "not UTF-8": b"format = 1\n# caf\xe9\n",
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_a_bad_file_is_kept_aside_before_the_first_save_replaces_it(
    content: Content, tmp_path: Path, name: str
) -> None:
    path = tmp_path / "priorities.toml"
    original = BAD_FILES[name]
    path.write_bytes(original)
    opened = load_priorities(path, content)
    assert len(opened.problems) == 1
    assert opened.problems[0].startswith(f"{path}: ")
    assert path.read_bytes() == original  # opening changes nothing
    report = save_priorities(path, _changed(content, 3), content, now=NOW)
    assert report.kept_aside == tmp_path / "priorities.broken-20261124T093000Z.toml"
    assert report.kept_aside.read_bytes() == original
    assert stat.S_IMODE(report.kept_aside.stat().st_mode) == 0o600
    assert load_priorities(path, content).problems == ()
    save_priorities(path, _changed(content, 4), content, now=NOW)
    assert report.kept_aside.read_bytes() == original  # later saves leave it alone


def test_a_kept_aside_copy_never_overwrites_another(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "priorities.toml"
    kept = []
    for number in range(3):
        path.write_bytes(f"format = 1\nbroken = {number}\n".encode())
        report = save_priorities(path, _changed(content, 3), content, now=NOW)
        assert report.kept_aside is not None
        kept.append(report.kept_aside)
    assert [p.name for p in kept] == [
        "priorities.broken-20261124T093000Z.toml",
        "priorities.broken-20261124T093000Z-2.toml",
        "priorities.broken-20261124T093000Z-3.toml",
    ]
    assert [p.read_text() for p in kept] == [f"format = 1\nbroken = {n}\n" for n in range(3)]


def test_a_newer_format_is_replaced_only_when_asked(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "priorities.toml"
    original = f"format = {FORMAT + 1}\nnew_idea = true\n".encode()
    path.write_bytes(original)
    with pytest.raises(NewerFormatError) as refused:
        save_priorities(path, _changed(content, 3), content)
    assert refused.value.found_format == FORMAT + 1
    assert path.read_bytes() == original
    report = save_priorities(path, _changed(content, 3), content, replace_newer=True, now=NOW)
    assert report.kept_aside == tmp_path / "priorities.newer-20261124T093000Z.toml"
    assert report.kept_aside.read_bytes() == original
    assert load_priorities(path, content).priorities == _changed(content, 3)


def _fail_with(monkeypatch: pytest.MonkeyPatch, name: str, code: int) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(f"laser_tui.files.toml_io.os.{name}", fail)


FAILURES = {
    "permission denied": ("replace", errno.EACCES),
    "the disk is read-only": ("replace", errno.EROFS),
    "the disk is full": ("fsync", errno.ENOSPC),
}


@pytest.mark.parametrize("why", FAILURES)
def test_a_failed_save_is_one_line_and_changes_nothing(
    content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, why: str
) -> None:
    step, code = FAILURES[why]
    path = tmp_path / "priorities.toml"
    save_priorities(path, _changed(content, 1), content)
    before = path.read_bytes()
    _fail_with(monkeypatch, step, code)
    with pytest.raises(InputProblem) as failed:
        save_priorities(path, _changed(content, 5), content)
    assert failed.value.lines == [f"Could not save to {path}: {why}."]
    assert path.read_bytes() == before
    left = {p.name for p in tmp_path.iterdir()}
    assert left <= {"priorities.toml", "priorities.toml.bak"}  # no temporary file left


def test_saving_onto_a_folder_is_one_line(content: Content, tmp_path: Path) -> None:
    with pytest.raises(InputProblem) as failed:
        save_priorities(tmp_path, _changed(content, 1), content)
    assert failed.value.lines == [f"Could not save to {tmp_path}: that is a folder, not a file."]


def test_a_path_typed_for_save_as_is_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "a-file").write_text("x")
    assert typed_path("  ") is None
    assert typed_path("~/p.toml") == tmp_path / "p.toml"
    assert save_path_problem(None) == "Type where to save, for example ~/priorities.toml"
    assert save_path_problem(tmp_path) == (
        "~ is a folder: add a file name, for example ~/priorities.toml"
    )
    assert save_path_problem(tmp_path / "nope" / "p.toml") == (
        "The folder ~/nope does not exist: choose one that does"
    )
    assert save_path_problem(tmp_path / "a-file" / "p.toml") == (
        "~/a-file is a file, not a folder: choose a folder"
    )
    assert save_path_problem(tmp_path / "a-file") == (
        "~/a-file already exists: press Enter again to replace it "
        "(a copy of the old one is kept), or type another name"
    )
    assert save_path_problem(tmp_path / "a-file", replacing=True) is None
    assert save_path_problem(tmp_path / "p.toml") is None
    monkeypatch.setattr("laser_tui.files.priorities_save.os.access", lambda *args: False)
    assert save_path_problem(tmp_path / "p.toml") == (
        "You cannot save in ~ (no permission): choose another folder"
    )
