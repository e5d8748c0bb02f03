"""One app in one process, driven from inside: key latency, the full flow, the soak.

Run by ``benchmarks.run`` as ``python -m benchmarks.worker JOB APP [COUNT]``; prints one JSON
object. The app renders through ``RecordingDriver`` (frames rendered as for a terminal).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from textual.app import App
from textual.pilot import Pilot

from benchmarks.apps import BUILDERS, NAMES
from benchmarks.frames import FRAMES, RecordingDriver
from benchmarks.keyboard import press_all, timed_press
from benchmarks.scenarios import SCENARIOS
from benchmarks.soak import SESSIONS, soak
from benchmarks.startup import TERMINAL_SIZE

PRESS_SPACING = 0.03
"""Seconds between timed presses: more than a frame (1/60 s), like a fast typist."""


async def key_latency(pilot: Pilot[Any], name: str, presses: int) -> dict[str, Any]:
    """Time ``presses`` weight changes (or, on the bare app, text changes)."""
    scenario = SCENARIOS[name]
    await scenario.set_up(pilot)
    await pilot.pause()
    keys = scenario.latency_keys
    shown = scenario.shown(pilot.app)
    latencies = []
    for index in range(presses):
        latencies.append(await timed_press(pilot.app, keys[index % len(keys)], shown))
        await asyncio.sleep(PRESS_SPACING)
    return {"latencies_ms": latencies}


async def full_flow(pilot: Pilot[Any], name: str, _count: int) -> dict[str, Any]:
    """Every part of the app by keyboard (the peak memory is read by the parent)."""
    await press_all(pilot, SCENARIOS[name].flow)
    return {"frames": FRAMES.count}


async def kiosk_soak(pilot: Pilot[Any], name: str, sessions: int) -> dict[str, Any]:
    """``sessions`` kiosk sessions (start, change weights, start over) in this one process."""
    await pilot.pause()
    return await soak(pilot.app, name, sessions)


JOBS = {"latency": key_latency, "flow": full_flow, "soak": kiosk_soak}


def run_job(job: str, name: str, count: int) -> dict[str, Any]:
    """Run the app with ``job`` as its auto-pilot; the job's figures."""
    if job != "soak":
        return _run(BUILDERS[name](), job, name, count)
    with tempfile.TemporaryDirectory(prefix="laser-bench-") as folder:
        return _run(SESSIONS[name].build(Path(folder)), job, name, count)


def _run(app: App[Any], job: str, name: str, count: int) -> dict[str, Any]:
    app.driver_class = RecordingDriver
    figures: dict[str, Any] = {}

    async def auto_pilot(pilot: Pilot[object]) -> None:
        figures.update(await JOBS[job](pilot, name, count))
        pilot.app.exit()

    app.run(size=TERMINAL_SIZE, auto_pilot=auto_pilot)
    if not figures:
        raise SystemExit(f"{job} on {name} ended without figures (exit {app.return_code})")
    return figures


def main(argv: list[str] | None = None) -> int:
    """Parse the job, run it, print its figures as one JSON line."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.worker")
    parser.add_argument("job", choices=sorted(JOBS))
    parser.add_argument("app", choices=NAMES)
    parser.add_argument("count", type=int, nargs="?", default=0)
    args = parser.parse_args(argv)
    figures = run_job(args.job, args.app, args.count)
    sys.stdout.write(json.dumps(figures) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
