"""Output to the terminal that never blocks the app: a stalled or closed terminal is let go.

Textual's own writer thread puts every write on a queue of 30 and waits when it is full; when
nobody reads the terminal (a stalled or closed console), the app waits for ever, even to shut
down. This writer waits at most ``patience`` seconds for room, then stops writing for good.
"""

from __future__ import annotations

import os
import queue
import threading

QUEUED_WRITES = 30
PATIENCE = 1.0
"""Seconds a write may wait for room before the terminal counts as gone."""


class TerminalWriter(threading.Thread):
    """Writes text to the file descriptor ``fd`` in the background; drops it once the terminal
    stops taking it."""

    def __init__(self, fd: int, encoding: str = "utf-8", patience: float = PATIENCE) -> None:
        super().__init__(daemon=True, name="laser-tui-output")
        self._fd = fd
        self._encoding = encoding
        self._patience = patience
        self._queue: queue.Queue[str | None] = queue.Queue(QUEUED_WRITES)
        self.gone = threading.Event()
        """Set once the terminal stopped taking output: nothing more is written."""

    def write(self, text: str) -> None:
        """Queue ``text``; drop it if the terminal is gone or stays full for too long."""
        if self.gone.is_set():
            return
        try:
            self._queue.put(text, timeout=self._patience)
        except queue.Full:
            self.gone.set()

    def run(self) -> None:
        """Write what is queued until stopped; stop writing on the first error."""
        while (text := self._queue.get()) is not None:
            if self.gone.is_set():
                continue
            data = memoryview(text.encode(self._encoding, "replace"))
            try:
                while data:
                    data = data[os.write(self._fd, data) :]
            except OSError:
                self.gone.set()

    def stop(self) -> None:
        """Stop after what is queued, waiting at most ``patience`` seconds."""
        try:
            self._queue.put(None, timeout=self._patience)
        except queue.Full:
            self.gone.set()
            return
        self.join(self._patience)
