"""Shared fixtures: the shipped content, and a fresh app on it."""

from __future__ import annotations

import filecmp
import importlib.util
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, settings

from laser_tui.app import LaserApp
from laser_tui.clock import TODAY_VARIABLE
from laser_tui.files.locations import shipped_content_path
from laser_tui.files.toml_io import load_content
from laser_tui.language.catalogue import use
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities

if TYPE_CHECKING:
    from support.postgres import PostgresServer

# Property tests run on busy shared machines: a slow example is not a failure of the feature.
settings.register_profile("laser-tui", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("laser-tui")


@pytest.fixture(autouse=True)
def in_english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test, and every laser-tui it starts, begins in English (the default) whatever
    the machine's language, and whatever the test switched to."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    use("en")
    yield
    use("en")


FROZEN_TODAY = "2026-12-07"
"""The day every test runs on (the app and every laser-tui it starts read LASER_TUI_TODAY), so
that no golden or snapshot depends on the day the suite runs; .ci/run proves it under a shifted
clock."""


CLOCK_MODULES = frozenset(
    {
        "test_content",
        "test_content_parts",
        "test_handover",
        "test_kiosk_exit",
        "test_kiosk_settings",
        "test_plain_transcripts",
        "test_priorities_file",
        "test_priorities_format",
        "test_priorities_keep",
        "test_priorities_save",
        "test_quick_start",
        "test_review_due",
        "test_summary_cli",
        "test_summary_export",
        "test_summary_model",
        "test_summary_snapshots",
        "test_wording",
    }
)
"""The modules whose tests read, write or show a date or a file's age: marked `clock`, so that
.ci/run runs them again with the system clock more than a year ahead (faketime). In the modules
of screen snapshots, only the screens that show a date carry the mark (test_snapshots.py)."""


SOURCES = Path(__file__).parents[1] / "src" / "laser_tui"


def stale_install() -> str | None:
    """The first file in which the laser-tui the tests import differs from src/, or None.

    scripts/test installs laser-tui non-editable (as people get it) and reinstalls it when src/
    changes; a bare ``pytest`` would silently test the copy installed last time."""
    spec = importlib.util.find_spec("laser_tui")
    installed = Path(spec.origin).parent if spec and spec.origin else None
    if installed is None or installed.resolve() == SOURCES.resolve():
        return None

    def files(root: Path) -> set[str]:
        return {
            str(path.relative_to(root))
            for path in root.rglob("*")
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".mo"
        }  # a catalogue's .mo is compiled from its .po when laser-tui is built

    shipped = {  # the wheel's laser_tui/data/: the content in each language
        f"data/{path.name}": path for path in (SOURCES.parents[1] / "data").iterdir()
    }
    ours, theirs = files(SOURCES) | set(shipped), files(installed)
    source = {name: SOURCES / name for name in ours} | shipped
    differ = sorted(ours ^ theirs) or [
        name for name in sorted(ours) if not filecmp.cmp(source[name], installed / name, False)
    ]
    return differ[0] if differ else None


def pytest_configure(config: pytest.Config) -> None:
    """Refuse to test an installed laser-tui that is not the sources being edited (checked
    once, as the run starts: xdist's workers may start after an edit)."""
    if hasattr(config, "workerinput"):
        return
    stale = stale_install()
    if stale is not None:
        raise pytest.UsageError(
            f"The laser-tui installed in the environment differs from src/ ({stale}): run "
            "`bash scripts/test`, which reinstalls it before testing."
        )


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto`: one worker more than the cores this process may use. A quarter of the
    suite's time is spent waiting on other processes (a kiosk in a pseudo-terminal, tmux,
    Chromium, a server), which a spare worker fills; on a machine whose cores are all busy it
    costs nothing, since the tests wait on conditions, never on the clock."""
    return len(os.sched_getaffinity(0)) + 1


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the tests of CLOCK_MODULES `clock`."""
    for item in items:
        if item.module is not None and item.module.__name__ in CLOCK_MODULES:
            item.add_marker(pytest.mark.clock)


@pytest.fixture(autouse=True)
def _frozen_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test, and every process it starts, sees the same day."""
    monkeypatch.setenv(TODAY_VARIABLE, FROZEN_TODAY)


@pytest.fixture(autouse=True)
def _private_files(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never touch the real home: priorities and data files go to a fresh temporary folder."""
    home = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("LASER_TUI_PRIORITIES", str(home / "priorities.toml"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home))


@pytest.fixture(scope="session")
def content() -> Content:
    """The content file that ships with laser-tui (in English)."""
    return load_content(shipped_content_path("en"))


@pytest.fixture(scope="session")
def spanish_content() -> Content:
    """The Spanish content file that ships with laser-tui."""
    return load_content(shipped_content_path("es"))


@pytest.fixture
def in_spanish() -> None:
    """The test shows Spanish (``in_english`` puts English back after it)."""
    use("es")


@pytest.fixture(scope="session")
def content_path() -> Path:
    """Where the shipped (English) content file is."""
    return shipped_content_path("en")


@pytest.fixture
def make_app(content: Content) -> Callable[..., LaserApp]:
    """Build a LaserApp on the shipped content (keyword arguments go to LaserApp)."""

    def build(priorities: Priorities | None = None, **kwargs: object) -> LaserApp:
        return LaserApp(content, priorities, **kwargs)  # type: ignore[arg-type]

    return build


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A real PostgreSQL server of this test process's own (see support/postgres.py); the
    tests that need it are skipped, saying why, where Debian's postgresql is not installed."""
    pytest.importorskip("psycopg", reason="the postgres extra (requirements-postgres.lock)")
    from support.postgres import PostgresServer, postgres_binaries

    binaries = postgres_binaries()
    if binaries is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql; .ci/run does)")
    server = PostgresServer(binaries)
    yield server
    server.close()


@pytest.fixture
def database(postgres: PostgresServer) -> Iterator[str]:
    """A fresh, empty database on the test process's server: its connection string."""
    name = postgres.new_database()
    yield postgres.conninfo(name)
    postgres.drop_database(name)
