"""Differences a clinic has retired from its content: what a priorities file that names one
is told, where its answer goes, and which unknown ids are retired ones rather than slips."""

from __future__ import annotations

import re
from collections.abc import Mapping

from laser_tui.files.priorities_problems import misspelt
from laser_tui.language.catalogue import _
from laser_tui.language.formats import all_of
from laser_tui.model.content import Content, RetiredCriterion
from laser_tui.model.priorities import CriterionPriority


def stronger(one: CriterionPriority, other: CriterionPriority) -> bool:
    """Whether ``one`` says more than ``other``: counted where it is not, or a higher weight."""
    return (one.counts, one.weight) > (other.counts, other.weight)


def retired_note(
    source: str, content: Content, retired: RetiredCriterion, saved: Mapping[str, object]
) -> str:
    """One line on a retired difference the file names, and where its answer went."""
    targets = [f'"{content.criterion(i).label}"' for i in retired.became if i not in saved]
    if targets:
        return _(
            "{source}: priorities.{name}: {note}; your answer for it now counts for {labels}",
            source=source,
            name=retired.id,
            note=retired.note,
            labels=all_of(targets),
        )
    return _(
        "{source}: priorities.{name}: {note}; the file already has answers for what replaced it",
        source=source,
        name=retired.id,
        note=retired.note,
    )


MOST_SLIPS = 100
"""The most unknown ids looked at for a slip of a known one (a hostile file may have 20,000)."""
_ID = re.compile(r"[a-z][a-z0-9_]{0,39}")


def retired_since(unknown: list[str], known: set[str], *, saved_by_laser_tui: bool) -> list[str]:
    """The unknown ids that name differences the content has dropped since laser-tui saved the
    file (it writes ``content`` itself): ids in the form of one, and not a slip of a known one.
    In a file laser-tui did not write, every unknown id is a slip."""
    if not saved_by_laser_tui:
        return []
    looked_at = set(unknown[:MOST_SLIPS])
    return [
        name
        for name in unknown
        if _ID.fullmatch(name) and not (name in looked_at and misspelt(name, known))
    ]
