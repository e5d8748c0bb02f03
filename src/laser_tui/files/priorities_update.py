"""Saving over a priorities file the person may have edited: their comments and order stay.

Only the values laser-tui owns change; everything else in the file (comments, blank lines,
the order of tables, inline tables) is kept as it was written, by editing the parsed document
with tomlkit. New files are written by ``dump_priorities`` (tomli-w) instead.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.exceptions import TOMLKitError
from tomlkit.items import InlineTable, Item

from laser_tui.files.priorities_file import FORMAT, content_label, read_priorities
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities


def updated_text(
    old_text: str, priorities: Priorities, content: Content, saved_at: dt.datetime, path: Path
) -> str | None:
    """``old_text`` with ``priorities`` put in place, or None when that cannot be done safely.

    The result is read back: unless it gives exactly ``priorities`` with no problem, None.
    """
    try:
        document = tomlkit.parse(old_text)
        _put(document, "format", FORMAT)
        _put(document, "saved_at", saved_at.astimezone(dt.UTC).replace(microsecond=0))
        _put(document, "content", content_label(content))
        table = _table(document, "priorities")
        for criterion in content.criteria:
            entry = _table(table, criterion.id)
            for key, value in priorities.get(criterion.id).model_dump().items():
                _put(entry, key, value)
            entry.pop("matters", None)  # format 1's name for "counts"
        if priorities.leaning is None:
            document.pop("leaning", None)
        else:
            _put(document, "leaning", priorities.leaning)
        _put_concerns(document, table, priorities, content)
        answers = _table(document, "readiness")
        for key, value in priorities.readiness.model_dump().items():
            if value is None:
                answers.pop(key, None)
            else:
                _put(answers, key, value)
        _put_clinician(document, priorities, content)
        text = tomlkit.dumps(document)
    except (TOMLKitError, TypeError, ValueError, KeyError):
        return None
    return text if _reads_back(text, priorities, content, path) else None


def _put_concerns(
    document: MutableMapping[str, Any],
    table: MutableMapping[str, Any],
    priorities: Priorities,
    content: Content,
) -> None:
    """The concerns, in place of any old weighed difference that is now asked as a concern."""
    for retired in content.retired_criteria:
        if retired.concerns:
            table.pop(retired.id, None)
    if content.concerns or "concerns" in document:
        _put(document, "concerns", list(priorities.concerns))
    if priorities.concerns_unsure:
        _put(document, "concerns_unsure", True)
    else:
        document.pop("concerns_unsure", None)


def _put_clinician(
    document: MutableMapping[str, Any], priorities: Priorities, content: Content
) -> None:
    """The answers to "Things my clinician should know" (a skipped question left out)."""
    if not content.clinician_questions and "clinician" not in document:
        return
    table = _table(document, "clinician")
    given = priorities.consultation.answers
    for key in [key for key in table if key not in given]:
        table.pop(key)
    for key, value in given.items():
        _put(table, key, value)


def _put(table: MutableMapping[str, Any], key: str, value: object) -> None:
    """Set ``key``, leaving it as written when it already holds ``value``."""
    current = table.get(key)
    plain = current.unwrap() if isinstance(current, Item) else current
    if type(plain) is not type(value) or plain != value:
        table[key] = value


def _table(parent: MutableMapping[str, Any], key: str) -> MutableMapping[str, Any]:
    """The table ``key`` of ``parent``, added (inline if ``parent`` is) when it is missing."""
    found = parent.get(key)
    if isinstance(found, MutableMapping):
        return found
    if found is not None:
        raise TypeError(f"{key} is not a table")
    table = tomlkit.inline_table() if isinstance(parent, InlineTable) else tomlkit.table()
    parent[key] = table
    return table


def _reads_back(text: str, priorities: Priorities, content: Content, path: Path) -> bool:
    try:
        loaded = read_priorities(tomllib.loads(text), content, path)
    except tomllib.TOMLDecodeError:
        return False
    return not loaded.problems and loaded.priorities == priorities
