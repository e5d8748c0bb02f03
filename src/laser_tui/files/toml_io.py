"""Reading and writing files: TOML in and out, atomically. No decisions are made here."""

from __future__ import annotations

import errno
import fcntl
import glob
import math
import os
import stat
import tempfile
import time
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from laser_tui.files.locations import shipped_content_path
from laser_tui.files.toml_limits import MAX_DEPTH, first_too_large, past_the_limits, too_deep
from laser_tui.files.written_values import WrittenValues
from laser_tui.language.catalogue import ENGLISH, N_, _, current
from laser_tui.model.problems import InputProblem, toml_lines, validation_lines
from laser_tui.model.safe_text import shorten

if TYPE_CHECKING:
    from laser_tui.model.content import Content

MAX_FILE_BYTES = 1024 * 1024
"""The largest file laser-tui reads (1 MiB): content, priorities, hand-overs and settings."""

_OPEN_FLAGS = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
_BOM = b"\xef\xbb\xbf"
_DEEP = N_("tables and lists are nested more than {depth} deep, more than laser-tui reads")
_FOLDER = N_("{name}: is a folder, not a file; give a file's path")
_UNREADABLE = N_("{name}: cannot be read ({reason}); check it")
WHY_NOT = {
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("permission denied"),
    errno.EROFS: N_("the disk is read-only"),
    errno.ENOSPC: N_("the disk is full"),
    errno.EDQUOT: N_("the disk quota is used up"),
    errno.EISDIR: N_("that is a folder, not a file"),
    errno.ENOTDIR: N_("part of the path is a file, not a folder"),
    errno.ENOENT: N_("the folder does not exist"),
}
"""Why a file could not be written, for the errors a person can do something about."""


def why_not(error: OSError) -> str:
    """Why a file could not be read or written: the system's own words in English; in another
    language the words of ``WHY_NOT``, else the error's number."""
    if current() == ENGLISH:
        return error.strerror or str(error)
    if error.errno in WHY_NOT:
        return _(WHY_NOT[error.errno])
    return _("system error {number}", number=error.errno or 0)


def _deep(name: str, fix: str, line: int | None = None) -> str:
    """One line for a file nested too deep to read."""
    deep = _(_DEEP, depth=MAX_DEPTH)
    if line is None:
        return _("{name}: {problem}; {fix}", name=name, problem=deep, fix=fix)
    return _("{name}: line {line}: {problem}; {fix}", name=name, line=line, problem=deep, fix=fix)


def read_limited(path: Path, name: str) -> bytes:
    """The bytes of the regular file ``path``, or ``InputProblem`` naming it ``name``.

    Only regular files are read (a pipe might never end, a device never stops), and only up
    to ``MAX_FILE_BYTES``: a larger file is not read at all.
    """
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise InputProblem([_("{name}: no such file; check the path", name=name)]) from None
    except IsADirectoryError:
        raise InputProblem([_(_FOLDER, name=name)]) from None
    except OSError as error:
        raise InputProblem([_(_UNREADABLE, name=name, reason=why_not(error))]) from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputProblem([_(_FOLDER, name=name)])
        raise InputProblem(
            [
                _(
                    "{name}: is not an ordinary file (a pipe or a device); give a file's path",
                    name=name,
                )
            ]
        )
    with os.fdopen(fd, "rb") as handle:
        try:
            raw = b"" if info.st_size > MAX_FILE_BYTES else handle.read(MAX_FILE_BYTES + 1)
        except OSError as error:
            raise InputProblem([_(_UNREADABLE, name=name, reason=why_not(error))]) from None
    size = max(info.st_size, len(raw))
    if size > MAX_FILE_BYTES:
        raise InputProblem(
            [
                _(
                    "{name}: is {size} bytes, more than laser-tui reads ({most} bytes); check that "
                    "it is the right file",
                    name=name,
                    size=whole(size),
                    most=whole(MAX_FILE_BYTES),
                )
            ]
        )
    return raw


def whole(count: int) -> str:
    """A whole number with its thousands marked: ``1,048,576``; ``1.048.576``."""
    if current() == ENGLISH:
        return f"{count:,}"
    from babel.numbers import format_decimal

    return str(format_decimal(count, locale=current()))


def read_document(
    path: Path, fix: str | None = None, shown_as: str = ""
) -> tuple[dict[str, Any], WrittenValues]:
    """Parse a TOML file, or raise ``InputProblem`` with one clear line naming it ``shown_as``
    (and what to do: by default, fix it and try again); with the parsed data comes how its
    values were written, for messages about them."""
    name = shown_as or str(path)
    raw = read_limited(path, name)
    return parse_toml(raw, name, fix), WrittenValues(raw)


