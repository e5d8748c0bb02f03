"""SVG snapshots of the kiosk's own screens at 80x24, driven by the keys a person presses.

Refresh with `bash scripts/test tests/test_kiosk_snapshots.py --snapshot-update`, then look.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from laser_tui.app import LaserApp
from laser_tui.kiosk import handover
from laser_tui.model.content import Content
from laser_tui.screens.kiosk.idle_warning import IdleWarningDialog
from support.kiosk import make_kiosk
from support.kiosk_pilot import wait_until
from support.sizes import SMALL

KEYS = {
    "welcome": [],
    "home": ["space"],
    "start_over": ["space", "w", "ctrl+r"],
    "hand_over": ["space", "l", "space", "g"],
    "handover_code": ["space", "l", "space", "g", "enter"],
    "staff_pin_wrong": ["ctrl+x", "1", "2", "3", "4", "enter"],
}


@pytest.fixture
def fixed_codes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hand-over codes drawn from a fixed sequence, so the code screen looks the same each run."""
    draws = itertools.cycle("7CD4AE")
    fixed = functools.partial(handover.save_handover, choice=lambda _alphabet: next(draws))
    monkeypatch.setattr("laser_tui.kiosk.handover.save_handover", fixed)  # the folder store's


@pytest.mark.usefixtures("fixed_codes")
@pytest.mark.parametrize("screen", list(KEYS))
def test_kiosk_screen(
    snap_compare: Callable[..., bool], content: Content, tmp_path: Path, screen: str
) -> None:
    assert snap_compare(make_kiosk(content, tmp_path), press=KEYS[screen], terminal_size=SMALL)


def test_welcome_without_a_pin(
    snap_compare: Callable[..., bool], content: Content, tmp_path: Path
) -> None:
    app = make_kiosk(content, tmp_path, pin_hash=None)
    assert snap_compare(app, terminal_size=SMALL)


def test_idle_warning(snap_compare: Callable[..., bool], content: Content, tmp_path: Path) -> None:
    async def warn(pilot: Pilot[None]) -> None:
        await pilot.press("space")
        # A clock that stands still: the countdown shows 30 however long the snapshot takes.
        pilot.app.push_screen(IdleWarningDialog(30, clock=lambda: 0.0))
        await pilot.pause()

    app = make_kiosk(content, tmp_path)
    assert snap_compare(app, run_before=warn, terminal_size=SMALL)


async def test_no_text_field_blinks(content: Content, tmp_path: Path) -> None:
    """The staff PIN and the save-as path show a steady cursor: a blink can trouble some people
    (WCAG 2.2.2), and a snapshot taken on a slow machine caught the PIN field's cursor off."""
    for app, key in [(make_kiosk(content, tmp_path), "ctrl+x"), (LaserApp(content), "ctrl+o")]:
        async with app.run_test(size=SMALL) as pilot:
            await pilot.press(key)
            await wait_until(pilot, lambda: bool(pilot.app.screen.query(Input)))
            field = pilot.app.screen.query_one(Input)
            assert field.has_focus and not field.cursor_blink, type(pilot.app.screen).__name__
