"""What a kiosk session leaves behind: ``python -m benchmarks.soak_leaks SESSIONS [FRAMES]``.

Runs the benchmark's kiosk soak (benchmarks/soak.py) in this process, then, between a sample
after the warm-up and one after ``SESSIONS`` more sessions, prints: the objects the collector
finds, by type, that grew; and the allocations still alive that grew, grouped by traceback
(``tracemalloc``, ``FRAMES`` frames deep; 0 skips it, which runs far faster).
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import tracemalloc
from collections import Counter
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any

from textual.app import App
from textual.pilot import Pilot

from benchmarks import soak
from benchmarks.apps import LASER
from benchmarks.frames import RecordingDriver
from benchmarks.soak import SESSIONS, press_until_changed, rss_mb
from benchmarks.startup import TERMINAL_SIZE

WARM_UP = 20
SHOWN = 25


def say(line: str) -> None:
    """Print past Textual (which captures ``print`` while the app runs)."""
    out = sys.__stdout__
    if out is not None:
        out.write(line + "\n")
        out.flush()


def type_counts() -> Counter[str]:
    """Objects the collector tracks, by type (start-up's frozen objects included)."""
    gc.unfreeze()
    gc.collect()
    return Counter(type(thing).__qualname__ for thing in gc.get_objects())


def path_to(target: object, roots: list[object], limit: int = 12) -> list[str]:
    """How ``target`` is reached from one of ``roots``: the types along the way (with the
    dict key or attribute that holds each), by a breadth-first walk over references."""
    seen: dict[int, tuple[object | None, str]] = {
        id(root): (None, type(root).__qualname__) for root in roots
    }
    frontier = list(roots)
    for _ in range(limit):
        following = []
        for holder in frontier:
            for held in gc.get_referents(holder):
                if id(held) in seen or isinstance(held, (type, ModuleType)):
                    continue
                label = type(held).__qualname__
                if isinstance(holder, dict):
                    label += next((f"[{k!r}]" for k, v in holder.items() if v is held), "")
                seen[id(held)] = (holder, label)
                if held is target:
                    chain = []
                    step: object | None = held
                    while step is not None:
                        parent, name = seen[id(step)]
                        chain.append(name)
                        step = parent
                    return chain[::-1]
                following.append(held)
        frontier = following
    return ["(not reached)"]


def holders(thing: object, skip: set[int], depth: int = 5, indent: str = "  ") -> None:
    """Print what refers to ``thing``, and what refers to those, ``depth`` levels up."""
    if depth == 0:
        return
    for holder in gc.get_referrers(thing)[:4]:
        if id(holder) in skip or isinstance(holder, FrameType):
            continue
        say(indent + describe(holder, thing))
        skip.add(id(holder))
        holders(holder, skip, depth - 1, indent + "  ")


def describe(thing: object, held: object | None) -> str:
    name = type(thing).__qualname__
    if isinstance(thing, dict) and held is not None:
        name += next((f"[{k!r}]" for k, v in thing.items() if v is held), "")
    return name


def cache_sizes() -> dict[str, tuple[int, int | None]]:
    """Every ``functools.lru_cache`` alive: its size now and its bound."""
    sizes = {}
    for thing in gc.get_objects():
        if type(thing).__name__ == "_lru_cache_wrapper":
            info = thing.cache_info()
            name = f"{thing.__module__}.{thing.__qualname__}"
            sizes[name] = (info.currsize, info.maxsize)
    return sizes


async def run_sessions(app: App[Any], count: int) -> None:
    session = SESSIONS[LASER]
    for _ in range(count):
        for key in session.keys:
            await press_until_changed(app, key, session.state)


async def diagnose(  # noqa: PLR0912 (a diagnostic: one report, in order)
    pilot: Pilot[Any], sessions: int, frames: int
) -> None:
    app = pilot.app
    if frames:
        soak.PRESS_TIMEOUT = 120.0  # type: ignore[attr-defined]  # tracemalloc slows each step
    await pilot.pause()
    for key in SESSIONS[LASER].opening:
        await press_until_changed(app, key, SESSIONS[LASER].state)
    await run_sessions(app, WARM_UP)
    if frames:
        tracemalloc.start(frames)
    before, rss_before = type_counts(), rss_mb()
    old = {id(thing) for thing in gc.get_objects()}
    caches = cache_sizes()
    snapshot = tracemalloc.take_snapshot() if frames else None
    await run_sessions(app, sessions)
    after, rss_after = type_counts(), rss_mb()
    say(f"{sessions} sessions after {WARM_UP}: RSS {rss_before:.1f} -> {rss_after:.1f} MB")
    grown = sorted(((after[k] - before[k], k) for k in after), reverse=True)[:SHOWN]
    say("objects alive that grew (type: growth, per session):")
    for growth, name in grown:
        if growth > 0:
            say(f"  {name}: +{growth} ({growth / sessions:.2f})")
    say("lru caches that grew (size before -> after, bound):")
    for name, (size, bound) in sorted(cache_sizes().items()):
        if size > caches.get(name, (0, 0))[0]:
            say(f"  {name}: {caches.get(name, (0, 0))[0]} -> {size} (bound {bound})")
    roots: list[object] = [app, *(vars(m) for m in list(sys.modules.values()) if m)]
    new = [t for t in gc.get_objects() if id(t) not in old]
    skip = {id(new), id(roots), id(old)}
    for kind in ("Strip", "Widget", "Event", "Signal", "Update"):
        found = [t for t in new if any(c.__name__ == kind for c in type(t).__mro__)][:3]
        skip.add(id(found))
        for thing in found:
            say(f"a new {type(thing).__qualname__}: " + " -> ".join(path_to(thing, roots)))
            holders(thing, skip | {id(thing)})
    if snapshot is not None:
        gc.collect()
        later = tracemalloc.take_snapshot().filter_traces(
            [tracemalloc.Filter(False, tracemalloc.__file__)]
        )
        say("allocations alive that grew, by traceback:")
        for stat in later.compare_to(snapshot, "traceback")[:SHOWN]:
            if stat.size_diff <= 0:
                continue
            say(f"  +{stat.size_diff / 1024:.1f} kB in +{stat.count_diff} blocks")
            for line in stat.traceback.format()[-2 * frames :]:
                say(f"      {line}")


def main(argv: list[str] | None = None) -> int:
    """Parse the counts, run the soak, print what grew."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.soak_leaks")
    parser.add_argument("sessions", type=int)
    parser.add_argument("frames", type=int, nargs="?", default=0)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="laser-leaks-") as folder:
        app = SESSIONS[LASER].build(Path(folder))
        app.driver_class = RecordingDriver

        async def auto_pilot(pilot: Pilot[Any]) -> None:
            await diagnose(pilot, args.sessions, args.frames)
            pilot.app.exit()

        app.run(size=TERMINAL_SIZE, auto_pilot=auto_pilot)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
