"""Saving the person's priorities without ever losing a file: atomic, 0600, a .bak, bad files kept.

Before a save replaces a file that did not load cleanly, its bytes are copied to
``<name>.broken-<time>.toml`` (or ``<name>.newer-<time>.toml`` for a newer format, which is
only replaced when the caller says so); a file that loaded cleanly is copied to ``<name>.bak``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import itertools
import os
import stat
from pathlib import Path

from laser_tui.files.priorities_dump import dump_priorities
from laser_tui.files.priorities_file import (
    FORMAT,
    NO_FILE,
    display_path,
    fingerprint,
    priorities_from_bytes,
)
from laser_tui.files.priorities_update import updated_text
from laser_tui.files.toml_io import WHY_NOT, atomic_write, remove_leftovers, why_not, write_new
from laser_tui.language.catalogue import _
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities
from laser_tui.model.problems import InputProblem
from laser_tui.model.safe_text import safe_text


class NewerFormatError(Exception):
    """The file to replace was written by a newer laser-tui; replacing it needs the person's say."""

    def __init__(self, path: Path, found_format: int) -> None:
        super().__init__(
            _(
                "{path} was written by a newer laser-tui (format {found}; this one writes format "
                "{format})",
                path=display_path(path),
                found=found_format,
                format=FORMAT,
            )
        )
        self.path = path
        self.found_format = found_format


@dataclasses.dataclass(frozen=True)
class SaveReport:
    """Where a save went, and where the file it replaced was kept."""

    path: Path
    backup: Path | None = None
    """The previous version (``<name>.bak``), if there was one that loaded cleanly."""
    kept_aside: Path | None = None
    """The replaced file that had problems or a newer format, under a name that says so."""
    changed: Path | None = None
    """The version someone else saved after this one was opened, kept aside."""
    removed: bool = False
    """The file had been removed (or moved away) since it was opened; it is saved again."""
    other_links: int = 0
    """Other hard links to the replaced file, which still show its old version."""
    digest: str = ""
    """The fingerprint of what was written, to tell later whether someone else changed it."""

    def told(self) -> str:
        """What the person is told: where it went, and where anything it replaced was kept."""
        sentences = [_("Saved to {path}", path=display_path(self.path))]
        if self.removed:
            sentences.append(
                _(
                    "The file was removed since laser-tui opened it (in another window?): it is "
                    "saved there again"
                )
            )
        if self.changed is not None:
            sentences.append(
                _(
                    "The file had been changed since laser-tui opened it (in another window?): "
                    "that version is kept as {name}",
                    name=self.changed.name,
                )
            )
        if self.kept_aside is not None:
            sentences.append(_("The file it replaced is kept as {name}", name=self.kept_aside.name))
        if self.other_links:
            sentences.append(_("Its other hard links still show the version before this save"))
        return safe_text(". ".join(sentences))


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
    why = _(WHY_NOT[error.errno]) if error.errno in WHY_NOT else why_not(error)
    return _("Could not save to {path}: {reason}.", path=display_path(path), reason=why)


def save_priorities(
    path: Path,
    priorities: Priorities,
    content: Content,
    *,
    replace_newer: bool = False,
    now: dt.datetime | None = None,
    expected: str = "",
) -> SaveReport:
    """Write ``priorities`` to ``path`` atomically, keeping what it replaces.

    A symbolic link is written through (its target is replaced, keeping its mode); a new file
    is 0600. An existing file that loaded cleanly is updated in place, so the person's comments
    and order stay. ``expected`` is the fingerprint of the file when it was opened (see
    ``fingerprint``; empty: not checked): if the file changed since, that version is kept
    aside first. Raises ``NewerFormatError`` if the file there has a newer format and
    ``replace_newer`` is False, and ``InputProblem`` (one line) if it is not written.
    """
    now = now or dt.datetime.now(dt.UTC)
    target = path.resolve()  # through a symbolic link, not over it
    text = dump_priorities(priorities, content, now)
    mode, report = 0o600, SaveReport(target, removed=expected not in ("", NO_FILE))
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        remove_leftovers(target)
        if target.exists():
            mode = _writable_mode(target)
            old = target.read_bytes()
            text, report = _replacing(
                target,
                old,
                text,
                priorities=priorities,
                content=content,
                now=now,
                replace_newer=replace_newer,
                expected=expected,
            )
        data = text.encode("utf-8")
        atomic_write(target, data, mode)
    except OSError as error:
        raise InputProblem([save_failure(target, error)]) from None
    return dataclasses.replace(report, digest=fingerprint(data))


def _writable_mode(target: Path) -> int:
    """The mode of the file to replace; ``InputProblem`` when it must not be replaced."""
    info = target.stat()
    shown = display_path(target)
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder")
    if not stat.S_ISREG(info.st_mode):
        raise InputProblem([_("Could not save to {path}: it is not an ordinary file.", path=shown)])
    if os.statvfs(target).f_flag & os.ST_RDONLY:
        raise OSError(errno.EROFS, "read-only file system")
    if not info.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise InputProblem(
            [
                _(
                    "Did not save to {path}: the file is read-only (make it writable to save "
                    "there).",
                    path=shown,
                )
            ]
        )
    return stat.S_IMODE(info.st_mode)


def _replacing(
    target: Path,
    old: bytes,
    text: str,
    *,
    priorities: Priorities,
    content: Content,
    now: dt.datetime,
    replace_newer: bool,
    expected: str,
) -> tuple[str, SaveReport]:
    """The text to write over ``target`` (holding ``old``; ``text`` is a fresh file) and
    where its old bytes went."""
    existing = priorities_from_bytes(old, target, content)
    if existing.newer_format is not None and not replace_newer:
        raise NewerFormatError(target, existing.newer_format)
    changed = None
    if expected and fingerprint(old) != expected:
        changed = keep_aside(target, old, "changed", now)
    if existing.newer_format is not None or existing.problems:  # kept once, under one name
        reason = "newer" if existing.newer_format is not None else "broken"
        aside = None if changed else keep_aside(target, old, reason, now)
        return text, SaveReport(target, kept_aside=aside, changed=changed)
    backup = backup_path(target)
    atomic_write(backup, old)
    in_place = updated_text(old.decode("utf-8-sig"), priorities, content, now, target)
    links = target.stat().st_nlink
    return in_place or text, SaveReport(target, backup, changed=changed, other_links=links - 1)


def save_path_problem(path: Path | None, *, replacing: bool = False) -> str | None:
    """What stops a save to ``path`` (as typed, see ``typed_path``), or None if it can go ahead.

    An existing file is a problem until ``replacing`` is True (the person confirmed).
    """
    if path is None:
        return _("Type where to save, for example ~/priorities.toml")
    shown, folder = display_path(path), display_path(path.parent)
    if path.is_dir():
        example = display_path(path / "priorities.toml")
        return _(
            "{path} is a folder: add a file name, for example {example}",
            path=shown,
            example=example,
        )
    checks = [
        (
            not path.parent.exists(),
            _("The folder {folder} does not exist: choose one that does", folder=folder),
        ),
        (
            not path.parent.is_dir(),
            _("{folder} is a file, not a folder: choose a folder", folder=folder),
        ),
        (
            not os.access(path.parent, os.W_OK | os.X_OK),
            _("You cannot save in {folder} (no permission): choose another folder", folder=folder),
        ),
        (
            path.exists() and not replacing,
            _(
                "{path} already exists: press Enter again to replace it (a copy of the old one "
                "is kept), or type another name",
                path=shown,
            ),
        ),
    ]
    return next((message for failed, message in checks if failed), None)
