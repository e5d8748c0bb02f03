"""The lines that tell a person what is wrong in a priorities file, and what is used meanwhile."""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Sequence

from pydantic_core import ErrorDetails

from laser_tui.model.priorities import DEFAULT_WEIGHT, MAX_WEIGHT, MIN_WEIGHT, READINESS_QUESTIONS
from laser_tui.model.problems import Written, field_path
from laser_tui.model.safe_text import shorten


def toml_value(value: object) -> str:
    """A value as it looks in a TOML file, for messages."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return str(value)


_TRUE_OR_FALSE = "must be true or false, or left out; it counts as not answered until you fix it"
_ADVICE = {
    "weight": (
        f"must be a whole number from {MIN_WEIGHT} to {MAX_WEIGHT}; "
        f"the default {DEFAULT_WEIGHT} is used until you fix it"
    ),
    **dict.fromkeys(
        ("counts", "matters"),
        "must be true or false; false (does not count) is used until you fix it",
    ),
    "leaning": "must be text in quotes, one of the choices in the comment above it; it is ignored",
    "saved_at": "must be a date and time such as 2026-11-24T09:30:00Z; it is ignored",
    "content": "must be text in quotes; it is ignored",
    **dict.fromkeys(READINESS_QUESTIONS, _TRUE_OR_FALSE),
}
"""What each field should hold, and what is used meanwhile."""


def _what_to_do(name: str, item: ErrorDetails) -> str:
    """What the value should be and what is used meanwhile, for one pydantic error."""
    if item["type"] == "extra_forbidden":
        return "laser-tui does not know this name: check the spelling or remove it; it is ignored"
    if name in _ADVICE:
        return _ADVICE[name]
    if item["type"] in ("model_type", "dict_type"):
        return "must be a table of settings; it is ignored"
    return f"{str(item['msg']).removeprefix('Value error, ')}; it is ignored"


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
    found = (
        ""
        if item["type"] == "extra_forbidden"
        else f" (found {shown_value(item['input'], location, written)})"
    )
    what = _what_to_do(names[-1] if names else "", item)
    return f"{source}: {field_path(location)}{found}: {what}"


def unknown_lines(source: str, unknown: list[str], known: set[str]) -> list[str]:
    """One line for the ids in the file that the content does not know, however many."""
    if len(unknown) == 1:
        return [
            f"{source}: priorities.{shorten(unknown[0], 40)}: not a difference this content "
            f"knows (it knows {some_names(sorted(known))}): check the spelling or remove it; "
            "it is ignored"
        ]
    if unknown:
        return [
            f"{source}: priorities: {len(unknown)} differences this content does not know "
            f"({some_names([shorten(name, 40) for name in unknown], 3)}; it knows "
            f"{some_names(sorted(known))}): check the spelling or remove them; they are ignored"
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
            f"{source}: priorities.{shorten(gone[0], 40)}: this clinic no longer asks about "
            f"{shown[0]}; your answer for it is not used"
        ]
    more = f" and {len(gone) - 3} more" if len(gone) > 3 else ""
    return [
        f"{source}: priorities: this clinic no longer asks about {', '.join(shown)}{more}; "
        "your answers for them are not used"
    ]


def some_names(names: list[str], most: int = 5) -> str:
    """The first ``most`` names, and how many more there are."""
    shown = ", ".join(names[:most])
    return shown if len(names) <= most else f"{shown} and {len(names) - most} more"
