"""Reading and writing files: TOML in and out, atomically. No decisions are made here."""

from __future__ import annotations

import os
import tempfile
import tomllib
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from laser_tui.model.problems import InputProblem, toml_lines, validation_lines

if TYPE_CHECKING:
    from laser_tui.model.content import Content

_REPO_CONTENT = Path(__file__).resolve().parents[3] / "data" / "content.toml"


def shipped_content_path() -> Path:
    """The content file that ships with laser-tui (inside the wheel, or the source tree)."""
    packaged = resources.files("laser_tui") / "data" / "content.toml"
    if packaged.is_file():
        return Path(str(packaged))
    return _REPO_CONTENT


def read_toml(path: Path, fix: str = "fix it and try again", shown_as: str = "") -> dict[str, Any]:
    """Parse a TOML file, or raise ``InputProblem`` with one clear line naming it ``shown_as``."""
    name = shown_as or str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputProblem([f"{name}: no such file; check the path"]) from None
    except IsADirectoryError:
        raise InputProblem([f"{name}: is a folder, not a file; give a file's path"]) from None
    except OSError as error:
        raise InputProblem([f"{name}: cannot be read ({error.strerror}); check it"]) from None
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise InputProblem(
            [
                f"{name}: line {line}: byte {error.start + 1} is not UTF-8 text; "
                "save the file as UTF-8"
            ]
        ) from None
    except tomllib.TOMLDecodeError as error:
        raise InputProblem(toml_lines(name, error, fix)) from None


def load_content(path: Path | None = None) -> Content:
    """Load and validate a content file (the shipped one by default)."""
    # pydantic is imported here, not up front: the first screen is painted without it.
    from pydantic import ValidationError

    from laser_tui.model.content import Content

    source = path or shipped_content_path()
    data = read_toml(source, "fix the content file and try again")
    if not data:
        raise InputProblem(
            [f"{source}: is empty; fill in the content (see the README's content file format)"]
        )
    try:
        return Content.model_validate(data)
    except ValidationError as error:
        raise InputProblem(
            validation_lines(source, error, "fix the content file and try again")
        ) from None


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write ``data`` so that ``path`` holds either its old bytes or all the new ones.

    A temporary file in the same folder is written, flushed and fsynced, then renamed over
    ``path``; the folder is fsynced so the rename survives a crash.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, mode)
        _write_and_close(fd, data)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


def _write_and_close(fd: int, data: bytes) -> None:
    """Write all of ``data`` to the open file ``fd``, flush it to disk, and close it."""
    try:
        handle = os.fdopen(fd, "wb")
    except BaseException:
        os.close(fd)
        raise
    with handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


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
        _write_and_close(fd, data)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)
