"""Hand-over files: a patient's priorities saved under a short random code for the clinician.

Codes use only characters that cannot be mistaken for one another (no 0/O, 1/I/L, 8/B) and that
Textual's large ``Digits`` can draw. A new code's file is claimed with O_EXCL before the
priorities are written atomically over the claim; a session that hands over again keeps its code
and has its file replaced atomically (``update_handover``).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import secrets
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from laser_tui.files.toml_io import atomic_write
from laser_tui.language.catalogue import _
from laser_tui.model.problems import InputProblem

if TYPE_CHECKING:
    from laser_tui.files.priorities_file import LoadedPriorities
    from laser_tui.model.content import Content
    from laser_tui.model.priorities import Priorities

CODE_ALPHABET = "23456789ACDEF"
CODE_LENGTH = 6
SUFFIX = ".toml"
_ATTEMPTS = 50
MAX_TYPED = 20
"""A typed code longer than this is refused without being shown."""
_CODE_FILE = re.compile(rf"^\.?[{CODE_ALPHABET}]{{{CODE_LENGTH}}}{re.escape(SUFFIX)}(\..*\.tmp)?$")


def new_code(choice: Callable[[str], str] = secrets.choice) -> str:
    """A fresh random code (``choice`` picks each character; ``secrets.choice`` by default)."""
    return "".join(choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def spaced(code: str) -> str:
    """A code as people read it aloud: two groups of three."""
    half = len(code) // 2
    return f"{code[:half]} {code[half:]}"


def normalise_code(text: str) -> str | None:
    """A typed code in its stored form (upper case, no spaces or dashes), or None if invalid."""
    code = re.sub(r"[\s-]", "", text).upper()
    valid = len(code) == CODE_LENGTH and all(c in CODE_ALPHABET for c in code)
    return code if valid else None


def handover_line(loaded: LoadedPriorities) -> str:
    """What ties a hand-over's paper to the patient: its code and when it was handed over."""
    from laser_tui.model.home_content import day_words

    code = spaced(loaded.path.stem)
    if loaded.saved_at is None:
        return _("Hand-over {code}.", code=code)
    when = loaded.saved_at.astimezone()
    return _(
        "Hand-over {code}, handed over {day} at {time}.",
        code=code,
        day=day_words(when.date()),
        time=f"{when:%H:%M}",
    )


def handover_path(folder: Path, code: str) -> Path:
    """The file that holds the hand-over with ``code``."""
    return folder / f"{code}{SUFFIX}"


def handover_bytes(priorities: Priorities, content: Content) -> bytes:
    """A hand-over file's bytes: a priorities file, stamped with the time it was handed over."""
    from laser_tui.files.priorities_dump import dump_priorities

    return dump_priorities(priorities, content, saved_at=dt.datetime.now(dt.UTC)).encode()


def read_handover(path: Path, content: Content) -> LoadedPriorities:
    """The priorities in a hand-over file; InputProblem, one line per problem, if it is damaged."""
    from laser_tui.files.priorities_file import load_priorities

    if path.is_file() and path.stat().st_size == 0:
        raise InputProblem(
            [
                _(
                    "{path}: this hand-over was never finished; nothing was opened; ask the "
                    "patient to hand over again at the kiosk",
                    path=path,
                )
            ]
        )
    loaded = load_priorities(path, content)
    if loaded.problems:
        again = _(
            "{path}: nothing was opened; ask the patient to hand over again at the kiosk",
            path=path,
        )
        raise InputProblem([*loaded.problems, again])
    return loaded


