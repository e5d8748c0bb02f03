"""Run an app on the real terminal through SteadyDriver, and say how it ended as an exit status."""

from __future__ import annotations

import os
from typing import Any

from textual.app import App

CRASHED = 1
"""The exit status of an app that ended without saying how: Textual's panic leaves no code."""


def run_on_terminal(app: App[Any], headless: bool = False) -> int:
    """Run ``app`` on this terminal (or ``headless``) until it ends; its exit status, never 0
    after a crash. A driver named in $TEXTUAL_DRIVER (the benchmarks') is left in charge."""
    if os.name == "posix" and not headless and not os.environ.get("TEXTUAL_DRIVER"):
        from laser_tui.terminal.driver import SteadyDriver

        app.driver_class = SteadyDriver
    if headless:
        app.run(headless=True)
    else:
        app.run()
    return exit_status(app)


def exit_status(app: App[Any]) -> int:
    """The code ``app`` ended with; CRASHED when it set none (a panic)."""
    code = app.return_code
    return CRASHED if code is None else code
