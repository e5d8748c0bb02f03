"""Key presses for the benchmarks: the scripted flows and the timed press.

Flows use ``Pilot.press``, which waits until the app has handled each key. The timed press
posts the key event itself and waits for the frame that shows the key's effect, so that the
waiting adds nothing to what is measured.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from time import perf_counter
from typing import Any

from textual import events
from textual.app import App
from textual.pilot import Pilot

from benchmarks.frames import FRAMES, visible_text

PRESS_TIMEOUT = 5.0
"""Seconds a key may take to show its effect before the benchmark gives up."""

_CHARACTERS = {"space": " ", "enter": "\r", "escape": "\x1b", "question_mark": "?"}

Reader = Callable[[], list[str]]
"""The texts on screen that a key under test must change (e.g. the score bars' lines)."""

Shown = Callable[[App[None]], Reader]
"""Looks up, once and before any timed press, what a ``Reader`` reads on the app's screen."""


class NothingShown(RuntimeError):
    """A key did not change what it should have on screen."""


def key_event(key: str) -> events.Key:
    """The event a terminal driver would post for ``key``."""
    character = key if len(key) == 1 else _CHARACTERS.get(key)
    return events.Key(key, character)


async def timed_press(app: App[None], key: str, shown: Reader) -> float:
    """Milliseconds from posting ``key`` until a frame shows every text the key changed.

    The end is the moment the app flushes that frame to its driver (for a terminal driver,
    the moment the bytes leave for the terminal). Between posting the key and the first frame
    the harness does nothing but wait, so the app has the loop to itself.
    """
    before = set(shown())
    frames: list[tuple[float, str]] = []
    FRAMES.listener = lambda at, frame: frames.append((at, frame))
    event = key_event(key)
    event.set_sender(app)
    FRAMES.written.clear()
    start = perf_counter()
    app.post_message(event)
    try:
        while perf_counter() - start < PRESS_TIMEOUT:
            try:
                await asyncio.wait_for(FRAMES.written.wait(), PRESS_TIMEOUT)
            except TimeoutError:
                break
            FRAMES.written.clear()
            changed = [text for text in shown() if text not in before]
            if changed:
                for at, frame in frames:
                    visible = visible_text(frame)
                    if all(text in visible for text in changed):
                        return (at - start) * 1000
    finally:
        FRAMES.listener = None
    raise NothingShown(f"{key!r} changed nothing on screen within {PRESS_TIMEOUT:.0f} s")


async def press_all(pilot: Pilot[Any], keys: list[str]) -> None:
    """Press each key in turn, as a person would, waiting until the app has handled it."""
    for key in keys:
        await pilot.press(key)
