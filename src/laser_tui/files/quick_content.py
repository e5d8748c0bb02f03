"""A fast, checked read of the shipped content: just what the home screen shows.

The first screen is painted from it before pydantic is even imported; the app validates the
whole file right after that first paint, and nothing from the content can be acted on until
it has (``LaserApp.check_action``). If that validation fails, the app shows the same one-line
errors as ever and exits 2. Anything here that is not as the full validation would accept it
gives None, and the caller validates before painting, as for any other content file.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from laser_tui.model.home_content import HomeContent
from laser_tui.model.safe_text import unsafe_characters

if TYPE_CHECKING:
    from laser_tui.model.content import Content

MIN_TREATMENTS = 2
_HEADER = re.compile(r"^[ \t]*\[", re.MULTILINE)
"""The start of a table header line (``[about]``, ``[[treatments]]``)."""
_TREATMENT = re.compile(r"\[\[[ \t]*treatments[ \t]*\]\][ \t]*(#.*)?")


def _text(value: Any) -> str | None:
    """A non-blank string of text, stripped as the content model strips it; else None."""
    if isinstance(value, str) and value.strip() and unsafe_characters(value) is None:
        return value.strip()
    return None


def _date(value: Any) -> dt.date | None:
    """A TOML date (not a date-time); else None."""
    return value if type(value) is dt.date else None


def home_content(data: dict[str, Any]) -> HomeContent | None:
    """The home screen's fields of parsed TOML, checked as the content model checks them."""
    treatments = data.get("treatments")
    if not isinstance(treatments, list) or len(treatments) < MIN_TREATMENTS:
        return None
    names = [_text(t.get("name")) if isinstance(t, dict) else None for t in treatments]
    title, disclaimer = _text(data.get("title")), _text(data.get("disclaimer"))
    reviewed, next_review = _date(data.get("reviewed")), _date(data.get("next_review"))
    if title is None or disclaimer is None or reviewed is None or next_review is None:
        return None
    if any(name is None for name in names):
        return None
    return HomeContent(title, disclaimer, reviewed, next_review, tuple(filter(None, names)))


def home_part(text: str) -> dict[str, Any]:
    """The parts of a content file's TOML the home screen shows, parsed without the rest.

    Top-level keys come before the first table header, and each treatment's name is in its own
    ``[[treatments]]`` table: those pieces alone are parsed (a fifth of the time of the whole
    file, before the first paint). A header-like line inside a multi-line string would cut a
    piece wrongly; the piece then fails to parse (no quick read), and the whole file, validated
    after the first paint, is compared with what was shown (``LaserApp``).
    """
    starts = [match.start() for match in _HEADER.finditer(text)] + [len(text)]
    data = tomllib.loads(text[: starts[0]])
    treatments = []
    for start, end in itertools.pairwise(starts):
        header, _, body = text[start:end].partition("\n")
        if _TREATMENT.fullmatch(header.strip()):
            treatments.append(tomllib.loads(body))
    return {**data, "treatments": treatments}


def quick_read(path: Path) -> HomeContent | None:
    """The home screen's fields of the content file at ``path``; None if it cannot be read
    quickly (unreadable, not TOML, or a home-screen field the model would reject)."""
    try:
        return home_content(home_part(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None


@dataclass(frozen=True)
class PendingContent:
    """Content painted from a quick read and not yet validated, and how to validate it."""

    home: HomeContent
    path: Path
    """The content file the home screen was read from."""
    chosen_priorities: Path | None
    """The priorities file named on the command line, if any."""

    def load(self) -> tuple[Content, Path]:
        """The validated content and the priorities file to use (imports pydantic).

        Raises InputProblem, with one line per problem, when the content is not valid.
        """
        from laser_tui.files.priorities_file import priorities_path
        from laser_tui.files.toml_io import load_content

        return load_content(self.path), priorities_path(self.chosen_priorities)
