"""Driving a kiosk app in a pilot test: start a session, wait for a condition."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot

from laser_tui.screens.home import HomeScreen


async def wait_until(
    pilot: Pilot[None], condition: Callable[[], bool], seconds: float = 30
) -> None:
    """Let the app run until ``condition`` holds (fails after ``seconds``, a bound for a busy
    machine: a condition that holds returns at once)."""
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    assert condition(), f"the app did not get there in time: {pilot.app.screen_stack}"


async def start(pilot: Pilot[None]) -> None:
    """Press a key on the welcome screen and wait for the home screen to open."""
    await pilot.press("space")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, HomeScreen))
