"""Drivers that render every frame as a terminal driver would, without a terminal.

Textual skips turning frames into terminal text when its driver is headless, so a headless
run would leave out part of the work a person waits for. These drivers say they are not
headless: the app renders each frame to the same escape sequences it would send to a
terminal, and the driver notes the time at which each frame is complete (``flush``).
Apps use them through Textual's own ``TEXTUAL_DRIVER`` setting or ``App.driver_class``;
nothing in laser-tui knows about them.
"""

from __future__ import annotations

import asyncio
import os
import re
from collections.abc import Callable
from time import perf_counter
from typing import TYPE_CHECKING, Any

from textual import events
from textual.drivers.headless_driver import HeadlessDriver

if TYPE_CHECKING:
    from textual.app import App

FIRST_PAINT_TEXT = "LASER_BENCH_FIRST_PAINT_TEXT"
"""Environment variable: the text whose first appearance ends a start-up run."""

PAINTED_MARKER = b"painted\n"
"""Written to file descriptor 1 when the first screen has been painted."""

READY_KEY = "LASER_BENCH_READY_KEY"
"""Environment variable: a key to press from the first paint on, until it has an effect."""

READY_TEXT = "LASER_BENCH_READY_TEXT"
"""Environment variable: a pattern (regular expression) that a frame shows once the key worked."""

READY_MARKER = b"ready\n"
"""Written to file descriptor 1 when a frame shows that the ready key was handled."""

READY_REPEAT = 0.005
"""Seconds between presses of the ready key, until one has an effect."""

READY_GIVE_UP = 20.0
"""Seconds of pressing the ready key without effect after which the app is ended."""

_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[=>78]")


def visible_text(frame: str) -> str:
    """A frame's characters with the terminal escape sequences taken out."""
    return _ESCAPE.sub("", frame)


FrameListener = Callable[[float, str], None]


class FrameLog:
    """Where a recording driver reports frames: the time each was flushed and its text."""

    def __init__(self) -> None:
        self.count = 0
        self.listener: FrameListener | None = None
        self.written = asyncio.Event()

    def record(self, at: float, frame: str) -> None:
        """Count a frame and pass it on to the listener, if any."""
        self.count += 1
        if self.listener is not None:
            self.listener(at, frame)
        self.written.set()


FRAMES = FrameLog()
"""The frame log of this process (a benchmark process runs one app at a time)."""


class RecordingDriver(HeadlessDriver):
    """Renders like a terminal driver and reports each complete frame to ``FRAMES``."""

    def __init__(
        self,
        app: App[Any],
        *,
        debug: bool = False,
        mouse: bool = True,
        size: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(app, debug=debug, mouse=mouse, size=size)
        self._pending: list[str] = []

    @property
    def is_headless(self) -> bool:
        """Not headless: the app renders its frames to terminal text."""
        return False

    def write(self, data: str) -> None:
        """Keep the frame's text until the app flushes it."""
        self._pending.append(data)

    def flush(self) -> None:
        """The frame is complete: note the time, then report it."""
        at = perf_counter()
        frame = "".join(self._pending)
        self._pending.clear()
        FRAMES.record(at, frame)


class FirstPaintDriver(RecordingDriver):
    """Ends the app once a frame shows the text named by ``LASER_BENCH_FIRST_PAINT_TEXT``.

    It writes ``PAINTED_MARKER`` to standard output at that moment, so that the process that
    launched the app can time the whole start-up, interpreter start included. With
    ``LASER_BENCH_READY_KEY`` set it then presses that key every ``READY_REPEAT`` seconds
    (a key pressed before the app accepts it may be lost, as a person's would be) until a
    frame matches ``LASER_BENCH_READY_TEXT``, writes ``READY_MARKER`` and ends the app:
    the moment the app is ready for keys, not just painted.
    """

    _painted = False
    _ready = False
    _presses = 0
    _first_screen: object = None

    def flush(self) -> None:
        """Report the first paint of the expected text (then readiness), then end the app."""
        frame = visible_text("".join(self._pending))
        super().flush()
        if not self._painted:
            expected = os.environ.get(FIRST_PAINT_TEXT, "")
            if expected and expected in frame:
                self._painted = True
                os.write(1, PAINTED_MARKER)
                if not os.environ.get(READY_KEY):
                    self._app.exit()
                    return
                self._first_screen = self._app.screen
                self._press()
        elif not self._ready and re.search(os.environ.get(READY_TEXT, "$^"), frame):
            self._ready = True
            os.write(1, READY_MARKER)
            self._app.exit()

    def _press(self) -> None:
        """Post the ready key as a terminal driver would, and again later until it works.

        Once a key has changed the screen (for laser-tui, opened one) no other is pressed: a
        second one could close that screen again before it is shown.
        """
        if self._ready or self._app.screen is not self._first_screen:
            return
        self._presses += 1
        if self._presses * READY_REPEAT > READY_GIVE_UP:
            self._app.exit()  # the launcher reports the missing marker
            return
        key = os.environ[READY_KEY]
        character = key if len(key) == 1 else None
        event = events.Key(key, character)
        event.set_sender(self._app)
        self._app.post_message(event)
        asyncio.get_running_loop().call_later(READY_REPEAT, self._press)
