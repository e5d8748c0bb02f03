"""The measurements, each for laser-tui and the bare app, interleaved in one run.

Every measurement alternates between the two apps (and which goes first), so that a busy
machine slows both alike; the ratios between them are what the targets are about.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from typing import Any

from benchmarks.apps import APPS, BARE, LASER, NAMES
from benchmarks.figures import latency_summary, ratio, summary
from benchmarks.soak import kiosk_available
from benchmarks.startup import ROOT, BenchmarkError, headless_startup_ms, tmux_server


def _turns(round_number: int) -> tuple[str, ...]:
    """Both apps, the first one changing from round to round."""
    return NAMES if round_number % 2 == 0 else NAMES[::-1]


def run_worker(job: str, app: str, count: int = 0) -> tuple[dict[str, Any], float]:
    """Run ``benchmarks.worker`` in its own process: its figures and its peak RSS in MB."""
    command = [sys.executable, "-m", "benchmarks.worker", job, app, str(count)]
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            command, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=errors
        )
        assert process.stdout is not None
        output = process.stdout.read()
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            errors.seek(0)
            message = errors.read().decode(errors="replace").strip().splitlines()[-3:]
            raise BenchmarkError(f"{job} on {app} failed: {' / '.join(message)}")
    lines = output.decode().strip().splitlines()
    if not lines:
        raise BenchmarkError(f"{job} on {app} printed no figures")
    # ru_maxrss is in kilobytes on Linux.
    return json.loads(lines[-1]), usage.ru_maxrss / 1024


def measure_startup(repeats: int) -> dict[str, dict[str, Any]]:
    """Start-up in a real terminal (tmux) and headless (first paint, and ready for keys),
    ``repeats`` times each per app."""
    tmux: dict[str, list[float]] = {name: [] for name in NAMES}
    headless: dict[str, list[float]] = {name: [] for name in NAMES}
    ready: dict[str, list[float]] = {name: [] for name in NAMES}
    with tmux_server() as terminal:
        for name in NAMES:  # warm the file cache and the tmux server; not counted
            terminal.startup_ms(APPS[name])
            headless_startup_ms(APPS[name])
        for round_number in range(repeats):
            for name in _turns(round_number):
                tmux[name].append(terminal.startup_ms(APPS[name]))
                painted, handled = headless_startup_ms(APPS[name])
                headless[name].append(painted)
                ready[name].append(handled)
    return {
        "startup_tmux_ms": _with_ratio({name: summary(tmux[name]) for name in NAMES}),
        "startup_headless_ms": _with_ratio({name: summary(headless[name]) for name in NAMES}),
        "ready_headless_ms": _with_ratio({name: summary(ready[name]) for name in NAMES}),
    }


def measure_latency(chunks: int, presses: int) -> dict[str, Any]:
    """Key latency over ``chunks`` runs of ``presses`` timed presses per app."""
    latencies: dict[str, list[float]] = {name: [] for name in NAMES}
    for round_number in range(chunks):
        for name in _turns(round_number):
            figures, _ = run_worker("latency", name, presses)
            latencies[name] += figures["latencies_ms"]
    figure: dict[str, Any] = {name: latency_summary(latencies[name]) for name in NAMES}
    figure["ratio"] = ratio(figure, LASER, BARE)
    figure["p99_ratio"] = round(figure[LASER]["p99"] / figure[BARE]["p99"], 3)
    return figure


def measure_peak_rss(repeats: int) -> dict[str, Any]:
    """Peak RSS of a whole process after the full keyboard flow, ``repeats`` times per app."""
    peaks: dict[str, list[float]] = {name: [] for name in NAMES}
    for round_number in range(repeats):
        for name in _turns(round_number):
            _, peak_mb = run_worker("flow", name)
            peaks[name].append(peak_mb)
    return _with_ratio({name: summary(peaks[name]) for name in NAMES})


def measure_soak(sessions: int) -> dict[str, Any]:
    """The kiosk soak of laser-tui (when this build has kiosk mode) and of the bare app."""
    figure: dict[str, Any] = {}
    for name in NAMES:
        if name == LASER and not kiosk_available():
            figure["skipped"] = f"{LASER}: this build has no kiosk mode (laser_tui.kiosk.app)"
            continue
        figure[name], _ = run_worker("soak", name, sessions)
    return figure


def _with_ratio(figure: dict[str, Any]) -> dict[str, Any]:
    return {**figure, "ratio": ratio(figure, LASER, BARE)}
