"""Keeps the kiosk up: one kiosk app after another until staff leave or a signal ends it.

An app that ends any other way (an unexpected error) is logged and replaced by a fresh one on
its welcome screen: the session is gone with the old app. Too many errors in a row end the
process with a non-zero status, so that systemd restarts it.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

from laser_tui.kiosk.app import KioskApp
from laser_tui.kiosk.error_log import log_error
from laser_tui.terminal.run import CRASHED, run_on_terminal

MAX_ERRORS = 5
ERROR_WINDOW = 60.0
"""More than MAX_ERRORS unexpected ends within this many seconds end the process."""


def serve(make_app: Callable[[], KioskApp], log_path: Path, headless: bool = False) -> int:
    """Run kiosk apps from ``make_app`` until one ends by staff exit (0) or by a signal
    (128 + its number); the exit status. Any other end is logged to ``log_path``."""
    errors: deque[float] = deque(maxlen=MAX_ERRORS)
    while True:
        app = make_app()
        status = run_on_terminal(app, headless=headless)
        if app.staff_exited:
            return 0
        if app.ending_signal is not None:
            return 128 + app.ending_signal
        log_error(
            log_path,
            f"the kiosk app ended unexpectedly (status {status}); starting a fresh session",
            app.error_report,
        )
        errors.append(time.monotonic())
        if len(errors) == MAX_ERRORS and errors[-1] - errors[0] < ERROR_WINDOW:
            log_error(log_path, f"{MAX_ERRORS} unexpected ends within {ERROR_WINDOW:.0f} s")
            return status or CRASHED
