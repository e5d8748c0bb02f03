"""Input bytes to Textual messages that cannot kill or deafen the app: shared by the terminal
driver and the browser sessions' driver.

Bytes are decoded with replacement (never a UnicodeDecodeError), filtered (no overlong
sequence, no endless paste: ``input_filter``) and parsed by SteadyParser (no key code beyond
Unicode). ``forget`` (from any thread) starts the next input afresh, as after a kiosk wipe.
``InputPacer`` stops reading while the app is behind, so a flood of keys (a stuck key, a
scanner, a script on a web page) waits in the terminal or the pipe, not in the app's memory.
"""

from __future__ import annotations

import threading
import time
from codecs import getincrementaldecoder
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, runtime_checkable

from textual import events
from textual.message import Message
from textual.messages import InBandWindowResize

from laser_tui.terminal.input_filter import InputFilter
from laser_tui.terminal.parser import DROPPED_KEY, SteadyParser

if TYPE_CHECKING:
    from textual.app import App


@runtime_checkable
class PasteChoice(Protocol):
    """An app that says whether it takes bracketed pastes (laser-tui's apps: the kiosk does
    not); any other Textual app the drivers run (the benchmarks' bare app) takes them."""

    TAKES_PASTE: ClassVar[bool]


def asks_for_paste(app: object) -> bool:
    """Whether ``app`` takes bracketed pastes."""
    return app.TAKES_PASTE if isinstance(app, PasteChoice) else True


class SteadyInputDriver:
    """Mixed into the terminal's and the browser's drivers (before Textual's driver): bracketed
    pastes only for an app that takes them, and a wipe that forgets half-read input."""

    _app: App[Any]
    _input: SteadyInput | None = None

    def _enable_bracketed_paste(self) -> None:
        """Ask the terminal for bracketed pastes only if the app takes them."""
        if asks_for_paste(self._app):
            super()._enable_bracketed_paste()  # type: ignore[misc]

    def forget_input(self) -> None:
        """Drop any half-read sequence or paste (a kiosk wipe)."""
        if self._input is not None:
            self._input.forget()


def forget_input(app: App[Any]) -> None:
    """Make ``app``'s driver drop any half-read sequence or paste (a kiosk wipe)."""
    forget = getattr(app._driver, "forget_input", None)
    if forget is not None:
        forget()


BEHIND = 200
"""Messages from the input the app may have waiting before reading pauses."""


class InputPacer:
    """Counts the messages passed to ``app``; past BEHIND, waits until the app has handled
    them (or ``stop`` is set) before more input is read."""

    def __init__(self, app: App[Any], stop: threading.Event) -> None:
        self._app = app
        self._stop = stop
        self._waiting = 0

    def passed(self, count: int) -> None:
        """``count`` more messages were passed on; returns once the app has caught up."""
        self._waiting += count
        if self._waiting < BEHIND:
            return
        self._waiting = 0
        handled = threading.Event()
        if not self._app.call_later(handled.set):  # after every message already posted
            return  # the app is closing
        while not handled.wait(0.1) and not self._stop.is_set():
            pass


def passes(message: Message) -> bool:
    """Whether a parsed message goes on to the app: never a dropped code, and never a size
    report from the input stream (sizes come from the kernel or the server)."""
    if isinstance(message, events.Resize | InBandWindowResize):
        return False
    return not (isinstance(message, events.Key) and message.key == DROPPED_KEY)


class SteadyInput:
    """Feed it bytes as they are read and tick it when none came; it returns messages."""

    def __init__(self, paste: bool = True, clock: Callable[[], float] = time.monotonic) -> None:
        self._paste = paste
        self._clock = clock
        self._forget = threading.Event()
        self._start()

    def _start(self) -> None:
        self._decode = getincrementaldecoder("utf-8")(errors="replace").decode
        self._filter = InputFilter(paste=self._paste, clock=self._clock)
        self._parser = SteadyParser()

    def forget(self) -> None:
        """Drop any half-read sequence or paste before the next input (safe from any thread)."""
        self._forget.set()

    def _fresh(self) -> None:
        if self._forget.is_set():
            self._forget.clear()
            self._start()

    def feed(self, data: bytes) -> list[Message]:
        """The messages ``data`` completes (not an empty feed: that would end the parser)."""
        self._fresh()
        text = self._filter.feed(self._decode(data))
        return [m for m in self._parser.feed(text) if passes(m)] if text else []

    def tick(self) -> list[Message]:
        """The messages that time completes: an escape key, the end of an overlong paste."""
        self._fresh()
        messages: list[Message] = []
        if ended := self._filter.due():
            messages += self._parser.feed(ended)
        messages += self._parser.tick()
        return [m for m in messages if passes(m)]
