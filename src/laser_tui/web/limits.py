"""The bounds of one browser session's screen. Pure: the server and the session both use it."""

from __future__ import annotations

MAX_CELLS = 1000
"""The most columns or rows a browser session may have (a page asks for what fits)."""


def clamp_size(value: object, default: int) -> int:
    """``value`` (a number or its text) as a width or height from 1 to MAX_CELLS; ``default``
    for anything that is not a whole number (text, a fraction, true, null, a list)."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        return default
    try:
        number = int(value)
    except ValueError:
        return default
    return max(1, min(MAX_CELLS, number))