def parse_toml(raw: bytes, name: str, fix: str | None = None) -> dict[str, Any]:
    """The TOML document in ``raw`` (a UTF-8 byte order mark is allowed), or ``InputProblem``."""
    fix = fix or _("fix it and try again")
    raw = raw.removeprefix(_BOM)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise InputProblem(
            [
                _(
                    "{name}: line {line}: byte {byte} is not UTF-8 text; save the file as UTF-8",
                    name=name,
                    line=line,
                    byte=error.start + 1,
                )
            ]
        ) from None
    deep = too_deep(text, MAX_DEPTH)
    if deep is not None:
        raise InputProblem([_deep(name, fix, deep)])
    try:
        data = tomllib.loads(text, parse_float=_finite_float)
    except _TooLarge as large:
        line = text[: max(text.find(large.written), 0)].count("\n") + 1
        raise InputProblem([_too_large_line(name, line, large.written, fix)]) from None
    except tomllib.TOMLDecodeError as error:
        raise InputProblem(toml_lines(name, error, fix)) from None
    except ValueError:  # a whole number of more digits than Python reads (4,300)
        raise InputProblem([_too_large_line(name, *_where_too_large(text), fix)]) from None
    except RecursionError:  # nesting that too_deep cannot see
        raise InputProblem([_deep(name, fix)]) from None
    past = past_the_limits(data, MAX_DEPTH)
    if past == "deep":
        raise InputProblem([_deep(name, fix)])
    if past == "large":
        raise InputProblem([_too_large_line(name, *_where_too_large(text), fix)])
    return data


def _where_too_large(text: str) -> tuple[int | None, str]:
    """The line and written form of the first whole number in ``text`` too large to use."""
    found = first_too_large(text)
    return found if found is not None else (None, "")


def _too_large_line(name: str, line: int | None, written: str, fix: str) -> str:
    """One line for a number too large to use: where, and its start as written."""
    if line is None and not written:
        return _("{name}: the number is too large to use; {fix}", name=name, fix=fix)
    if line is None:
        return _(
            "{name}: the number {number} is too large to use; {fix}",
            name=name,
            number=shorten(written, 30),
            fix=fix,
        )
    if not written:
        return _(
            "{name}: line {line}: the number is too large to use; {fix}",
            name=name,
            line=line,
            fix=fix,
        )
    return _(
        "{name}: line {line}: the number {number} is too large to use; {fix}",
        name=name,
        line=line,
        number=shorten(written, 30),
        fix=fix,
    )


class _TooLarge(ValueError):
    """A number in the file too large for a float (``1e309``), as it was written."""

    def __init__(self, written: str) -> None:
        super().__init__(written)
        self.written = written


def _finite_float(written: str) -> float:
    value = float(written)
    if math.isinf(value) and "inf" not in written:
        raise _TooLarge(written)
    return value


def load_content(path: Path | None = None) -> Content:
    """Load and validate a content file (the shipped one by default)."""
    # pydantic is imported here, not up front: the first screen is painted without it.
    from pydantic import ValidationError

    from laser_tui.model.content import Content
    from laser_tui.model.content_places import ContentPlaces

    source = path or shipped_content_path()
    fix = _("fix the content file and try again")
    data, written = read_document(source, fix)
    if not data:
        raise InputProblem(
            [_("{name}: is empty; fill in the content (see docs/content-file.md)", name=source)]
        )
    try:
        return Content.model_validate(data)
    except ValidationError as error:
        places = ContentPlaces(data, written.line)
        raise InputProblem(validation_lines(source, error, fix, written, places)) from None


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write ``data`` so that ``path`` holds either its old bytes or all the new ones.

    A temporary file in the same folder is written, flushed and fsynced, then renamed over
    ``path``; the folder is fsynced so the rename survives a crash. The temporary file is
    locked while it is written, so ``remove_leftovers`` can tell an interrupted save's file
    from one being written now.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.fchmod(fd, mode)
        _write_all(fd, data)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    finally:
        os.close(fd)
    _fsync_folder(path.parent)


LEFTOVER_SECONDS = 2.0
"""How old an unlocked temporary file must be before it counts as left over."""


def remove_leftovers(path: Path) -> list[Path]:
    """Remove the temporary files of saves to ``path`` that were interrupted (killed)."""
    removed = []
    now = time.time()
    for temporary in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        try:
            fd = os.open(temporary, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError:
            continue
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or now - info.st_mtime < LEFTOVER_SECONDS:
                continue
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # fails while a save writes it
            temporary.unlink()
            removed.append(temporary)
        except OSError:
            continue
        finally:
            os.close(fd)
    return removed


def _write_all(fd: int, data: bytes) -> None:
    """Write all of ``data`` to the open file ``fd`` and flush it to disk."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.fsync(fd)


def _fsync_folder(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` survive a crash."""
    directory = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def write_new(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Create ``path`` with ``data``, flushed to disk; raise FileExistsError if it exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        _write_all(fd, data)
    except BaseException:
        os.close(fd)
        path.unlink(missing_ok=True)
        raise
    os.close(fd)
    _fsync_folder(path.parent)
