"""Compare a translated content file with its base: they may differ only in text.

Pure; no Textual. Works on the parsed TOML of both files, so that it names every difference,
each at its place: ids, fit values, figures, group sizes, sources, certainty levels, review
dates and anything else that is not words a person reads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from laser_tui.language.catalogue import _
from laser_tui.model.problems import Location, field_path
from laser_tui.model.safe_text import shorten

NOT_TEXT_KEYS = frozenset(
    {
        "id",
        "concern",
        "concerns",
        "sources",
        "became",
        "counted",
        "certainty",
        "kind",
        "url",
        "version",
    }
)
"""Keys whose words are not translated: ids, source ids, levels, kinds, addresses, version."""

NOT_TEXT_TABLES = frozenset({"sources"})
"""Top-level lists kept exactly as published (the references: titles, publishers, URLs)."""

TRANSLATION_KEYS = frozenset({"language", "base", "translation"})
"""Top-level keys that say which language a file is in; they differ between the two files."""

Where = Callable[[Location], str]
"""Says where a location is, in words (``ContentPlaces``)."""


@dataclass(frozen=True)
class Difference:
    """One difference other than text: where, the value in each file, and what to do."""

    location: Location
    base_value: str
    translated_value: str
    fix: str


def is_text(location: Location) -> bool:
    """Whether a string at ``location`` is words a translation changes."""
    if location and location[0] in NOT_TEXT_TABLES:
        return False
    key = next((part for part in reversed(location) if isinstance(part, str)), None)
    return key not in NOT_TEXT_KEYS


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return _("a table")
    if isinstance(value, list):
        return _("a list of {count}", count=len(value))
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return shorten(repr(value) if isinstance(value, str) else str(value), 40)


def _ids(items: list[Any]) -> list[str] | None:
    """The ids of a list of tables that all have one, else None."""
    ids = [item.get("id") for item in items if isinstance(item, dict)]
    named = [i for i in ids if isinstance(i, str)]
    return named if len(named) == len(items) else None


def differences(base: Any, translated: Any) -> list[Difference]:
    """Every difference other than text between two parsed content files, in file order."""
    found: list[Difference] = []
    if isinstance(base, dict) and isinstance(translated, dict):
        base = {k: v for k, v in base.items() if k not in TRANSLATION_KEYS}
        translated = {k: v for k, v in translated.items() if k not in TRANSLATION_KEYS}
    _compare(base, translated, (), found)
    return found


def _compare(base: Any, translated: Any, here: Location, found: list[Difference]) -> None:
    if isinstance(base, dict) and isinstance(translated, dict):
        _compare_tables(base, translated, here, found)
    elif isinstance(base, list) and isinstance(translated, list):
        _compare_lists(base, translated, here, found)
    elif isinstance(base, str) and isinstance(translated, str) and is_text(here):
        return
    elif type(base) is not type(translated) or base != translated:
        found.append(
            Difference(
                here,
                _shown(base),
                _shown(translated),
                _("a translation changes only words: copy the value from the base file"),
            )
        )


def _compare_tables(
    base: dict[str, Any], translated: dict[str, Any], here: Location, found: list[Difference]
) -> None:
    for key, value in base.items():
        if key not in translated:
            found.append(
                Difference(
                    (*here, key),
                    _shown(value),
                    _("missing"),
                    _("add it, with its words translated and every other value as in the base"),
                )
            )
        else:
            _compare(value, translated[key], (*here, key), found)
    for key, value in translated.items():
        if key not in base:
            found.append(
                Difference(
                    (*here, key),
                    _("missing"),
                    _shown(value),
                    _("remove it: the base file has no such key (check its spelling)"),
                )
            )


def _compare_lists(
    base: list[Any], translated: list[Any], here: Location, found: list[Difference]
) -> None:
    base_ids, translated_ids = _ids(base), _ids(translated)
    if base_ids is not None and translated_ids is not None and base_ids != translated_ids:
        _compare_ids(base_ids, translated_ids, here, found)
        return
    if len(base) != len(translated):
        found.append(
            Difference(
                here,
                _shown(base),
                _shown(translated),
                _("keep the same items as the base file, in the same order, each translated"),
            )
        )
        return
    for index, (one, other) in enumerate(zip(base, translated, strict=True)):
        _compare(one, other, (*here, index), found)


def _compare_ids(
    base_ids: list[str], translated_ids: list[str], here: Location, found: list[Difference]
) -> None:
    """Name the ids missing, extra or out of order in a list of items with ids."""
    for index, item in enumerate(base_ids):
        if item not in translated_ids:
            found.append(
                Difference(
                    here,
                    _("an item with id {id} (item {number})", id=repr(item), number=index + 1),
                    _("no such item"),
                    _("add this item, translated, where the base file has it"),
                )
            )
    for index, item in enumerate(translated_ids):
        if item not in base_ids:
            found.append(
                Difference(
                    (*here, index, "id"),
                    _("no such item"),
                    repr(item),
                    _("remove this item, or give it the id the base file uses"),
                )
            )
    shared_base = [i for i in base_ids if i in translated_ids]
    shared_at = [index for index, i in enumerate(translated_ids) if i in base_ids]
    shared_translated = [translated_ids[index] for index in shared_at]
    if shared_base != shared_translated:
        pairs = zip(shared_base, shared_translated, strict=False)
        shorter = min(len(shared_base), len(shared_translated))
        first = next((i for i, (a, b) in enumerate(pairs) if a != b), shorter)
        if first == len(shared_translated):  # an id the base file repeats, given fewer times
            location, translated = here, _("no such item")
        else:
            location, translated = (*here, shared_at[first], "id"), repr(shared_translated[first])
        in_base = repr(shared_base[first]) if first < len(shared_base) else _("no such item")
        found.append(
            Difference(
                location,
                in_base,
                translated,
                _("put the items of {field} in the base file's order", field=field_path(here)),
            )
        )


def difference_line(
    difference: Difference, translated_name: str, base_name: str, where: Where
) -> str:
    """One line: the file, line, field and item, the value in each file, and what to do."""
    return _(
        "{name}: {where}: {value} here, but {base_value} in the base {base}; {fix}",
        name=translated_name,
        where=where(difference.location),
        value=difference.translated_value,
        base_value=difference.base_value,
        base=base_name,
        fix=difference.fix,
    )
