"""Keeps terminal input parseable before Textual's parser sees it: no overlong escape sequence,
no paste that never ends.

Textual's parser gives up on a sequence longer than 32 characters and replays it as keys, so
``ESC[`` and 100,000 digits (a stuck key, a scanner) become 100,000 key presses. This filter
drops any control sequence (CSI) longer than that, whole, however the input is split into
reads.

A bracketed paste (``ESC[200~`` … ``ESC[201~``) starts with five keys anyone can type (Alt+[,
2, 0, 0, ~), and Textual's parser then collects every later key into the paste until the end
marker comes: the app goes deaf. A paste that was not asked for loses its markers here (its text
arrives as typed keys, as in a terminal without bracketed paste); one that was asked for ends
after ``MAX_PASTE`` characters (the rest up to its end is dropped) or ``PASTE_SECONDS``,
whichever comes first. Everything else passes through unchanged and in order. Pure: no Textual.
"""

from __future__ import annotations

import time
from collections.abc import Callable

ESC = "\x1b"
MAX_SEQUENCE = 32
"""Characters of the longest control sequence passed on (Textual's own limit)."""
PASTE_START = ESC + "[200~"
PASTE_END = ESC + "[201~"
MAX_PASTE = 65_536
"""Characters of one paste passed on; the rest of a longer one is dropped."""
PASTE_SECONDS = 1.0
"""The longest a paste may last: a terminal sends a real one at once."""


def _is_parameter(char: str) -> bool:
    return "\x20" <= char <= "\x3f"


def _is_final(char: str) -> bool:
    return "\x40" <= char <= "\x7e"


class InputFilter:
    """Feed it text as it is read, and call ``due`` when nothing was read for a while; both
    return the text to parse. ``paste``: whether the app asked the terminal for bracketed
    pastes."""

    def __init__(self, paste: bool = True, clock: Callable[[], float] = time.monotonic) -> None:
        self._paste_asked = paste
        self._clock = clock
        self.forget()

    def forget(self) -> None:
        """Forget any half-read sequence or paste (a kiosk wipe): the next input starts afresh."""
        self._held = ""
        """The control sequence read so far (from ``ESC[``), not yet passed on."""
        self._after_escape = False
        """An ESC was read and nothing after it yet."""
        self._escape_sent = False
        """That ESC was passed on at the end of the last feed (a ``[`` may still follow)."""
        self._dropping = False
        """The sequence being read is too long: it is dropped up to its last character."""
        self._paste_began: float | None = None
        """When the paste being read began (None: no paste is being read)."""
        self._pasted = 0
        """Characters of the paste being read passed on so far."""

    def feed(self, text: str) -> str:
        """The part of ``text`` (and of earlier feeds) that is safe to parse now."""
        out = [self.due()]
        for char in text:
            self._take(char, out)
        if self._after_escape:
            # A lone escape goes on at once: the parser tells the escape key by its timing.
            self._pass(ESC, out)
            self._after_escape = False
            self._escape_sent = True
        return "".join(out)

    def due(self) -> str:
        """The end of a paste that has lasted too long (once), or nothing."""
        began = self._paste_began
        if began is not None and self._clock() - began > PASTE_SECONDS:
            self._paste_began = None
            return PASTE_END
        return ""

    def _pass(self, text: str, out: list[str]) -> None:
        """Pass ``text`` on, up to the size limit of a paste being read."""
        if self._paste_began is not None:
            room = MAX_PASTE - self._pasted
            text = text[: max(room, 0)]
            self._pasted += len(text)
        out.append(text)

    def _sequence(self, sequence: str, out: list[str]) -> None:
        """A whole control sequence: passed on, or taken as the start or end of a paste."""
        if sequence in (PASTE_START, PASTE_END, PASTE_START[1:], PASTE_END[1:]):
            starts = sequence.endswith(PASTE_START[1:])
            if not self._paste_asked or starts == (self._paste_began is not None):
                return  # not asked for, a paste within a paste, or an end with no start
            self._paste_began, self._pasted = (self._clock(), 0) if starts else (None, 0)
            out.append(sequence)
            return
        self._pass(sequence, out)

    def _take(self, char: str, out: list[str]) -> None:
        if self._held or self._dropping:
            if _is_parameter(char):
                if not self._dropping:
                    self._held += char
                    if len(self._held) > MAX_SEQUENCE:
                        self._held, self._dropping = "", True
                return
            if _is_final(char):
                if not self._dropping:
                    self._sequence(self._held + char, out)
                self._held, self._dropping = "", False
                return
            if not self._dropping:
                self._pass(self._held, out)
            self._held, self._dropping = "", False
        if self._after_escape:
            self._after_escape = False
            if char == "[":
                self._held = ESC + "["
                return
            self._pass(ESC, out)
        elif self._escape_sent:
            self._escape_sent = False
            if char == "[":
                self._held = "["
                return
        if char == ESC:
            self._after_escape = True
            return
        self._pass(char, out)
