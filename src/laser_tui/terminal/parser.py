"""Textual's terminal parser, made to drop key codes beyond Unicode instead of raising.

Textual 8.2.8 turns ``ESC[<n>u`` (and ``~``, ``A``…) into ``chr(n)``: a code above U+10FFFF
raises ValueError or OverflowError inside the input thread, which then dies (Textual issue
#6456). The parser is only reachable as the private ``textual._xterm_parser``: this is the one
module that imports it, and ``tests/test_kiosk_terminal.py`` pins the Textual version it was
read against.
"""

from __future__ import annotations

from textual import events
from textual._xterm_parser import XTermParser

DROPPED_KEY = "<laser-tui-dropped>"
"""The name of the key a dropped code becomes; the driver never passes it on."""


class SteadyParser(XTermParser):
    """An XTermParser on which a key code out of range is one dropped key, not a crash, and
    whose mouse positions are always in cells.

    Textual's parser switches to pixel positions on the first window-size report it reads, even
    one typed by a person; a report with 0 pixels then makes every click divide by zero. The
    driver never asks for pixel positions, so this parser never uses them.
    """

    @property
    def mouse_pixels(self) -> bool:
        """Never: mouse positions are in cells."""
        return False

    @mouse_pixels.setter
    def mouse_pixels(self, _value: bool) -> None:
        pass

    def _parse_extended_key(self, sequence: str) -> list[events.Key] | None:  # type: ignore[override]
        try:
            return super()._parse_extended_key(sequence)
        except (ValueError, OverflowError):
            return [events.Key(DROPPED_KEY, None)]
