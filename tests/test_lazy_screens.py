"""Start-up imports only what the first screen needs; every other screen loads when opened."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

import pytest
from textual.screen import Screen

from laser_tui.app import _SCREENS, LaserApp, screen_class

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


EXPORTS = ("laser_tui.export", "typst", "fhir", "pypdf")
"""The PDF and FHIR exports and their libraries: loaded only when someone exports."""


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


@pytest.mark.parametrize("name", sorted(_SCREENS))
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
