"""The idle warning: a visible countdown; any key keeps the session, silence clears it."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from textual import events
from textual.app import ComposeResult
from textual.timer import Timer
from textual.widgets import Digits, Static

from laser_tui.language.catalogue import _
from laser_tui.screens.dialogs.base import LaserDialog


class IdleWarningDialog(LaserDialog[bool]):
    """Counts down ``seconds``; dismissed with True on any key or click, False when time is up."""

    BOX_ID = "idle-box"

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(name="idle-warning")
        self.seconds = seconds
        self._clock = clock
        self._deadline = 0.0
        self._ticker: Timer | None = None

    def compose_box(self) -> ComposeResult:
        """The question, the seconds left in large digits, and what happens next."""
        title = _("Are you still there?")
        yield Static(f"[b]{title}[/b]")
        yield Digits(self._shown(self.seconds), id="idle-seconds")
        keep = _("Press any key to keep going.")
        cleared = _("When the count reaches 0, your answers are cleared for the next person.")
        yield Static(f"{keep}\n{cleared}", id="idle-text")

    def when_mounted(self) -> None:
        """Start the countdown."""
        self._deadline = self._clock() + self.seconds
        self._ticker = self.set_interval(min(1.0, self.seconds / 4), self._tick)

    @staticmethod
    def _shown(seconds: float) -> str:
        return str(max(0, math.ceil(seconds)))

    @property
    def seconds_left(self) -> float:
        """Seconds until the session is cleared."""
        return max(0.0, self._deadline - self._clock())

    def _tick(self) -> None:
        if not self.is_active:
            return
        left = self.seconds_left
        self.query_one("#idle-seconds", Digits).update(self._shown(left))
        if left <= 0:
            self._finish(False)

    def _finish(self, keep: bool) -> None:
        # dismiss() closes whatever screen is on top: only ever this one.
        if self._ticker is not None and self.is_active:
            self._ticker.stop()
            self._ticker = None
            self.dismiss(keep)

    def on_key(self, event: events.Key) -> None:
        """Any key at all keeps the session (no key is told apart, so this is no dispatch)."""
        event.stop()
        event.prevent_default()
        self._finish(True)

    def on_click(self, event: events.Click) -> None:
        """A click or tap keeps the session too."""
        event.stop()
        self._finish(True)
