"""Start-up imports only what the first screen needs; every other screen loads when opened."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

import pytest
from textual.screen import Screen

from laser_tui.app import LaserApp
from laser_tui.screens.named import SCREENS, screen_class

OPENED_LATER = (
    "laser_tui.screens.checklist",
    "laser_tui.screens.dialogs.choice",
    "laser_tui.screens.compare",
    "laser_tui.screens.decision",
    "laser_tui.screens.dialogs.file_messages",
    "laser_tui.screens.help",
    "laser_tui.screens.other_options",
    "laser_tui.screens.readiness",
    "laser_tui.screens.dialogs.save_as",
    "laser_tui.screens.summary",
    "laser_tui.screens.summary_files",
    "laser_tui.screens.treatment",
)


EXPORTS = ("laser_tui.export", "typst", "fhir", "pypdf", "psycopg")
"""The PDF and FHIR exports and their libraries, and the hand-over database's driver: loaded
only when someone exports, or a kiosk configuration names a database."""


def test_starting_the_app_imports_no_screen_but_home() -> None:
    code = (
        "import sys\n"
        "import laser_tui.cli.main\n"
        "from laser_tui.app import LaserApp\n"
        "from laser_tui.files.toml_io import load_content\n"
        "app = LaserApp(load_content())\n"
        "app.get_default_screen()\n"
        "print(' '.join(m for m in sys.modules if m.startswith('laser_tui.screens.')))\n"
        f"print(' '.join(m for m in sys.modules if m.split('.')[0] in {EXPORTS!r}"
        " or m.startswith('laser_tui.export')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    screens, exports = result.stdout.split("\n")[:2]
    imported = set(screens.split())
    assert "laser_tui.screens.home" in imported
    assert imported.isdisjoint(OPENED_LATER)
    assert exports == "", "no export module or library at start-up"


@pytest.mark.parametrize("name", sorted(SCREENS))
def test_every_named_screen_resolves_to_a_screen(name: str) -> None:
    assert issubclass(screen_class(name), Screen)


async def test_opening_a_screen_by_key_loads_it(make_app: Callable[..., LaserApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("w")
        assert type(app.screen).__name__ == "DecisionScreen"
        await pilot.press("1")
        assert type(app.screen).__name__ == "TreatmentScreen"
        await pilot.press("question_mark")
        assert type(app.screen).__name__ == "HelpDialog"


FOLDER_KIOSK_RUN = """
import sys, tempfile
from pathlib import Path
import laser_tui.cli.main
from laser_tui.files.toml_io import load_content
from laser_tui.kiosk.app import KioskApp
from laser_tui.kiosk.handover import handover_bytes
from laser_tui.kiosk.settings import KioskSettings
from laser_tui.model.priorities import Priorities

content = load_content()
folder = Path(tempfile.mkdtemp())
app = KioskApp(content, KioskSettings(handover_dir=folder, log_file=folder / "log"))
code = app.store.save(handover_bytes(Priorities.defaults_for(content), content))
app.store.open(code, content, "staff@here")
app.store.purge(3600)
print(sorted(m for m in sys.modules if m.split(".")[0] == "psycopg" or "postgres" in m))
"""


def test_the_terminal_app_and_the_folder_store_never_import_the_database_driver() -> None:
    done = subprocess.run(
        [sys.executable, "-c", FOLDER_KIOSK_RUN],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]", "no psycopg, no PostgreSQL store"
