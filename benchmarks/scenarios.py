"""What each app does in the in-process benchmarks: the keys and what they must change."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from textual.app import App
from textual.pilot import Pilot

from benchmarks.apps import BARE, LASER
from benchmarks.keyboard import Shown, press_all

WEIGHT_KEYS = ["right", "right", "left", "left", "left", "left", "right", "right"]
"""From the default weight of 3: up to 5, down to 1, back to 3; every press changes a score."""

CRITERIA_SHIPPED = 6


def laser_scores_shown(app: App[None]) -> Callable[[], list[str]]:
    """The first line of each score bar on the screen: the treatment's name and its score.

    The bars are looked up once, before any timed press; each reading only formats their
    state as the bar shows it (the harness's own work must not be measured as the app's).
    """
    from laser_tui.widgets.score_bar import ScoreBar

    bars = list(app.screen.query(ScoreBar))

    def first_lines() -> list[str]:
        return [f"{bar.treatment_name}  {bar.score:.0f}/100" for bar in bars]

    return first_lines


def bare_text_shown(app: App[None]) -> Callable[[], list[str]]:
    """The bare app's Static."""
    from benchmarks.bare_app import BareApp

    assert isinstance(app, BareApp)
    return lambda: [app.label()]


async def laser_to_decision_panel(pilot: Pilot[Any]) -> None:
    """Open the decision panel, count every difference, and focus the first one."""
    await pilot.press("w")
    ticks = ["space", "down"] * (CRITERIA_SHIPPED - 1) + ["space"]
    await press_all(pilot, [*ticks, *["up"] * (CRITERIA_SHIPPED - 1)])


async def nothing_to_set_up(pilot: Pilot[Any]) -> None:
    """The bare app's keys work from its first screen."""


LASER_FLOW = [
    *["1", "pagedown", "end", "escape"],
    *["2", "pagedown", "end", "escape"],
    *["c", "pagedown", "end", "escape"],
    *["l", "space", "down", "space", "down", "down", "space", "down", "space"],
    *["w", "right", "right", "down", "left", "down", "space", "right", "down", "right"],
    *["question_mark", "escape"],
    *["o", "end", "escape"],
    "h",
]
"""Every part of laser-tui, by keyboard: both treatments, side by side, checklist, decision
panel, help, other options, home."""

BARE_FLOW = [*WEIGHT_KEYS * (len(LASER_FLOW) // len(WEIGHT_KEYS)), "r"]
"""As many presses on the bare app, each changing its text."""


@dataclass(frozen=True)
class Scenario:
    """One app's setup for the key latency, the keys pressed, and the full keyboard flow."""

    set_up: Callable[[Pilot[Any]], Awaitable[None]]
    latency_keys: list[str]
    shown: Shown
    flow: list[str]


SCENARIOS = {
    LASER: Scenario(laser_to_decision_panel, WEIGHT_KEYS, laser_scores_shown, LASER_FLOW),
    BARE: Scenario(nothing_to_set_up, WEIGHT_KEYS, bare_text_shown, BARE_FLOW),
}
