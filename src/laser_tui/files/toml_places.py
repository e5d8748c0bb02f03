"""Where each key of a TOML file is written: its line, for messages about a field.

``tomllib`` gives values without places. ``key_lines`` reads a text that ``tomllib`` has
already accepted once more, only far enough to note the line of every table header, key and
list item, under the same location a validation error names (``("criteria", 0, "fit")``).
"""

from __future__ import annotations

import bisect
import contextlib
import re
import tomllib
from collections.abc import Sequence

Location = tuple[int | str, ...]

_SPACE = re.compile(r"(?:[ \t\r\n]|#[^\n]*)*")
_INLINE_SPACE = re.compile(r"[ \t]*")
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_BASIC = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_LITERAL = re.compile(r"'[^'\n]*'")
_MULTI_BASIC = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""(?:"{1,2}(?!"))?', re.DOTALL)
_MULTI_LITERAL = re.compile(r"'''(?:[^']|'(?!''))*'''(?:'{1,2}(?!'))?", re.DOTALL)
_SCALAR = re.compile(r"[^,\]}\s#]+(?:[ T][0-9][^,\]}\s#]*)?")


MOST_PLACES = 20_000
"""The most places noted; a file with more (far more than any content file) gets lines for
its first ones only, so that a hostile file is read quickly."""


class _Unreadable(Exception):
    """The text is not in a shape this quick reading follows, or it has more places than
    ``MOST_PLACES``; stop with what was found."""


class KeyLines:
    """The line (from 1) of each key, table and list item in a TOML text."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._newlines = [m.start() for m in re.finditer("\n", text)]
        self._lines: dict[Location, int] = {}
        self._tables: dict[Location, int] = {}
        """How many ``[[...]]`` tables each array of tables has so far."""
        # On a surprise, the lines found before it are still right.
        with contextlib.suppress(_Unreadable, IndexError, tomllib.TOMLDecodeError, RecursionError):
            self._document()

    def line(self, location: Sequence[int | str]) -> int | None:
        """The line of ``location``, or of the nearest table or key that holds it."""
        for end in range(len(location), 0, -1):
            found = self._lines.get(tuple(location[:end]))
            if found is not None:
                return found
        return None

    def _line_at(self, position: int) -> int:
        return bisect.bisect_left(self._newlines, position) + 1

    def _note(self, location: Location, position: int) -> None:
        """Note the line of ``location`` and of the tables that hold it, if not yet noted."""
        if len(self._lines) > MOST_PLACES:
            raise _Unreadable
        line = self._line_at(position)
        for end in range(1, len(location) + 1):
            self._lines.setdefault(location[:end], line)

    def _skip(self, pattern: re.Pattern[str], position: int) -> int:
        match = pattern.match(self._text, position)
        return match.end() if match else position

    def _document(self) -> None:
        text, position = self._text, 0
        table: Location = ()
        while (position := self._skip(_SPACE, position)) < len(text):
            start = position
            if text.startswith("[[", position):
                parts, position = self._key(position + 2, "]]")
                table = self._new_table(parts, start)
            elif text[position] == "[":
                parts, position = self._key(position + 1, "]")
                table = self._resolve(parts)
                self._note(table, start)
            else:
                parts, position = self._key(position, "=")
                position = self._value((*table, *parts), position, start)

    def _resolve(self, parts: Location) -> Location:
        """A header's key as a location: the last table of each array of tables on the way."""
        resolved: Location = ()
        for part in parts:
            resolved = (*resolved, part)
            if resolved in self._tables:
                resolved = (*resolved, self._tables[resolved] - 1)
        return resolved

    def _new_table(self, parts: Location, start: int) -> Location:
        array = (*self._resolve(parts[:-1]), parts[-1])
        index = self._tables.get(array, 0)
        self._tables[array] = index + 1
        self._note((*array, index), start)
        return (*array, index)

    def _key(self, position: int, end: str) -> tuple[Location, int]:
        """A dotted key and the position just after ``end``, which follows it."""
        text, parts = self._text, []
        while True:
            position = self._skip(_INLINE_SPACE, position)
            for pattern in (_BARE_KEY, _BASIC, _LITERAL):
                match = pattern.match(text, position)
                if match:
                    break
            else:
                raise _Unreadable
            key = match[0]
            parts.append(tomllib.loads(f"k = {key}")["k"] if key[0] in "\"'" else key)
            position = self._skip(_INLINE_SPACE, match.end())
            if text.startswith(end, position):
                return tuple(parts), position + len(end)
            if text[position] != ".":
                raise _Unreadable
            position += 1

    def _value(self, location: Location, position: int, start: int) -> int:
        """Note ``location`` (written from ``start``), read its value; the position after it."""
        self._note(location, start)
        text = self._text
        position = self._skip(_INLINE_SPACE, position)
        if text[position] == "[":
            return self._array(location, position + 1)
        if text[position] == "{":
            return self._inline_table(location, position + 1)
        for pattern in (_MULTI_BASIC, _MULTI_LITERAL, _BASIC, _LITERAL, _SCALAR):
            match = pattern.match(text, position)
            if match:
                return match.end()
        raise _Unreadable

    def _array(self, location: Location, position: int) -> int:
        text, index = self._text, 0
        while True:
            position = self._skip(_SPACE, position)
            if text[position] == "]":
                return position + 1
            position = self._value((*location, index), position, position)
            position = self._skip(_SPACE, position)
            if text[position] == ",":
                position += 1
            index += 1

    def _inline_table(self, location: Location, position: int) -> int:
        text = self._text
        while True:
            position = self._skip(_SPACE, position)
            if text[position] == "}":
                return position + 1
            start = position
            parts, position = self._key(position, "=")
            position = self._value((*location, *parts), position, start)
            position = self._skip(_SPACE, position)
            if text[position] == ",":
                position += 1
