"""Start-up: a whole process, from launch until its first screen is painted.

Two ways, each for both apps:

* in a real terminal: the app starts in a new tmux session and ``tmux capture-pane`` is polled
  until the first screen's text is on the terminal;
* headless: the app starts with Textual's ``TEXTUAL_DRIVER`` pointing at ``FirstPaintDriver``,
  which renders frames as a terminal driver would and writes a marker to the app's standard
  output once the first screen's text is in a frame; the launching process times the marker.
  The driver then presses the app's ready key until it has an effect and writes a second
  marker: the time until the app is ready for keys.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.apps import AppUnderTest
from benchmarks.frames import (
    FIRST_PAINT_TEXT,
    PAINTED_MARKER,
    READY_KEY,
    READY_MARKER,
    READY_TEXT,
)

ROOT = Path(__file__).resolve().parent.parent
TERMINAL_SIZE = (120, 40)
TIMEOUT = 20.0
_POLL_PAUSE = 0.002


class BenchmarkError(RuntimeError):
    """A benchmark could not measure what it set out to (the message says why)."""


def headless_startup_ms(app: AppUnderTest) -> tuple[float, float]:
    """Milliseconds from launching ``app`` until its first screen has been rendered, and until
    it has handled its first key (its ready key, pressed from the first paint on)."""
    env = {
        **os.environ,
        "TEXTUAL_DRIVER": "benchmarks.frames:FirstPaintDriver",
        FIRST_PAINT_TEXT: app.first_screen_text,
        READY_KEY: app.ready_key,
        READY_TEXT: app.ready_text,
        "COLUMNS": str(TERMINAL_SIZE[0]),
        "LINES": str(TERMINAL_SIZE[1]),
    }
    start = time.perf_counter()
    process = subprocess.Popen(
        app.command(),
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    marker = process.stdout.readline()
    painted = time.perf_counter() - start
    ready_marker = process.stdout.readline()
    ready = time.perf_counter() - start
    _, errors = process.communicate(timeout=TIMEOUT)
    if marker != PAINTED_MARKER or ready_marker != READY_MARKER:
        what = "painting its first screen" if marker != PAINTED_MARKER else "handling a key"
        raise BenchmarkError(
            f"{app.name} ended (exit {process.returncode}) before {what}: "
            f"{errors.decode(errors='replace').strip()[-400:]}"
        )
    return painted * 1000, ready * 1000


class Tmux:
    """A private tmux server (its own socket), so that nothing else is touched."""

    def __init__(self) -> None:
        self.socket = f"laser-bench-{os.getpid()}"
        self._sessions = 0
        # Without sessions a tmux server exits; keep this one up between measurements.
        self._tmux("start-server", ";", "set-option", "-g", "exit-empty", "off")
        shown = self._tmux("display-message", "-p", "#{socket_path}")
        self._socket_path = Path(shown.stdout.strip()) if shown.returncode == 0 else None

    def _tmux(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["tmux", "-L", self.socket, "-f", "/dev/null", *args],
            capture_output=True,
            text=True,
            check=False,
        )

    def startup_ms(self, app: AppUnderTest) -> float:
        """Milliseconds from starting ``app`` in a new session until its first screen shows."""
        self._sessions += 1
        session = f"{self.socket}-{self._sessions}"
        width, height = TERMINAL_SIZE
        command = shlex.join(app.command())
        start = time.perf_counter()
        started = self._tmux(
            "new-session", "-d", "-s", session, "-x", str(width), "-y", str(height),
            "-c", str(ROOT), command,
        )  # fmt: skip
        if started.returncode != 0:
            raise BenchmarkError(f"tmux could not start {app.name}: {started.stderr.strip()}")
        try:
            while time.perf_counter() - start < TIMEOUT:
                pane = self._tmux("capture-pane", "-p", "-t", session)
                if pane.returncode != 0:
                    raise BenchmarkError(f"{app.name} ended before painting its first screen")
                if app.first_screen_text in pane.stdout:
                    return (time.perf_counter() - start) * 1000
                time.sleep(_POLL_PAUSE)
            raise BenchmarkError(f"{app.name} showed no first screen within {TIMEOUT:.0f} s")
        finally:
            self._tmux("kill-session", "-t", session)

    def close(self) -> None:
        """Stop the private server and every session left in it; remove its socket."""
        self._tmux("kill-server")
        if self._socket_path is not None:
            self._socket_path.unlink(missing_ok=True)


@contextmanager
def tmux_server() -> Iterator[Tmux]:
    """A private tmux server that is always stopped afterwards."""
    server = Tmux()
    try:
        yield server
    finally:
        server.close()
