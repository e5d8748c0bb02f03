"""Where a key press's time goes, per widget: ``python -m benchmarks.widget_costs APP [N]``.

Runs the key-latency scenario of APP (``laser-tui`` or ``bare``) in this process, 16 presses
to warm up and N timed ones, and prints per press: the compositor's whole refresh, each
widget's ``render_lines`` (the lines the compositor asks it for, cached or not) and the
writing of the frame. Method calls are timed with ``perf_counter`` around Textual's public
methods, not sampled, so the figures add up; run it beside nothing else for absolute figures.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
from collections import defaultdict
from collections.abc import Callable
from time import perf_counter
from typing import Any

from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widget import Widget

from benchmarks import worker
from benchmarks.apps import NAMES
from benchmarks.frames import FRAMES
from benchmarks.keyboard import timed_press
from benchmarks.scenarios import SCENARIOS

WARM_UP = 16

_seconds: dict[str, float] = defaultdict(float)
_calls: dict[str, int] = defaultdict(int)
_timing = [False]


def _timed(owner: type[Any], method: str, label: Callable[[Any], str]) -> None:
    """Replace ``owner.method`` by a copy that adds its time to ``label(self)`` while timing."""
    original = getattr(owner, method)

    def timed(self: Any, *args: Any, **kwargs: Any) -> Any:
        if not _timing[0]:
            return original(self, *args, **kwargs)
        start = perf_counter()
        try:
            return original(self, *args, **kwargs)
        finally:
            key = label(self)
            _seconds[key] += perf_counter() - start
            _calls[key] += 1

    setattr(owner, method, timed)


def _widget_name(widget: Widget) -> str:
    return f"render_lines {type(widget).__name__}" + (f"#{widget.id}" if widget.id else "")


async def _timed_presses(pilot: Pilot[Any], name: str, presses: int) -> dict[str, Any]:
    scenario = SCENARIOS[name]
    await scenario.set_up(pilot)
    await pilot.pause()
    shown = scenario.shown(pilot.app)
    keys = scenario.latency_keys
    for index in range(WARM_UP):
        await timed_press(pilot.app, keys[index % len(keys)], shown)
        await asyncio.sleep(worker.PRESS_SPACING)
    frames, latencies = FRAMES.count, []
    _timing[0] = True
    for index in range(presses):
        latencies.append(await timed_press(pilot.app, keys[index % len(keys)], shown))
        await asyncio.sleep(worker.PRESS_SPACING)
    _timing[0] = False
    return {"latencies_ms": latencies, "frames": FRAMES.count - frames}


def main(argv: list[str] | None = None) -> int:
    """Time the presses and print the table."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.widget_costs")
    parser.add_argument("app", choices=NAMES)
    parser.add_argument("presses", type=int, nargs="?", default=200)
    args = parser.parse_args(argv)
    _timed(Widget, "render_lines", _widget_name)
    _timed(Screen, "_compositor_refresh", lambda _: "the compositor's refresh, in all")
    _timed(App, "_display", lambda _: "the frame turned into terminal text and written")
    worker.JOBS["latency"] = _timed_presses
    figures = worker.run_job("latency", args.app, args.presses)
    median = statistics.median(figures["latencies_ms"])
    per_press = figures["frames"] / args.presses
    print(f"{args.app}: median {median:.2f} ms, {per_press:.2f} frames per press")
    for key, seconds in sorted(_seconds.items(), key=lambda item: -item[1]):
        calls = _calls[key] / args.presses
        print(f"  {key:<58} {seconds * 1000 / args.presses:7.3f} ms  {calls:4.1f} calls")
    return 0


if __name__ == "__main__":
    sys.exit(main())