def prepare_folder(folder: Path) -> None:
    """Make sure the hand-over folder exists and can be written; InputProblem says why not."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except FileExistsError:
        line = _(
            "{folder}: is a file, not a folder; check the hand-over folder (handover_dir, "
            "--handover-dir) and start again",
            folder=folder,
        )
        raise InputProblem([line]) from None
    except OSError as error:
        line = _(
            "{folder}: cannot be made ({reason}); check the hand-over folder (handover_dir, "
            "--handover-dir) and start again",
            folder=folder,
            reason=error.strerror,
        )
        raise InputProblem([line]) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        line = _(
            "{folder}: cannot be written (permission denied); check the hand-over folder "
            "(handover_dir, --handover-dir) and start again",
            folder=folder,
        )
        raise InputProblem([line])
    check_folder(folder, must_own=True)


def check_folder(folder: Path, must_own: bool) -> None:
    """Refuse a hand-over folder others could plant or swap files in: one that is not a real
    folder, is writable by others, or (``must_own``: the kiosk) belongs to another user."""
    try:
        info = os.lstat(folder)
    except FileNotFoundError:
        return
    except OSError as error:
        line = _("{folder}: cannot be checked ({reason})", folder=folder, reason=error.strerror)
        raise InputProblem([line]) from None
    mode = stat.S_IMODE(info.st_mode)
    if not stat.S_ISDIR(info.st_mode):
        raise InputProblem(
            [
                _(
                    "{folder}: is not a folder (a link?); name the real hand-over folder",
                    folder=folder,
                )
            ]
        )
    if mode & stat.S_IWOTH:
        raise InputProblem(
            [
                _(
                    "{folder}: anyone can write to it (mode {mode}); run chmod o-w {folder}",
                    folder=folder,
                    mode=f"{mode:04o}",
                )
            ]
        )
    if must_own and info.st_uid != os.getuid():
        raise InputProblem(
            [
                _(
                    "{folder}: belongs to another user (uid {owner}), not to this kiosk (uid "
                    "{kiosk}); give the kiosk user a folder of its own",
                    folder=folder,
                    owner=info.st_uid,
                    kiosk=os.getuid(),
                )
            ]
        )


def save_handover(folder: Path, data: bytes, choice: Callable[[str], str] = secrets.choice) -> str:
    """Save ``data`` (mode 0600) under a new code that no file in ``folder`` has; the code.

    Raises OSError when the folder cannot be written.
    """
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    for _attempt in range(_ATTEMPTS):
        code = new_code(choice)
        path = handover_path(folder, code)
        try:
            claim = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        os.close(claim)
        try:
            atomic_write(path, data, 0o600)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return code
    raise FileExistsError(f"{folder}: no free hand-over code found; delete old hand-over files")


def update_handover(folder: Path, code: str, data: bytes) -> bool:
    """Replace the hand-over under ``code`` with ``data`` (atomically, mode 0600); False, and
    nothing written, when that file is no longer there (deleted after the retention time).

    Raises OSError when the folder cannot be written.
    """
    path = handover_path(folder, code)
    if path.is_symlink() or not path.is_file():
        return False
    atomic_write(path, data, 0o600)
    return True


def typed_code(typed: str) -> str:
    """A typed code in its stored form; InputProblem with one clear line if it is not a code."""
    code = normalise_code(typed) if len(typed) <= MAX_TYPED else None
    if code is None:
        letters = " ".join(CODE_ALPHABET)
        if not typed.strip():
            line = _(
                "an empty code is not a hand-over code: codes have {length} characters from "
                "{letters}; check the code and try again",
                length=CODE_LENGTH,
                letters=letters,
            )
        elif len(typed) > MAX_TYPED:
            line = _(
                "a code of {count} characters is not a hand-over code: codes have {length} "
                "characters from {letters}; check the code and try again",
                count=f"{len(typed):,}",
                length=CODE_LENGTH,
                letters=letters,
            )
        else:
            line = _(
                "{typed} is not a hand-over code: codes have {length} characters from "
                "{letters}; check the code and try again",
                typed=repr(typed[:MAX_TYPED]),
                length=CODE_LENGTH,
                letters=letters,
            )
        raise InputProblem([line])
    return code


def find_handover(folder: Path, typed: str) -> Path:
    """The hand-over file for a typed code; InputProblem with one clear line if there is none."""
    code = typed_code(typed)
    check_folder(folder, must_own=False)
    path = handover_path(folder, code)
    if path.is_symlink():
        raise InputProblem([_("{path}: is a link, not a hand-over; nothing was opened", path=path)])
    if not path.is_file():
        raise InputProblem(
            [
                _(
                    "{folder}: no hand-over with code {code}; check the code and the hand-over "
                    "folder (--handover-dir); old hand-overs are deleted after the retention "
                    "time",
                    folder=folder,
                    code=code,
                )
            ]
        )
    return path


def purge_handovers(
    folder: Path, older_than: float, now: Callable[[], float] = time.time
) -> list[Path]:
    """Delete hand-over files (and stray temporary files) older than ``older_than`` seconds.

    Only files named like hand-overs are touched. Returns the deleted paths.
    """
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return []
    cutoff = now() - older_than
    deleted = []
    for entry in entries:
        if not _CODE_FILE.match(entry.name) or not entry.is_file(follow_symlinks=False):
            continue
        try:
            if entry.stat(follow_symlinks=False).st_mtime < cutoff:
                os.unlink(entry.path)
                deleted.append(Path(entry.path))
        except FileNotFoundError:
            continue
    return deleted
