"""A last resort for ending: leave the process after a few seconds, whatever still waits."""

from __future__ import annotations

import os
import threading

GRACE = 3.0
"""Seconds a clean shutdown may take before the process is ended regardless."""


def exit_within(status: int, seconds: float = GRACE) -> threading.Timer:
    """End the process with ``status`` in ``seconds`` unless it has ended by then."""
    timer = threading.Timer(seconds, os._exit, (status,))
    timer.daemon = True
    timer.start()
    return timer
