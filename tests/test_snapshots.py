"""SVG snapshots of every screen at the smallest supported size and a roomy one.

Refresh with `bash scripts/test tests/test_snapshots.py --snapshot-update`, then look at the SVGs.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from laser_tui.app import LaserApp
from support.screens import home_marked_clock
from support.sizes import LARGE, SMALL

SIZES = pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x40"])

SCREENS = {
    "home": [],
    "tightening": ["1"],
    "resurfacing": ["2"],
    "compare": ["c"],
    "checklist": ["l", "space", "down", "down", "space", "down"],
    "decision": ["l", "space", "down", "space", "w", "right", "right", "down", "left"],
    "other_options": ["o"],
    "help": ["w", "f1"],
    "help_home": ["f1"],
    "help_checklist": ["l", "down", "question_mark"],
    "concerns": ["m", "space", "down"],
    "decision_concern_note": ["m", "space", "escape", "w", "space", "right"],
    "clinician": ["t", "y", "right", "down"],
    "clinician_own_answers": ["t", *["right"] * 7, "down"],
    "recovery": ["d"],
    "chances_darker_skin": ["t", *["right"] * 7, "end", "up", "enter", "escape", "n"],
}


@SIZES
@pytest.mark.parametrize("screen", home_marked_clock(list(SCREENS)))
def test_screen(
    snap_compare: Callable[..., bool],
    make_app: Callable[..., LaserApp],
    screen: str,
    size: tuple[int, int],
) -> None:
    assert snap_compare(make_app(), press=SCREENS[screen], terminal_size=size)


def test_too_small(snap_compare: Callable[..., bool], make_app: Callable[..., LaserApp]) -> None:
    assert snap_compare(make_app(), terminal_size=(60, 20))


def test_decision_in_high_contrast(
    snap_compare: Callable[..., bool], make_app: Callable[..., LaserApp]
) -> None:
    assert snap_compare(
        make_app(high_contrast=True), press=SCREENS["decision"], terminal_size=SMALL
    )


@pytest.mark.parametrize("screen", home_marked_clock(["home", "checklist", "decision"]))
def test_no_color_marks_the_current_row_by_shape(
    snap_compare: Callable[..., bool],
    make_app: Callable[..., LaserApp],
    monkeypatch: pytest.MonkeyPatch,
    screen: str,
) -> None:
    """Under NO_COLOR the current row shows as ▶ (lists) or a bar at the left (weights)."""
    monkeypatch.setenv("NO_COLOR", "1")
    assert snap_compare(make_app(), press=SCREENS[screen], terminal_size=SMALL)
