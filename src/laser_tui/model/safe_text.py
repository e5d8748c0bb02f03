"""Text from a file made safe to show or print: no terminal commands, no hidden reordering.

Control characters (C0 and C1, ESC, BEL, DEL) and the bidirectional marks, embeddings,
overrides and isolates can clear a screen, set a window title, write the clipboard or make text
read differently from what it holds. They are shown as visible placeholders instead (or, in the
plain mode, left out). This is the one definition of which characters are unsafe.
"""

from __future__ import annotations

import unicodedata

_BIDI = {chr(c) for c in (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))}
"""Marks, embeddings, overrides and isolates (ALM, LRM, RLM, LRE, RLE, PDF, LRO, RLO, LRI, RLI,
FSI, PDI)."""

_PICTURE_DEL = "\u2421"  # ␡
_REPLACEMENT = "\ufffd"  # �


def _placeholder(char: str) -> str:
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␛ for ESC, ␇ for BEL, …
    if code == 0x7F:
        return _PICTURE_DEL
    return _REPLACEMENT


def is_unsafe(char: str) -> bool:
    """Whether ``char`` is a control or bidirectional formatting character (tab and newline too)."""
    code = ord(char)
    return code < 0x20 or 0x7F <= code <= 0x9F or char in _BIDI


def safe_text(text: str, *, one_line: bool = False) -> str:
    """``text`` with every unsafe character shown as a placeholder (``␛`` for ESC, ``�``).

    Newlines and tabs are kept, unless ``one_line`` is set: then they become spaces.
    """
    if text.isprintable() and not any(char in _BIDI for char in text):
        return text
    kept = "" if one_line else "\n\t"
    out = []
    for char in text:
        if char in "\n\t" and one_line:
            out.append(" ")
        elif is_unsafe(char) and char not in kept:
            out.append(_placeholder(char))
        else:
            out.append(char)
    return "".join(out)


def without_unsafe(text: str) -> str:
    """``text`` with every unsafe character left out (tabs become spaces, newlines stay)."""
    text = text.replace("\t", " ")
    if text.isprintable() and not any(char in _BIDI for char in text):
        return text
    return "".join(char for char in text if char == "\n" or not is_unsafe(char))


def unsafe_characters(text: str, *, allow: str = "\n\t") -> str | None:
    """A description of the first unsafe character in ``text`` (not in ``allow``), or None."""
    for char in text:
        if is_unsafe(char) and char not in allow:
            name = unicodedata.name(char, "") or _CONTROL_NAMES.get(ord(char), "control character")
            return f"U+{ord(char):04X} ({name.lower()})"
    return None


_CONTROL_NAMES = {0x07: "bell", 0x08: "backspace", 0x0D: "carriage return", 0x1B: "escape"}


def shorten(text: str, most: int = 80) -> str:
    """``text`` safe and on one line, cut to ``most`` characters with an ellipsis."""
    text = safe_text(text, one_line=True)
    return text if len(text) <= most else text[: most - 1] + "…"
