"""The lines that tell a person what is wrong in a priorities file, and what is used meanwhile."""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Sequence

from pydantic_core import ErrorDetails

from laser_tui.language.catalogue import N_, _
from laser_tui.model.priorities import DEFAULT_WEIGHT, MAX_WEIGHT, MIN_WEIGHT, READINESS_QUESTIONS
from laser_tui.model.problems import Written, field_path, pydantic_message
from laser_tui.model.safe_text import shorten


def toml_value(value: object) -> str:
    """A value as it looks in a TOML file, for messages."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return _("a table")
    if isinstance(value, list):
        return _("a list")
    return str(value)


_TRUE_OR_FALSE = N_(
    "must be true or false, or left out; it counts as not answered until you fix it"
)
_ADVICE = {
    "weight": N_(
        "must be a whole number from {low} to {high}; the default {default} is used until you "
        "fix it"
    ),
    **dict.fromkeys(
        ("counts", "matters"),
        N_("must be true or false; false (does not count) is used until you fix it"),
    ),
    "leaning": N_(
        "must be text in quotes, one of the choices in the comment above it; it is ignored"
    ),
    "saved_at": N_("must be a date and time such as 2026-11-24T09:30:00Z; it is ignored"),
    "content": N_("must be text in quotes; it is ignored"),
    **dict.fromkeys(READINESS_QUESTIONS, _TRUE_OR_FALSE),
}
"""What each field should hold, and what is used meanwhile."""


def _what_to_do(name: str, item: ErrorDetails) -> str:
    """What the value should be and what is used meanwhile, for one pydantic error."""
    if item["type"] == "extra_forbidden":
        return _(
            "laser-tui does not know this name: check the spelling or remove it; it is ignored"
        )
    if name in _ADVICE:
        return _(_ADVICE[name], low=MIN_WEIGHT, high=MAX_WEIGHT, default=DEFAULT_WEIGHT)
    if item["type"] in ("model_type", "dict_type"):
        return _("must be a table of settings; it is ignored")
    return _("{problem}; it is ignored", problem=pydantic_message(item))


def shown_value(value: object, location: Sequence[int | str], written: Written | None) -> str:
    """``value`` as the file has it: a number, true/false or text as written there, if known."""
    if written is not None and isinstance(value, str | int | float):
        as_written = written(location)
        if as_written is not None:
            return as_written
    return toml_value(value)


def problem_line(source: str, item: ErrorDetails, written: Written | None) -> str:
    """One line for one pydantic error in a priorities file: where, what was found, what to do."""
    location = tuple(item["loc"])
    names = [part for part in location if isinstance(part, str)]
    what = _what_to_do(names[-1] if names else "", item)
    if item["type"] == "extra_forbidden":
        return _(
            "{source}: {field}: {advice}", source=source, field=field_path(location), advice=what
        )
    return _(
        "{source}: {field} (found {value}): {advice}",
        source=source,
        field=field_path(location),
        value=shown_value(item["input"], location, written),
        advice=what,
    )


def unknown_lines(source: str, unknown: list[str], known: set[str]) -> list[str]:
    """One line for the ids in the file that the content does not know, however many."""
    if len(unknown) == 1:
        return [
            _(
                "{source}: priorities.{name}: not a difference this content knows (it knows "
                "{known}): check the spelling or remove it; it is ignored",
                source=source,
                name=shorten(unknown[0], 40),
                known=some_names(sorted(known)),
            )
        ]
    if unknown:
        return [
            _(
                "{source}: priorities: {count} differences this content does not know "
                "({names}; it knows {known}): check the spelling or remove them; they are "
                "ignored",
                source=source,
                count=len(unknown),
                names=some_names([shorten(name, 40) for name in unknown], 3),
                known=some_names(sorted(known)),
            )
        ]
    return []


def misspelt(name: str, known: set[str]) -> str | None:
    """The id of ``known`` that ``name`` is most likely a slip of, if any is close."""
    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.7)
    return close[0] if close else None


def no_longer_asked(source: str, gone: list[str], label: Callable[[str], str | None]) -> list[str]:
    """One line for answers the file holds for differences this clinic no longer asks about
    (named by their words as the file has them, if ``label`` finds them)."""
    if not gone:
        return []
    shown = [f'"{shorten(label(name) or name, 60)}"' for name in gone[:3]]
    if len(gone) == 1:
        return [
            _(
                "{source}: priorities.{name}: this clinic no longer asks about {label}; your "
                "answer for it is not used",
                source=source,
                name=shorten(gone[0], 40),
                label=shown[0],
            )
        ]
    if len(gone) > 3:
        return [
            _(
                "{source}: priorities: this clinic no longer asks about {labels} and {count} "
                "more; your answers for them are not used",
                source=source,
                labels=", ".join(shown),
                count=len(gone) - 3,
            )
        ]
    return [
        _(
            "{source}: priorities: this clinic no longer asks about {labels}; your answers for "
            "them are not used",
            source=source,
            labels=", ".join(shown),
        )
    ]


def some_names(names: list[str], most: int = 5) -> str:
    """The first ``most`` names, and how many more there are."""
    shown = ", ".join(names[:most])
    if len(names) <= most:
        return shown
    return _("{names} and {count} more", names=shown, count=len(names) - most)
