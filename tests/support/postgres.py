"""A real PostgreSQL server for the hand-over store's tests: Debian's binaries, never a mock.

One server per test process (each xdist worker starts its own: they share nothing, so no lock is
needed): ``initdb`` into a private temporary folder, ``pg_ctl start`` listening only on a unix
socket in that folder (no TCP port at all, so two workers or a clinic's own server never meet),
as an unprivileged user: ``nobody`` through ``runuser`` when the tests run as root (PostgreSQL
refuses to run as root), the tests' own user otherwise. Stopped and deleted at the end.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PORT = 5433
"""Names the socket file only (``.s.PGSQL.5433`` in the private folder): nothing listens on TCP."""
SUPERUSER = "laser"
CLINIC_ROLE = "clinic_kiosk"
CLINIC_PASSWORD = "correct horse battery staple"
"""A role that must give its password (scram-sha-256), to test the password file."""
RUN_AS = "nobody"
_names = itertools.count()


def postgres_binaries() -> Path | None:
    """The folder of Debian's initdb and pg_ctl (the newest version), or None."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=_version)
    return Path(versions[-1]).parent if versions else None


def _version(path: str) -> int:
    part = Path(path).parts[-3]
    return int(part) if part.isdigit() else 0


def _as_server_user(command: list[str]) -> list[str]:
    """``command`` as the unprivileged user (PostgreSQL will not run as root)."""
    return ["runuser", "-u", RUN_AS, "--", *command] if os.geteuid() == 0 else command


class PostgresServer:
    """A private server: its folder, its socket and the commands that start and stop it."""

    def __init__(self, binaries: Path) -> None:
        self.binaries = binaries
        # In /tmp itself: the server's user must reach it, and a socket's path must be short.
        shared = "/tmp" if Path("/tmp").is_dir() else None
        self.root = Path(tempfile.mkdtemp(prefix="laser-tui-pg-", dir=shared))
        self.data = self.root / "data"
        self.socket = self.root / "socket"
        self.socket.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.root, RUN_AS)
            shutil.chown(self.socket, RUN_AS)
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "-A", "trust", "--no-sync",
                  "-E", "UTF8", "--no-locale")  # fmt: skip
        settings = {
            "listen_addresses": "''",
            "port": str(PORT),
            "unix_socket_directories": f"'{self.socket}'",
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "shared_buffers": "16MB",
            "max_connections": "200",
        }
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.writelines(f"{name} = {value}\n" for name, value in settings.items())
        (self.data / "pg_hba.conf").write_text(
            f"local all {SUPERUSER} trust\nlocal all all scram-sha-256\n", encoding="utf-8"
        )
        self.start()

    def _run(self, program: str, *args: str) -> None:
        command = _as_server_user([str(self.binaries / program), *args])
        done = subprocess.run(command, capture_output=True, text=True, timeout=90, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{program} failed: {done.stdout}{done.stderr}")

    def start(self) -> None:
        """Start the server and wait until it takes connections."""
        log = str(self.root / "server.log")
        self._run("pg_ctl", "-D", str(self.data), "-l", log, "-w", "-t", "60", "start")

    def stop(self) -> None:
        """Stop the server (fast: open connections are ended) and wait until it has."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "-t", "60", "stop")

    @contextmanager
    def stopped(self) -> Iterator[None]:
        """The server down for the block, then up again (other tests in this process use it)."""
        self.stop()
        try:
            yield
        finally:
            self.start()

    def conninfo(self, database: str, user: str = SUPERUSER) -> str:
        """A connection string for ``database`` over the private socket (no password in it)."""
        return f"postgresql://{user}@/{database}?host={self.socket}&port={PORT}"

    def new_database(self) -> str:
        """A fresh, empty database; its name."""
        import psycopg

        name = f"handovers_{os.getpid()}_{next(_names)}"
        with psycopg.connect(self.conninfo("postgres"), autocommit=True) as connection:
            connection.execute(f"CREATE DATABASE {name}")
        return name

    def drop_database(self, name: str) -> None:
        """Drop ``name``, ending any connection left to it."""
        import psycopg

        with psycopg.connect(self.conninfo("postgres"), autocommit=True) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def make_password_role(self) -> None:
        """The clinic's role, with a password and the rights a kiosk needs (idempotent)."""
        import psycopg

        with psycopg.connect(self.conninfo("postgres"), autocommit=True) as connection:
            exists = connection.execute(
                "SELECT 1 FROM pg_roles WHERE rolname = %s", (CLINIC_ROLE,)
            ).fetchone()
            if exists is None:
                connection.execute(f"CREATE ROLE {CLINIC_ROLE} LOGIN PASSWORD '{CLINIC_PASSWORD}'")

    def close(self) -> None:
        """Stop the server and delete its folder."""
        try:
            self.stop()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
