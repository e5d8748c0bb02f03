"""A soak: 80 kiosk sessions with resets in one process; live widgets must not grow.

The benchmark (benchmarks/soak.py) runs 1,000; here 60 sessions after the warm-up are enough,
since a leak of one widget per session adds 60, twice ``SLACK``.

Each session starts (the home screen is built), changes weights and is wiped. Every
``FULL_EVERY``-th session also opens the decision panel and changes weights with its
controls; the panel costs a few hundred milliseconds to build, so not every session does.
The last screen closed may still be held until the next frame is painted, so the count may
end a screen's widgets above or below where it started (measured: 3 or 15, either way round):
``SLACK`` allows that, while a leak of even one widget per session would add 60.
"""

from __future__ import annotations

import gc
import tracemalloc
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.strip import Strip
from textual.widget import Widget

from laser_tui.kiosk.app import KioskApp
from laser_tui.model.content import Content
from laser_tui.screens.decision import DecisionScreen
from laser_tui.screens.kiosk.welcome import WelcomeScreen
from laser_tui.widgets.weight_control import WeightControl
from support.kiosk import make_kiosk
from support.sizes import SMALL

WARM_UP = 20
SESSIONS = WARM_UP + 60
FULL_EVERY = 25
SLACK = 30
DRAWN_WARM_UP = 10
TRACED_WARM_UP = 5
"""Sessions run after tracemalloc starts and before its count is taken: the first few sessions it
traces add about 2 MB once (a session's first allocations it sees), then ±90 kB a session."""
DRAWN_SESSIONS = 25
STRIPS_SLACK = 1000
"""Drawn lines the last closed screens may hold until the next frame; the lines each session
kept before the wipe let go of them added about 200 a session, 2,000 over these 10."""
BYTES_PER_SESSION = 200 * 1024
"""Allocated memory a session may add on average: measured -36 to +60 kB (Textual's bounded
caches still filling, and noise of ±90 kB a session); one session's drawn lines kept are several
hundred kB."""


def rss_mb() -> float:
    """This process's resident memory now, in MB (printed, not asserted: the benchmark's)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def live_widgets() -> int:
    """Widgets still in memory anywhere in the process, after a full garbage collection.

    The app freezes what start-up made (gc.freeze); unfrozen, the collector sees it all again.
    """
    gc.unfreeze()
    gc.collect()
    return sum(isinstance(thing, Widget) for thing in gc.get_objects())


async def one_session(app: KioskApp, pilot: Pilot[None], number: int) -> None:
    """Start, change two weights, wipe (as the idle timeout or start over do)."""
    await app.start_session()
    first, second = (c.id for c in app.content.criteria[:2])
    if number % FULL_EVERY:
        app.priorities = app.priorities.with_counts(first, True).with_weight(first, 5)
        app.priorities = app.priorities.with_counts(second, True).with_weight(second, 1)
    else:
        await app.push_screen(DecisionScreen())
        for control in list(app.screen.query(WeightControl))[:2]:
            control.action_toggle_counted()
            control.action_change(1)
        await pilot.pause()
    assert app.priorities.number_counted() == 2
    await app.end_session()
    assert isinstance(app.screen, WelcomeScreen) and app.priorities.number_counted() == 0


@pytest.mark.slow
@pytest.mark.timeout(600)
async def test_many_sessions_leave_no_widgets_behind(content: Content, tmp_path: Path) -> None:
    app = make_kiosk(content, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        for number in range(WARM_UP):
            await one_session(app, pilot, number)
        await pilot.pause()
        before, rss_before = live_widgets(), rss_mb()
        for number in range(WARM_UP, SESSIONS):
            await one_session(app, pilot, number)
        await pilot.pause()
        after, rss_after = live_widgets(), rss_mb()
        assert app.screen_stack == [app.screen]
    print(
        f"\nlive widgets after {WARM_UP} sessions: {before}, after {SESSIONS}: {after}; "
        f"resident memory {rss_before:.1f} MB then {rss_after:.1f} MB"
    )
    assert after - before < SLACK


def strips_alive() -> int:
    """Drawn lines (Textual ``Strip``s) still in memory, after a full garbage collection."""
    gc.unfreeze()
    gc.collect()
    return sum(isinstance(thing, Strip) for thing in gc.get_objects())


async def drawn_session(app: KioskApp, pilot: Pilot[None]) -> None:
    """Start, open the decision panel, count and weigh two differences with its controls,
    let it be drawn, wipe."""
    await app.start_session()
    await app.push_screen(DecisionScreen())
    for control in list(app.screen.query(WeightControl))[:2]:
        control.action_toggle_counted()
        control.action_change(1)
    await pilot.pause()
    await app.end_session()
    await pilot.pause()


@pytest.mark.slow
@pytest.mark.timeout(600)
async def test_drawn_sessions_keep_nothing(content: Content, tmp_path: Path) -> None:
    """From session 15 to 25, nothing a session drew stays behind: widgets, screens and drawn
    lines come back to where they were, and memory allocated (tracemalloc) grows by ~0 a session.
    Memory is not time: the bound does not depend on the machine's load."""
    app = make_kiosk(content, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        for _ in range(DRAWN_WARM_UP):
            await drawn_session(app, pilot)
        tracemalloc.start()
        try:
            for _ in range(TRACED_WARM_UP):
                await drawn_session(app, pilot)
            widgets, strips = live_widgets(), strips_alive()
            traced = tracemalloc.get_traced_memory()[0]
            for _ in range(DRAWN_WARM_UP + TRACED_WARM_UP, DRAWN_SESSIONS):
                await drawn_session(app, pilot)
            widgets_after, strips_after = live_widgets(), strips_alive()
            traced_after = tracemalloc.get_traced_memory()[0]
        finally:
            tracemalloc.stop()
        assert app.screen_stack == [app.screen] and isinstance(app.screen, WelcomeScreen)
    per_session = (traced_after - traced) / (DRAWN_SESSIONS - DRAWN_WARM_UP - TRACED_WARM_UP)
    print(
        f"\nafter {DRAWN_WARM_UP + TRACED_WARM_UP} and {DRAWN_SESSIONS} drawn sessions: "
        f"widgets {widgets} then "
        f"{widgets_after}, drawn lines {strips} then {strips_after}, "
        f"{per_session / 1024:.1f} kB allocated a session"
    )
    assert widgets_after - widgets < SLACK
    assert strips_after - strips < STRIPS_SLACK
    assert per_session < BYTES_PER_SESSION
