"""Where a problem in a content file is, in words an editor can find: the line, the field, and
the id of the treatment, criterion or other item it belongs to. Pure; no Textual."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from laser_tui.language.catalogue import N_, _
from laser_tui.model.problems import Location, field_path
from laser_tui.model.safe_text import shorten

ITEM_KINDS = {
    "treatments": N_("treatment"),
    "criteria": N_("criterion"),
    "outcomes": N_("outcome"),
    "other_options": N_("other option"),
    "sources": N_("source"),
    "retired_criteria": N_("retired criterion"),
    "concerns": N_("concern"),
    "clinician_questions": N_("clinician question"),
}
"""The lists of a content file whose items have an id, and what one item is called."""

LineOf = Callable[[Sequence[int | str]], int | None]


def item_id(data: Any, location: Sequence[int | str]) -> tuple[str, str] | None:
    """The kind and id of the list item ``location`` is in (``("criterion", "low_risk")``)."""
    if len(location) < 2 or not isinstance(data, dict) or location[0] not in ITEM_KINDS:
        return None
    items, index = data.get(location[0]), location[1]
    if not isinstance(items, list) or not isinstance(index, int) or not 0 <= index < len(items):
        return None
    item = items[index]
    found = item.get("id") if isinstance(item, dict) else None
    return (ITEM_KINDS[str(location[0])], found) if isinstance(found, str) and found else None


class ContentPlaces:
    """Says where a location of a content file is: ``line 40: criteria[1].fit (criterion
    "low_risk")``; the line when ``line_of`` knows it, the id when the item has one."""

    def __init__(self, data: Any, line_of: LineOf | None = None) -> None:
        self._data = data
        self._line_of = line_of

    def __call__(self, location: Location) -> str:
        where = field_path(location)
        named = item_id(self._data, location)
        if named is not None:
            where = _(
                '{field} ({kind} "{id}")', field=where, kind=_(named[0]), id=shorten(named[1], 40)
            )
        line = self._line_of(location) if self._line_of else None
        return where if line is None else _("line {line}: {where}", line=line, where=where)
