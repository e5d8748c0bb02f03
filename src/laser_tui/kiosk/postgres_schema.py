"""The hand-over database's tables, made and migrated by `laser-tui handover-store init`.

``laser_tui_schema`` holds one row: the version the tables are at. Version N means the first N
entries of ``MIGRATIONS`` were applied, each in the one transaction that recorded it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from laser_tui.kiosk.handover import CODE_ALPHABET, CODE_LENGTH
from laser_tui.model.problems import InputProblem

if TYPE_CHECKING:
    import psycopg

MAX_HANDOVER_BYTES = 256 * 1024
"""A priorities file is a few kilobytes; a row is refused well before it could fill a disk."""
INIT_LOCK = 70_291_001
"""The advisory lock two `handover-store init` runs take, so only one migrates at a time."""

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        "CREATE TABLE laser_tui_schema ("
        " single boolean PRIMARY KEY DEFAULT true CHECK (single),"
        " version integer NOT NULL)",
        # Only ids, weights and answers: the priorities file's bytes; no name, no address.
        "CREATE TABLE handovers ("
        " clinic text NOT NULL CHECK (clinic ~ '^[a-z0-9][a-z0-9-]{0,39}$'),"
        f" code text NOT NULL CHECK (code ~ '^[{CODE_ALPHABET}]{{{CODE_LENGTH}}}$'),"
        " saved_at timestamptz NOT NULL DEFAULT now(),"
        f" priorities bytea NOT NULL CHECK (octet_length(priorities) <= {MAX_HANDOVER_BYTES}),"
        " PRIMARY KEY (clinic, code))",
        "CREATE INDEX handovers_saved_at ON handovers (saved_at)",
        "CREATE TABLE handover_open_misses ("
        " clinic text NOT NULL, who text NOT NULL, missed_at timestamptz NOT NULL DEFAULT now())",
        "CREATE INDEX handover_open_misses_by_who ON handover_open_misses (clinic, who, missed_at)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)
INIT = "run `laser-tui handover-store init` (as the database's owner)"


def schema_version(connection: psycopg.Connection[tuple[object, ...]]) -> int | None:
    """The version the tables are at; None when laser-tui's tables are not there."""
    found = connection.execute("SELECT to_regclass('laser_tui_schema')").fetchone()
    if found is None or found[0] is None:
        return None
    row = connection.execute("SELECT version FROM laser_tui_schema").fetchone()
    return int(str(row[0])) if row is not None else 0


def version_problem(version: int | None, where: str) -> str | None:
    """One line when tables at ``version`` are not what this laser-tui uses; None when they are."""
    if version is None:
        return f"{where}: has no laser-tui hand-over tables yet; {INIT}"
    if version > SCHEMA_VERSION:
        return (
            f"{where}: its hand-over tables are at version {version}, newer than this laser-tui "
            f"knows ({SCHEMA_VERSION}); upgrade laser-tui on this machine"
        )
    if version < 1:
        return (
            f"{where}: its hand-over tables record version {version}, which no laser-tui wrote; "
            "check the database (laser_tui_schema) before anything else"
        )
    if version < SCHEMA_VERSION:
        older = f"older than {SCHEMA_VERSION}"
        return f"{where}: its hand-over tables are at version {version}, {older}; {INIT}"
    return None


def init_schema(connection: psycopg.Connection[tuple[object, ...]], where: str) -> str:
    """Make or migrate the tables in one transaction; a line that says what was done."""
    with connection.transaction():
        connection.execute("SELECT pg_advisory_xact_lock(%s)", (INIT_LOCK,))
        version = schema_version(connection)
        if version is not None and (version > SCHEMA_VERSION or version < 1):
            problem = version_problem(version, where)
            raise InputProblem([problem or where])
        start = version or 0
        for statements in MIGRATIONS[start:]:
            for statement in statements:
                connection.execute(statement)
        if start == SCHEMA_VERSION:
            return f"{where}: the hand-over tables are at version {SCHEMA_VERSION}; nothing to do"
        connection.execute(
            "INSERT INTO laser_tui_schema (version) VALUES (%s) "
            "ON CONFLICT (single) DO UPDATE SET version = excluded.version",
            (SCHEMA_VERSION,),
        )
    made = "made" if version is None else f"migrated from version {version}"
    return f"{where}: the hand-over tables were {made} (version {SCHEMA_VERSION})"
