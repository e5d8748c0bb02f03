"""Values as they were written in a TOML file, so a message quotes ``0x10`` and not ``16``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from laser_tui.files.toml_places import KeyLines

_BOM = b"\xef\xbb\xbf"


class WrittenValues:
    """Look up how a simple value (a number, true/false, a text) was written at a field's
    location in a file.

    ``tomllib`` gives only values: ``0x10``, ``1_6`` and ``+16`` all read as 16, ``1.50`` as
    1.5, and ``"caf\\u00e9"`` as café. Messages about a bad value should show what the person
    wrote, so this parses the text again with tomlkit (which keeps each value's text), but only
    when a message asks, which is only when a file has a problem.
    """

    def __init__(self, raw: bytes | str) -> None:
        self._raw = raw
        self._document: Any = None
        self._parsed = False
        self._key_lines: KeyLines | None = None

    def line(self, location: Sequence[int | str]) -> int | None:
        """The line (from 1) where ``location``, or the nearest table holding it, is written."""
        if self._key_lines is None:
            self._key_lines = KeyLines(self._text())
        return self._key_lines.line(location)

    def comment_above(self, header: str) -> str | None:
        """The comment on the line just above the table header ``[header]``, if any (above each
        difference's table, laser-tui writes the difference's words)."""
        above = re.compile(
            rf"^[ \t]*#(?P<comment>[^\n]*)\r?\n[ \t]*\[[ \t]*{re.escape(header)}[ \t]*\]",
            re.MULTILINE,
        )
        match = above.search(self._text())
        if match is None:
            return None
        return match["comment"].strip() or None

    def _text(self) -> str:
        raw = self._raw
        return raw.removeprefix(_BOM).decode("utf-8") if isinstance(raw, bytes) else raw

    def __call__(self, location: Sequence[int | str]) -> str | None:
        """The text of the number, boolean or string at ``location``; None for anything
        else (a table, a list, a date) or where the file has no such location."""
        from tomlkit.items import Float, Integer, String

        item = self._document_or_none()
        for part in location:
            try:
                item = item[part]
            except (KeyError, IndexError, TypeError):
                return None
        if isinstance(item, bool):  # tomlkit gives a plain bool; TOML spells it one way only
            return "true" if item else "false"
        if isinstance(item, Integer | Float | String):
            return item.as_string().strip()
        return None

    def _document_or_none(self) -> Any:
        """The tomlkit document, parsed at the first look-up; None if tomlkit cannot read it."""
        if not self._parsed:
            import tomlkit
            from tomlkit.exceptions import TOMLKitError

            self._parsed = True
            try:
                self._document = tomlkit.parse(self._text())
            except (TOMLKitError, ValueError, RecursionError):
                self._document = None
        return self._document
