"""The kiosk soak: many sessions in one process; memory and widgets before and after.

A laser-tui session, as a patient at the kiosk would have it: the decision panel (w), a
difference counted and weighed, then start over (ctrl+r) and yes (y), which wipes the session
and starts the next one on a fresh home screen. The very first session starts with a key on
the welcome screen. The bare app's session: three changes of its number, then r to reset it.

Each key is posted as a terminal would post it; the next one waits until the app shows the
key's effect (another screen, other priorities, another number) and every widget of the
screen has handled what it was sent, so sessions run as fast as the app can take them.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from importlib.util import find_spec
from pathlib import Path
from time import perf_counter
from typing import Any

from textual.app import App
from textual.widget import Widget

from benchmarks.apps import BARE, LASER
from benchmarks.keyboard import PRESS_TIMEOUT, NothingShown, key_event

_POLL = 0.0005

WARM_UP_SESSIONS = 50
"""Sessions run before the first sample. laser-tui's memory rises by about 20 MB over its
first ~30 kiosk sessions (Textual's caches fill and each screen is imported when it is first
opened), then stays flat; 50 leaves a margin, and a leak of even 5 kB a session still adds
5 MB over the 1,000 measured sessions."""


def rss_mb() -> float:
    """This process's resident memory now, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def widgets_alive() -> int:
    """Widgets (screens included) that still exist anywhere in the process."""
    gc.collect()
    return sum(isinstance(thing, Widget) for thing in gc.get_objects())


def dom_nodes(app: App[Any]) -> int:
    """Nodes in the app's screens (every screen on the stack and all it contains)."""
    return sum(len(list(screen.walk_children(with_self=True))) for screen in app.screen_stack)


async def settle(app: App[Any]) -> None:
    """Wait until the app and every node of its screen have handled what was queued for them."""
    nodes = [app, *app.screen.walk_children(with_self=True)]
    done = asyncio.Event()
    pending = len(nodes)

    def one_done() -> None:
        nonlocal pending
        pending -= 1
        if pending == 0:
            done.set()

    for node in nodes:
        if not node.call_later(one_done):
            one_done()
    await asyncio.wait_for(done.wait(), PRESS_TIMEOUT)


async def press_until_changed(app: App[Any], key: str, state: Callable[[App[Any]], object]) -> None:
    """Post ``key``, wait until ``state`` of the app changes, then until the screen settles."""
    before = state(app)
    event = key_event(key)
    event.set_sender(app)
    app.post_message(event)
    start = perf_counter()
    while state(app) == before:
        if perf_counter() - start > PRESS_TIMEOUT:
            raise NothingShown(f"{key!r} changed nothing within {PRESS_TIMEOUT:.0f} s")
        await asyncio.sleep(_POLL)
    await settle(app)


@dataclass(frozen=True)
class Session:
    """One app's soak: how to build it, the keys that open the first session, one session's
    keys, and what each key changes."""

    build: Callable[[Path], App[Any]]
    opening: list[str]
    keys: list[str]
    state: Callable[[App[Any]], object]


KIOSK_MODULES = ("laser_tui.kiosk.settings", "laser_tui.kiosk.app")


def kiosk_available() -> bool:
    """Whether this build of laser-tui has kiosk mode."""
    return all(find_spec(module) is not None for module in KIOSK_MODULES)


def build_kiosk(folder: Path) -> App[Any]:
    """laser-tui in kiosk mode with its default timings; hand-over files go in ``folder``.

    Imported by name, so that the benchmarks also run on a build without kiosk mode.
    """
    from laser_tui.files.toml_io import load_content

    kiosk, kiosk_app = (import_module(module) for module in KIOSK_MODULES)
    app: App[Any] = kiosk_app.KioskApp(load_content(), kiosk.KioskSettings(handover_dir=folder))
    return app


def kiosk_state(app: App[Any]) -> object:
    """The screen on top and the person's priorities."""
    return type(app.screen).__name__, getattr(app, "priorities", None)


def bare_state(app: App[Any]) -> object:
    """The bare app's number."""
    return getattr(app, "count", None)


def build_bare(_folder: Path) -> App[Any]:
    """The bare app (it writes no files)."""
    from benchmarks.bare_app import BareApp

    return BareApp()


SESSIONS = {
    LASER: Session(
        build_kiosk, ["space"], ["w", "space", "right", "right", "ctrl+r", "y"], kiosk_state
    ),
    BARE: Session(build_bare, [], ["right", "right", "left", "r"], bare_state),
}


def _sample(app: App[Any]) -> dict[str, float]:
    widgets = widgets_alive()
    return {"rss_mb": rss_mb(), "widgets": widgets, "dom_nodes": dom_nodes(app)}


async def soak(app: App[Any], name: str, sessions: int) -> dict[str, Any]:
    """Run ``sessions`` sessions after a few unmeasured ones; memory and widgets before/after."""
    session = SESSIONS[name]
    warm_up = max(1, min(WARM_UP_SESSIONS, sessions // 10))
    for key in session.opening:
        await press_until_changed(app, key, session.state)
    for _ in range(warm_up):
        for key in session.keys:
            await press_until_changed(app, key, session.state)
    start = _sample(app)
    rss_trace = [start["rss_mb"]]
    every = max(1, sessions // 10)
    for number in range(1, sessions + 1):
        for key in session.keys:
            await press_until_changed(app, key, session.state)
        if number % every == 0:
            rss_trace.append(rss_mb())
    end = _sample(app)
    rss_start, rss_end = round(start["rss_mb"], 2), round(end["rss_mb"], 2)
    return {
        "sessions": sessions,
        "warm_up_sessions": warm_up,
        "rss_start_mb": rss_start,
        "rss_end_mb": rss_end,
        "rss_growth_mb": round(rss_end - rss_start, 2),
        "rss_trace_mb": [round(value, 2) for value in rss_trace],
        "widgets_start": start["widgets"],
        "widgets_end": end["widgets"],
        "widget_growth": end["widgets"] - start["widgets"],
        "dom_nodes_start": start["dom_nodes"],
        "dom_nodes_end": end["dom_nodes"],
    }
