"""Saving the person's priorities without ever losing a file: atomic, 0600, a .bak, bad files kept.

Before a save replaces a file that did not load cleanly, its bytes are copied to
``<name>.broken-<time>.toml`` (or ``<name>.newer-<time>.toml`` for a newer format, which is
only replaced when the caller says so); a file that loaded cleanly is copied to ``<name>.bak``.
"""

from __future__ import annotations

import datetime as dt
import errno
import itertools
import os
from dataclasses import dataclass
from pathlib import Path

from laser_tui.files.priorities_file import FORMAT, display_path, dump_priorities, load_priorities
from laser_tui.files.toml_io import atomic_write, write_new
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities
from laser_tui.model.problems import InputProblem

_WHY_NOT = {
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the disk is read-only",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EISDIR: "that is a folder, not a file",
    errno.ENOTDIR: "part of the path is a file, not a folder",
    errno.ENOENT: "the folder does not exist",
}


class NewerFormatError(Exception):
    """The file to replace was written by a newer laser-tui; replacing it needs the person's say."""

    def __init__(self, path: Path, found_format: int) -> None:
        super().__init__(
            f"{display_path(path)} was written by a newer laser-tui (format {found_format}; "
            f"this one writes format {FORMAT})"
        )
        self.path = path
        self.found_format = found_format


@dataclass(frozen=True)
class SaveReport:
    """Where a save went, and where the file it replaced was kept."""

    path: Path
    backup: Path | None = None
    """The previous version (``<name>.bak``), if there was one that loaded cleanly."""
    kept_aside: Path | None = None
    """The replaced file that had problems or a newer format, under a name that says so."""


def backup_path(path: Path) -> Path:
    """Where the previous version of ``path`` is kept."""
    return path.with_name(f"{path.name}.bak")


def keep_aside(path: Path, data: bytes, reason: str, now: dt.datetime) -> Path:
    """Copy ``data`` (the bytes of ``path``) to a new ``<stem>.<reason>-<time>.toml``.

    Never overwrites a file: a second copy in the same second gets ``-2``, and so on.
    """
    stamp = f"{now.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}"
    for number in itertools.count(1):
        extra = "" if number == 1 else f"-{number}"
        aside = path.with_name(f"{path.stem}.{reason}-{stamp}{extra}{path.suffix or '.toml'}")
        try:
            write_new(aside, data)
        except FileExistsError:
            continue
        return aside
    raise AssertionError("unreachable")  # pragma: no cover


def typed_path(text: str) -> Path | None:
    """The absolute path a person typed (``~`` for their home folder), or None if blank."""
    text = text.strip()
    return Path(text).expanduser().absolute() if text else None


def save_failure(path: Path, error: OSError) -> str:
    """One line saying why a save to ``path`` failed."""
    why = _WHY_NOT.get(error.errno or 0) or error.strerror or str(error)
    return f"Could not save to {display_path(path)}: {why}."


def save_priorities(
    path: Path,
    priorities: Priorities,
    content: Content,
    *,
    replace_newer: bool = False,
    now: dt.datetime | None = None,
) -> SaveReport:
    """Write ``priorities`` to ``path`` atomically (0600), keeping what it replaces.

    Raises ``NewerFormatError`` if the file there has a newer format and ``replace_newer`` is
    False, and ``InputProblem`` (one line) if the file cannot be written.
    """
    now = now or dt.datetime.now(dt.UTC)
    target = path.resolve()  # through a symbolic link, not over it
    text = dump_priorities(priorities, content, now).encode("utf-8")
    backup = kept_aside = None
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if target.is_file():
            old = target.read_bytes()
            existing = load_priorities(target, content)
            if existing.newer_format is not None and not replace_newer:
                raise NewerFormatError(target, existing.newer_format)
            if existing.newer_format is not None:
                kept_aside = keep_aside(target, old, "newer", now)
            elif existing.problems:
                kept_aside = keep_aside(target, old, "broken", now)
            else:
                backup = backup_path(target)
                atomic_write(backup, old)
        atomic_write(target, text)
    except OSError as error:
        raise InputProblem([save_failure(target, error)]) from None
    return SaveReport(target, backup, kept_aside)


def save_path_problem(path: Path | None, *, replacing: bool = False) -> str | None:
    """What stops a save to ``path`` (as typed, see ``typed_path``), or None if it can go ahead.

    An existing file is a problem until ``replacing`` is True (the person confirmed).
    """
    if path is None:
        return "Type where to save, for example ~/priorities.toml"
    shown, folder = display_path(path), display_path(path.parent)
    if path.is_dir():
        example = display_path(path / "priorities.toml")
        return f"{shown} is a folder: add a file name, for example {example}"
    checks = [
        (not path.parent.exists(), f"The folder {folder} does not exist: choose one that does"),
        (not path.parent.is_dir(), f"{folder} is a file, not a folder: choose a folder"),
        (
            not os.access(path.parent, os.W_OK | os.X_OK),
            f"You cannot save in {folder} (no permission): choose another folder",
        ),
        (
            path.exists() and not replacing,
            f"{shown} already exists: press Enter again to replace it "
            "(a copy of the old one is kept), or type another name",
        ),
    ]
    return next((message for failed, message in checks if failed), None)
