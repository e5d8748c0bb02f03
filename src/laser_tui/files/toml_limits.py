"""How deep and how large what laser-tui reads from TOML may be, and where a file goes past it."""

from __future__ import annotations

import re
from typing import Any

MAX_DEPTH = 20
"""The deepest nesting of tables and lists laser-tui reads (dotted keys and headers count)."""
LARGEST_WHOLE_NUMBER = 2**63 - 1
"""TOML's whole numbers are 64-bit; a larger one is refused, never carried on."""

_NESTING = re.compile(r"'''|\"\"\"|[\"'#\[\]{}.=,\n]")
_ENDS = {
    "'''": re.compile(r"'''"),
    '"""': re.compile(r'(?<!\\)"""'),
    "'": re.compile(r"'|\n"),
    '"': re.compile(r'(?<!\\)(?:\\\\)*"|\n'),
    "#": re.compile(r"\n"),
}


def too_deep(text: str, most: int) -> int | None:
    """The line on which tables and lists (outside strings and comments) nest deeper than
    ``most``, or None: brackets, braces, the parts of a dotted key and of a table header all
    count. A quick look, not a parser: the parser finds everything else."""
    if text.count("[") + text.count("{") + text.count(".") <= most:
        return None
    levels, position, name_starts = _Levels(), 0, 0
    while (match := _NESTING.search(text, position)) is not None:
        token, position = match[0], match.end()
        if token in _ENDS:
            end = _ENDS[token].search(text, position)
            position = end.end() if end else len(text)
            if token == "#" and end is not None:
                position = end.start()  # the comment's newline ends the line
            continue
        was_header = levels.header
        found = levels.take(token)
        if levels.header and not was_header:
            name_starts = position
        elif was_header and not levels.header:
            found = levels.named(text[name_starts : match.start()])
        if found > most:
            return text.count("\n", 0, match.start()) + 1
    return None


class _Levels:
    """How many tables and lists are open at a point of a TOML text, token by token."""

    def __init__(self) -> None:
        self.opened: list[tuple[str, int]] = []  # each open bracket, and the key dots before it
        self.outer = 0  # the dots of the keys around this point
        self.table = 0  # the levels the last table header opened
        self.dots = 0  # the dots of the key being read
        self.brackets = 0  # the brackets of the header being read
        self.in_key, self.header = True, False
        self.arrays: set[tuple[str, ...]] = set()  # the names of arrays of tables ([[a.b]])

    def take(self, token: str) -> int:
        """Read one token; the levels open after it."""
        if token == "\n" and not self.opened:
            self.dots, self.in_key = 0, True
        elif token == "." and self.in_key:
            self.dots += 1
        elif token == "=":
            self.in_key = False
        elif token == "," and self.opened and self.opened[-1][0] == "{":
            self.dots, self.in_key = 0, True
        elif token in "[{":
            self._open(token)
        elif token in "]}" and self.opened:
            self._close()
        if self.header:
            return self.dots + len(self.opened)
        return self.table + self.outer + self.dots + len(self.opened)

    def _open(self, token: str) -> None:
        self.header = self.header or (token == "[" and self.in_key and not self.opened)
        if self.header:
            self.brackets += 1
            self.opened.append((token, 0))
            return
        self.opened.append((token, self.dots))
        self.outer, self.dots, self.in_key = self.outer + self.dots, 0, token == "{"

    def _close(self) -> None:
        _, around = self.opened.pop()
        if self.header:
            if not self.opened:
                self.table, self.dots = self.dots + self.brackets, 0
                self.header, self.in_key = False, False
            return
        self.outer, self.dots, self.in_key = self.outer - around, around, False

    def named(self, name: str) -> int:
        """A table header ``name`` has just closed: each array of tables it passes through
        opens one more level (``[a.b]`` after ``[[a]]`` is in a table in a list); the levels."""
        parts = tuple(part.strip() for part in name.strip("[] \t").split("."))
        self.table += sum(parts[:end] in self.arrays for end in range(1, len(parts)))
        if self.brackets == 2:
            self.arrays.add(parts)
        self.brackets = 0
        return self.table


_WHOLE_NUMBER = re.compile(
    r"(?<![\w.+-])[+-]?(?:0x[0-9A-Fa-f_]+|0o[0-7_]+|0b[01_]+|[0-9][0-9_]*)(?![\w.])"
)


def too_large(written: str) -> bool:
    """Whether the whole number ``written`` (as in a TOML file) does not fit in 64 bits."""
    digits = written.lstrip("+-").replace("_", "")
    try:
        value = int(digits, 0)
    except ValueError:  # leading zeros, or more digits than Python reads
        return len(digits.lstrip("0")) > len(str(LARGEST_WHOLE_NUMBER))
    return value > LARGEST_WHOLE_NUMBER + written.startswith("-")


def first_too_large(text: str) -> tuple[int, str] | None:
    """The line and the written form of the first whole number in ``text`` too large to read."""
    for match in _WHOLE_NUMBER.finditer(text):
        if len(match[0]) >= len(str(LARGEST_WHOLE_NUMBER)) and too_large(match[0]):
            return text.count("\n", 0, match.start()) + 1, match[0]
    return None


def past_the_limits(data: dict[str, Any], most: int) -> str | None:
    """What in parsed ``data`` goes past what laser-tui reads ("deep", "large"), or None.

    A walk without recursion, for whatever ``too_deep`` could not see."""
    waiting: list[tuple[object, int]] = [(data, 0)]
    while waiting:
        item, depth = waiting.pop()
        if isinstance(item, dict | list):
            if depth > most:
                return "deep"
            values = item.values() if isinstance(item, dict) else item
            waiting.extend((value, depth + 1) for value in values)
        elif (
            isinstance(item, int) and not -LARGEST_WHOLE_NUMBER - 1 <= item <= LARGEST_WHOLE_NUMBER
        ):
            return "large"
    return None
