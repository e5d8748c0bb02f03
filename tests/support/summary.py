"""The known priorities behind the summary golden files, and how to read golden files."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities

HERE = Path(__file__).parent.parent
KNOWN_PRIORITIES_FILE = HERE / "data" / "known-priorities.toml"
FORMAT_1_FILE = HERE / "data" / "known-priorities-format-1.toml"
"""The same priorities as laser-tui wrote them in format 1, with the differences now concerns."""
GOLDEN_TEXT = HERE / "golden" / "summary.txt"
GOLDEN_MARKDOWN = HERE / "golden" / "summary.md"
KNOWN_AS_OF = dt.date(2026, 11, 4)
"""The day of saved_at in the known priorities file."""

KNOWN_WEIGHTS = {
    "dramatic_change": 5,
    "short_recovery": 2,
    "gentle_procedure": 1,
    "low_risk": 1,
}


def known_priorities(content: Content) -> Priorities:
    """Four differences ticked, one concern (once the weighed "even_colour"), three readiness
    answers, one blank."""
    priorities = Priorities.defaults_for(content).with_concern("colour_spots", True, content)
    for criterion_id, weight in KNOWN_WEIGHTS.items():
        priorities = priorities.with_counts(criterion_id, True).with_weight(criterion_id, weight)
    for question, answer in (("sure", False), ("understand", True), ("values", True)):
        priorities = priorities.with_readiness(question, answer)
    return priorities


def golden(path: Path, actual: str) -> str:
    """The golden file's text; with LASER_TUI_UPDATE_GOLDEN=1, first (re)write it from ``actual``.

    Review every rewritten golden file by hand before committing it.
    """
    if os.environ.get("LASER_TUI_UPDATE_GOLDEN") == "1":
        path.write_text(actual, encoding="utf-8")
    return path.read_text(encoding="utf-8")
