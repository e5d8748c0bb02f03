"""Drops overlong escape sequences from terminal input before Textual's parser sees them.

Textual's parser gives up on a sequence longer than 32 characters and replays it as keys, so
``ESC[`` and 100,000 digits (a stuck key, a scanner) become 100,000 key presses. This filter
drops any control sequence (CSI) longer than that, whole, however the input is split into
reads. Everything else passes through unchanged and in order. Pure: no Textual.
"""

from __future__ import annotations

ESC = "\x1b"
MAX_SEQUENCE = 32
"""Characters of the longest control sequence passed on (Textual's own limit)."""


def _is_parameter(char: str) -> bool:
    return "\x20" <= char <= "\x3f"


def _is_final(char: str) -> bool:
    return "\x40" <= char <= "\x7e"


class InputFilter:
    """Feed it text as it is read; it returns the text to parse."""

    def __init__(self) -> None:
        self._held = ""
        """The control sequence read so far (from ``ESC[``), not yet passed on."""
        self._after_escape = False
        """An ESC was read and nothing after it yet."""
        self._escape_sent = False
        """That ESC was passed on at the end of the last feed (a ``[`` may still follow)."""
        self._dropping = False
        """The sequence being read is too long: it is dropped up to its last character."""

    def feed(self, text: str) -> str:
        """The part of ``text`` (and of earlier feeds) that is safe to parse now."""
        out: list[str] = []
        for char in text:
            self._take(char, out)
        if self._after_escape:
            # A lone escape goes on at once: the parser tells the escape key by its timing.
            out.append(ESC)
            self._after_escape = False
            self._escape_sent = True
        return "".join(out)

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
                    out.append(self._held + char)
                self._held, self._dropping = "", False
                return
            if not self._dropping:
                out.append(self._held)
            self._held, self._dropping = "", False
        if self._after_escape:
            self._after_escape = False
            if char == "[":
                self._held = ESC + "["
                return
            out.append(ESC)
        elif self._escape_sent:
            self._escape_sent = False
            if char == "[":
                self._held = "["
                return
        if char == ESC:
            self._after_escape = True
            return
        out.append(char)
