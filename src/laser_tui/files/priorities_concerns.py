"""The concerns part of a priorities file: the ``concerns`` list (format 3), and the old
weighed differences that were really concerns (``retired_criteria`` with ``concerns``)."""

from __future__ import annotations

from collections.abc import Iterable

import tomli_w

from laser_tui.files.priorities_problems import toml_value
from laser_tui.language.catalogue import _
from laser_tui.language.formats import all_of
from laser_tui.model.content import Content, RetiredCriterion
from laser_tui.model.priorities import CriterionPriority, Priorities


def concerns_block(priorities: Priorities, content: Content) -> str:
    """The top-level ``concerns`` keys (before any table), with a comment on what they hold."""
    if not content.concerns:
        return ""
    choices = ", ".join(f'"{c.id}"' for c in content.concerns)
    text = f"# What bothers you about your skin (any of {choices}); never weighed.\n"
    text += tomli_w.dumps({"concerns": list(priorities.concerns)})
    if priorities.concerns_unsure:
        text += "# You said you are not sure what bothers you.\n"
        text += tomli_w.dumps({"concerns_unsure": True})
    return text


def known_concerns(
    source: str, named: Iterable[str], content: Content
) -> tuple[tuple[str, ...], list[str]]:
    """The named concern ids this content has, in its order, and a line for each it lacks."""
    ids = [c.id for c in content.concerns]
    named = list(named)
    problems = [
        _(
            "{source}: concerns (found {value}): not a concern this content has (it has "
            "{choices}); it was left out",
            source=source,
            value=toml_value(concern),
            choices=", ".join(ids) or _("none"),
        )
        for concern in named
        if concern not in ids
    ]
    return tuple(i for i in ids if i in named), problems


def retired_concerns(retired: RetiredCriterion, priority: CriterionPriority) -> list[str]:
    """The concerns an old answer names: those of a difference that counted for the person."""
    return list(retired.concerns) if priority.counts and priority.weight > 0 else []


def retired_concern_note(
    source: str, content: Content, retired: RetiredCriterion, priority: CriterionPriority
) -> str:
    """One line on an old difference that is now a concern, and what became of the answer."""
    labels = all_of([f'"{content.concern(i).label}"' for i in retired.concerns])
    if retired_concerns(retired, priority):
        return _(
            "{source}: priorities.{name}: {note}; it counted for you, so {labels} is now named "
            "as bothering you",
            source=source,
            name=retired.id,
            note=retired.note,
            labels=labels,
        )
    return _(
        "{source}: priorities.{name}: {note}; it did not count for you, so {labels} is not named",
        source=source,
        name=retired.id,
        note=retired.note,
        labels=labels,
    )
