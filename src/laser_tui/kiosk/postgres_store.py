"""Hand-overs in a PostgreSQL database, for a clinic whose machines differ or a chain of them.

Each call opens its own short connection (a kiosk hands over a few times an hour), so a database
restarted between two hand-overs is no fault. A new code is claimed by the primary key
(``clinic, code``): an insert that meets a live code does nothing and the next code is tried.
Each write is one statement, so one transaction: whole or not at all.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psycopg

from laser_tui.kiosk.handover import SUFFIX, new_code, typed_code
from laser_tui.kiosk.handover_store import StoreUnavailable
from laser_tui.kiosk.postgres_schema import schema_version, version_problem
from laser_tui.model.problems import InputProblem

if TYPE_CHECKING:
    from laser_tui.files.priorities_file import LoadedPriorities
    from laser_tui.kiosk.settings import KioskSettings
    from laser_tui.model.content import Content

PASSWORD_ENVIRONMENT_VARIABLE = "LASER_TUI_HANDOVER_PASSWORD"
CONNECT_TIMEOUT = 5
"""Seconds to wait for the database (libpq's least is 2): the patient waits this long at most."""
_ATTEMPTS = 50
MISS_WINDOW = "1 minute"
MISSES_KEPT = "1 hour"
NOT_OPENED = "nothing was opened"


class PostgresStore:
    """Hand-overs of one clinic (``clinic``) in the ``handovers`` table of a database."""

    def __init__(
        self,
        conninfo: str,
        clinic: str,
        retention_seconds: float,
        misses_per_minute: int,
        *,
        password: str | None = None,
        choice: Callable[[str], str] = secrets.choice,
    ) -> None:
        self.conninfo = conninfo
        self.clinic = clinic
        self.retention_seconds = retention_seconds
        self.misses_per_minute = misses_per_minute
        self.where = f"{conninfo} (clinic {clinic})"
        self._password = password
        self._choice = choice

    @classmethod
    def from_settings(cls, settings: KioskSettings) -> PostgresStore:
        """The store the kiosk configuration names, its password read (never connected yet)."""
        assert settings.handover_store is not None
        return cls(
            settings.handover_store,
            settings.clinic_id,
            settings.retention_seconds,
            settings.open_misses_per_minute,
            password=read_password(settings.handover_password_file),
        )

    def connect(self) -> psycopg.Connection[tuple[Any, ...]]:
        """A new connection (autocommit: each statement its own transaction)."""
        options: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT}
        if self._password is not None:
            options["password"] = self._password
        try:
            return psycopg.connect(
                self.conninfo, autocommit=True, application_name="laser-tui", **options
            )
        except psycopg.Error as error:
            raise unavailable(error) from None

    def prepare(self) -> None:
        """Reach the database and check its tables are the version this laser-tui uses."""
        try:
            with self.connect() as connection:
                problem = version_problem(schema_version(connection), self.conninfo)
        except (StoreUnavailable, psycopg.Error) as error:
            raise InputProblem([self.down_line(error, "start again once it can")]) from None
        if problem:
            raise InputProblem([problem])

    def save(self, data: bytes) -> str:
        """Insert under a fresh code; a code some live hand-over has is skipped by the key."""
        try:
            with self.connect() as connection:
                for _ in range(_ATTEMPTS):
                    code = new_code(self._choice)
                    claimed = connection.execute(
                        "INSERT INTO handovers (clinic, code, priorities) VALUES (%s, %s, %s) "
                        "ON CONFLICT (clinic, code) DO NOTHING RETURNING code",
                        (self.clinic, code, data),
                    ).fetchone()
                    if claimed is not None:
                        return code
        except psycopg.Error as error:
            raise unavailable(error) from None
        raise FileExistsError(f"{self.where}: no free hand-over code found; run handover-purge")

    def update(self, code: str, data: bytes) -> bool:
        """Replace the answers under ``code`` if it is still live (not past the retention)."""
        try:
            with self.connect() as connection:
                done = connection.execute(
                    "UPDATE handovers SET priorities = %s, saved_at = now() "
                    "WHERE clinic = %s AND code = %s AND saved_at >= now() - %s * interval '1s'",
                    (data, self.clinic, code, self.retention_seconds),
                )
                return done.rowcount == 1
        except psycopg.Error as error:
            raise unavailable(error) from None

    def holds(self, code: str) -> bool:
        """Whether ``code`` has a live hand-over."""
        try:
            with self.connect() as connection:
                return self._fetch(connection, code) is not None
        except psycopg.Error as error:
            raise unavailable(error) from None

    def _fetch(self, connection: psycopg.Connection[tuple[Any, ...]], code: str) -> bytes | None:
        row = connection.execute(
            "SELECT priorities FROM handovers WHERE clinic = %s AND code = %s "
            "AND saved_at >= now() - %s * interval '1s'",
            (self.clinic, code, self.retention_seconds),
        ).fetchone()
        return bytes(row[0]) if row is not None else None

    def open(self, typed: str, content: Content, who: str) -> LoadedPriorities:
        """The hand-over under a typed code; after too many misses from ``who`` in a minute,
        none (each miss is recorded, under a lock per account so none slips past)."""
        from laser_tui.files.priorities_file import priorities_from_bytes

        code = typed_code(typed)
        try:
            with self.connect() as connection:
                data, refused = self._open_counted(connection, code, who)
        except (StoreUnavailable, psycopg.Error) as error:
            raise InputProblem([self.down_line(error, f"{NOT_OPENED}; try again soon")]) from None
        if refused:
            raise InputProblem(
                [
                    f"{who}: {self.misses_per_minute} wrong hand-over codes in a minute; "
                    f"{NOT_OPENED}; wait a minute, then check the code with the patient"
                ]
            )
        if data is None:
            raise InputProblem(
                [
                    f"{self.where}: no hand-over with code {code}; check the code; old "
                    "hand-overs are deleted after the retention time"
                ]
            )
        loaded = priorities_from_bytes(data, Path(f"{code}{SUFFIX}"), content)
        if loaded.problems:
            again = "ask the patient to hand over again at the kiosk"
            raise InputProblem([*loaded.problems, f"hand-over {code}: {NOT_OPENED}; {again}"])
        return loaded

    def _open_counted(
        self, connection: psycopg.Connection[tuple[Any, ...]], code: str, who: str
    ) -> tuple[bytes | None, bool]:
        """The code's answers (None: no such code) and whether ``who`` is refused for now."""
        with connection.transaction():
            connection.execute(
                "SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (f"{self.clinic}/{who}",)
            )
            row = connection.execute(
                "SELECT count(*) FROM handover_open_misses WHERE clinic = %s AND who = %s "
                f"AND missed_at > now() - interval '{MISS_WINDOW}'",
                (self.clinic, who),
            ).fetchone()
            if row is not None and int(row[0]) >= self.misses_per_minute:
                return None, True
            data = self._fetch(connection, code)
            if data is None:
                connection.execute(
                    "INSERT INTO handover_open_misses (clinic, who) VALUES (%s, %s)",
                    (self.clinic, who),
                )
            return data, False

    def purge(self, older_than: float) -> int:
        """Delete this clinic's hand-overs older than ``older_than`` seconds (and old misses)."""
        try:
            with self.connect() as connection, connection.transaction():
                done = connection.execute(
                    "DELETE FROM handovers WHERE clinic = %s "
                    "AND saved_at < now() - %s * interval '1s'",
                    (self.clinic, older_than),
                )
                connection.execute(
                    "DELETE FROM handover_open_misses WHERE clinic = %s "
                    f"AND missed_at < now() - interval '{MISSES_KEPT}'",
                    (self.clinic,),
                )
                return done.rowcount
        except psycopg.Error as error:
            raise unavailable(error) from None

    def down_line(self, error: Exception, then: str) -> str:
        """One line for staff: the database could not be used, why, and what to do."""
        reason = error.detail if isinstance(error, StoreUnavailable) else first_line(error)
        return f"{self.where}: the hand-over database cannot be used ({reason}); {then}"


def first_line(error: Exception) -> str:
    """The first line of a driver's message, without libpq's hints."""
    text = str(error).strip().splitlines()
    return text[0].strip() if text else type(error).__name__


def unavailable(error: psycopg.Error) -> StoreUnavailable:
    """The driver's error as the OSError the kiosk tells the patient about."""
    return StoreUnavailable(first_line(error))


def read_password(path: Path | None) -> str | None:
    """The password from ``path`` (first line; others must not read it), else from
    $LASER_TUI_HANDOVER_PASSWORD; None: libpq looks for it itself (~/.pgpass)."""
    if path is None:
        return os.environ.get(PASSWORD_ENVIRONMENT_VARIABLE) or None
    fix = "fix handover_password_file in the kiosk configuration and start again"
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o007:
            raise InputProblem(
                [f"{path}: others can read this password file (mode {mode:o}); chmod 600 it"]
            )
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise InputProblem([f"{path}: cannot be read ({error.strerror}); {fix}"]) from None
    except UnicodeDecodeError:
        raise InputProblem([f"{path}: is not text; {fix}"]) from None
    if not lines or not lines[0]:
        raise InputProblem([f"{path}: its first line is empty; {fix}"])
    return lines[0]
