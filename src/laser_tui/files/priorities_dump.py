"""The text of a new priorities file: a header on how to edit it, then every criterion, the
readiness answers and the clinician's questions, with a comment on each (tomli-w)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import tomli_w

from laser_tui.files.priorities_clinician import clinician_block
from laser_tui.files.priorities_concerns import concerns_block
from laser_tui.files.priorities_file import FORMAT, content_label
from laser_tui.model.content import Content
from laser_tui.model.leaning import leaning_values
from laser_tui.model.priorities import (
    DEFAULT_WEIGHT,
    MAX_WEIGHT,
    MIN_WEIGHT,
    READINESS_QUESTIONS,
    Priorities,
    Readiness,
)


def _comment(text: str) -> str:
    """Text made safe for a TOML comment (one line, printable characters only)."""
    return "".join(ch if ch.isprintable() else " " for ch in text).strip()


def _header(content: Content) -> str:
    lines = [
        "laser-tui priorities: what counts for you, and how important it is.",
        "",
        f'Made with laser-tui, a decision aid for "{_comment(content.title)}".',
        "You can change this file in any text editor; laser-tui reads it when it starts.",
        "  counts  = true or false   does this difference count for you?",
        f"  weight  = {MIN_WEIGHT} to {MAX_WEIGHT}          how important it is "
        f"({MIN_WEIGHT} not at all, {MAX_WEIGHT} extremely)",
        f"A difference left out of the file starts as not counting, weight {DEFAULT_WEIGHT}.",
        'Keep "format" as it is. laser-tui writes "saved_at" and "content" itself.',
        "This is decision support, not medical advice: talk it over with your clinician.",
    ]
    return "".join(f"# {line}".rstrip() + "\n" for line in lines) + "\n"


def _readiness_block(readiness: Readiness) -> str:
    lines = ["", "# Getting ready: true for yes, false for no; leave out what is not answered yet."]
    lines += [f"#   {key}: {_comment(question)}" for key, question in READINESS_QUESTIONS.items()]
    answered = readiness.model_dump(exclude_none=True)
    return "\n".join(lines) + "\n" + tomli_w.dumps({"readiness": answered})


def _leaning_line(leaning: str | None, content: Content) -> str:
    """The ``leaning`` key (top level, before any table) with a comment on what it may hold."""
    choices = ", ".join(f'"{value}"' for value in leaning_values(content))
    text = f"# Where you are leaning ({choices}); leave it out if not said yet.\n"
    return text + (tomli_w.dumps({"leaning": leaning}) if leaning is not None else "")


def dump_priorities(
    priorities: Priorities, content: Content, saved_at: dt.datetime | None = None
) -> str:
    """The text of a priorities file: a header on how to edit it, then every criterion.

    One table per criterion of ``content``, in its order (missing ones with their defaults);
    ids in ``priorities`` that the content does not have are left out.
    """
    top: dict[str, Any] = {"format": FORMAT}
    text = _header(content) + tomli_w.dumps(top)
    if saved_at is not None:
        utc = saved_at.astimezone(dt.UTC).replace(microsecond=0)
        text += f"saved_at = {utc:%Y-%m-%dT%H:%M:%SZ}\n"
    text += tomli_w.dumps({"content": content_label(content)})
    text += _leaning_line(priorities.leaning, content)
    text += concerns_block(priorities, content)
    for criterion in content.criteria:
        entry = priorities.get(criterion.id).model_dump()
        text += f"\n# {_comment(criterion.label)}\n"
        text += tomli_w.dumps({"priorities": {criterion.id: entry}})
    text += _readiness_block(priorities.readiness)
    return text + clinician_block(priorities.consultation, content)
