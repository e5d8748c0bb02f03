"""Saving keeps what the person wrote: comments, order, links, modes, and others' changes."""

from __future__ import annotations

import datetime as dt
import os
import stat
import time
from pathlib import Path

import pytest

from laser_tui.app import LaserApp
from laser_tui.files.priorities_dump import dump_priorities
from laser_tui.files.priorities_file import fingerprint, load_priorities
from laser_tui.files.priorities_save import save_priorities
from laser_tui.files.toml_io import LEFTOVER_SECONDS, atomic_write, remove_leftovers
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities
from laser_tui.model.problems import InputProblem

NOW = dt.datetime(2026, 11, 24, 9, 30, tzinfo=dt.UTC)


def _changed(content: Content, weight: int) -> Priorities:
    first = content.criteria[0].id
    return Priorities.defaults_for(content).with_counts(first, True).with_weight(first, weight)


def _edited(content: Content) -> str:
    """A priorities file the person edited by hand: their comments, their order."""
    ids = [c.id for c in content.criteria]
    tables = "".join(
        f"# my note on {criterion_id}\n[priorities.{criterion_id}]\nweight = 2 # why 2\n"
        f"matters = false\n\n"
        for criterion_id in reversed(ids)
    )
    return f"# my very own header\nformat = 1\n\n[readiness]\nsure = true # I think\n\n{tables}"


def test_comments_and_order_survive_a_save(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text(_edited(content))
    opened = load_priorities(path, content)
    assert opened.problems == ()
    first = content.criteria[0].id
    new = opened.priorities.with_weight(first, 5).with_readiness("support", True)
    save_priorities(path, new, content, now=NOW)
    text = path.read_text()
    assert "# my very own header" in text and "# I think" in text and "# why 2" in text
    ids = [c.id for c in content.criteria]
    assert all(f"# my note on {criterion_id}" in text for criterion_id in ids)
    where = [text.index(f"[priorities.{criterion_id}]") for criterion_id in reversed(ids)]
    assert where == sorted(where), "the person's order of tables is kept"
    assert text.index("[readiness]") < where[0]
    assert load_priorities(path, content).priorities == new
    save_priorities(path, _changed(content, 1), content, now=NOW)
    assert "# my very own header" in (tmp_path / "p.toml.bak").read_text()


def test_a_symlink_is_written_through_keeping_the_mode(content: Content, tmp_path: Path) -> None:
    target = tmp_path / "real" / "mine.toml"
    target.parent.mkdir()
    target.write_text(dump_priorities(_changed(content, 1), content))
    target.chmod(0o640)
    link = tmp_path / "link.toml"
    link.symlink_to(target)
    report = save_priorities(link, _changed(content, 4), content)
    assert link.is_symlink() and report.path == target
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert load_priorities(target, content).priorities == _changed(content, 4)


def test_a_read_only_file_is_not_replaced_and_that_is_said(
    content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "p.toml"
    path.write_text(dump_priorities(_changed(content, 1), content))
    path.chmod(0o444)
    before = path.read_bytes()
    with pytest.raises(InputProblem) as raised:
        save_priorities(path, _changed(content, 4), content)
    assert "read-only" in raised.value.lines[0]
    assert path.read_bytes() == before


def test_a_file_changed_since_it_was_opened_is_kept_aside(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    save_priorities(path, _changed(content, 1), content)
    opened = load_priorities(path, content)
    other = dump_priorities(_changed(content, 2), content).encode()
    path.write_bytes(other)  # another window saved meanwhile
    report = save_priorities(path, _changed(content, 4), content, expected=opened.digest)
    assert report.changed is not None and report.changed.read_bytes() == other
    assert report.digest == fingerprint(path.read_bytes())
    unchanged = save_priorities(path, _changed(content, 5), content, expected=report.digest)
    assert unchanged.changed is None


def test_leftovers_of_interrupted_saves_are_removed_next_time(
    content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "p.toml"
    old = time.time() - LEFTOVER_SECONDS - 10
    leftovers = [tmp_path / f".p.toml.{n}abc.tmp" for n in range(3)]
    for leftover in leftovers:
        leftover.write_text("half a save")
        os.utime(leftover, (old, old))
    unrelated = tmp_path / ".other.toml.x.tmp"
    unrelated.write_text("not ours")
    save_priorities(path, _changed(content, 1), content)
    assert not any(leftover.exists() for leftover in leftovers)
    assert unrelated.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".other.toml.x.tmp", "p.toml"]


def test_a_save_being_written_is_not_removed(tmp_path: Path) -> None:
    """A temporary file that a save holds (locked) is not a leftover, whatever its age."""
    import fcntl

    path = tmp_path / "p.toml"
    busy = tmp_path / ".p.toml.busy.tmp"
    busy.write_text("being written")
    old = time.time() - 100
    os.utime(busy, (old, old))
    with busy.open("rb") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        assert remove_leftovers(path) == []
    assert remove_leftovers(path) == [busy]
    atomic_write(path, b"format = 1\n")
    assert path.read_bytes() == b"format = 1\n"


async def test_the_app_says_when_someone_else_changed_the_file(
    content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "p.toml"
    save_priorities(path, _changed(content, 1), content)
    app = LaserApp(content, priorities_path=path)
    async with app.run_test(size=(80, 24)) as pilot:
        other = dump_priorities(_changed(content, 2), content).encode()
        path.write_bytes(other)
        await pilot.press("ctrl+s")
        await pilot.pause()
        said = " ".join(str(n.message) for n in app._notifications)
        assert "changed since laser-tui opened it" in said
        kept = [p for p in tmp_path.iterdir() if ".changed-" in p.name]
        assert len(kept) == 1 and kept[0].read_bytes() == other
        await pilot.press("ctrl+s")  # saving again: no one else changed it this time
        await pilot.pause()
        assert len([p for p in tmp_path.iterdir() if ".changed-" in p.name]) == 1


def test_other_hard_links_are_told_about(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    save_priorities(path, _changed(content, 1), content)
    other = tmp_path / "other-name.toml"
    os.link(path, other)
    before = other.read_bytes()
    report = save_priorities(path, _changed(content, 4), content)
    assert report.other_links == 1
    assert "other hard links still show the version before this save" in report.told()
    assert other.read_bytes() == before, "the other link keeps the old version, as told"
