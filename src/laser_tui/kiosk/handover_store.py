"""Where hand-overs are kept: a folder (the default) or a PostgreSQL database (``handover_store``).

Both stores keep the same promises: a code is never reused while its hand-over lives, a
hand-over is written whole or not at all, it is deleted after the retention time, and only the
priorities file's ids, weights and answers are kept. Only the folder store is imported here: the
PostgreSQL store (and its driver) loads only when the kiosk configuration names a database.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from laser_tui.kiosk import handover
from laser_tui.model.problems import InputProblem

if TYPE_CHECKING:
    from laser_tui.files.priorities_file import LoadedPriorities
    from laser_tui.kiosk.settings import KioskSettings
    from laser_tui.model.content import Content

MISSING_POSTGRES = (
    "handover_store names a PostgreSQL database, and this Python lacks the postgres extra: "
    "pip install 'laser-tui[postgres]' (in a clone: .venv/bin/pip install -r "
    "requirements-postgres.lock), then start again"
)


class StoreUnavailable(ConnectionError):
    """The store could not be reached or used: ``strerror`` in plain words for the patient,
    ``detail`` (the driver's first line) for staff and the log."""

    def __init__(self, detail: str) -> None:
        super().__init__(0, "the clinic's hand-over store cannot be reached")
        self.detail = detail


class HandoverStore(Protocol):
    """What the kiosk, ``--open``, ``summary --open`` and the clean-up need of a store."""

    where: str
    """The store as staff name it in messages (a folder, or a database without a password)."""

    def prepare(self) -> None:
        """Check the store can take hand-overs now; InputProblem (one line) says why not."""

    def save(self, data: bytes) -> str:
        """Keep ``data`` under a new code no live hand-over has; the code. OSError if not kept."""

    def update(self, code: str, data: bytes) -> bool:
        """Replace the hand-over under ``code`` whole; False (nothing written) if it is gone."""

    def holds(self, code: str) -> bool:
        """Whether a live hand-over has ``code``."""

    def open(self, typed: str, content: Content, who: str) -> LoadedPriorities:
        """The hand-over under a typed code, opened by staff ``who``; InputProblem if not."""

    def purge(self, older_than: float) -> int:
        """Delete hand-overs older than ``older_than`` seconds; how many were deleted."""


class FolderStore:
    """Hand-over files (0600) in one folder of the kiosk's machine."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.where = str(folder)

    def prepare(self) -> None:
        """Make the folder if needed, and refuse one others could plant files in."""
        handover.prepare_folder(self.folder)

    def save(self, data: bytes) -> str:
        """A new file, claimed with O_EXCL, then written atomically."""
        return handover.save_handover(self.folder, data)

    def update(self, code: str, data: bytes) -> bool:
        """The file replaced atomically, if it is still there."""
        return handover.update_handover(self.folder, code, data)

    def holds(self, code: str) -> bool:
        """Whether the code's file is there."""
        return handover.handover_path(self.folder, code).is_file()

    def open(self, typed: str, content: Content, who: str) -> LoadedPriorities:
        """The code's file, read (no limit on misses: the folder is on this machine)."""
        return handover.read_handover(handover.find_handover(self.folder, typed), content)

    def purge(self, older_than: float) -> int:
        """Files older than ``older_than`` seconds deleted."""
        return len(handover.purge_handovers(self.folder, older_than))


def store_for(settings: KioskSettings) -> HandoverStore:
    """The store the kiosk configuration names (nothing is connected yet)."""
    if settings.handover_store is None:
        return FolderStore(settings.handover_dir)
    try:
        from laser_tui.kiosk.postgres_store import PostgresStore
    except ImportError:
        raise InputProblem([MISSING_POSTGRES]) from None
    return PostgresStore.from_settings(settings)


def staff_account() -> str:
    """Who is opening a code, for the limit on misses: the login and this machine's name."""
    import getpass
    import socket

    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return f"{user}@{socket.gethostname()}"
