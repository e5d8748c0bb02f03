"""A hand-edited file with a value that is not TOML (``counts = yes``): leave out only that line.

Each ``key = value`` line that TOML cannot read is blanked (so every other line keeps its
number) until the rest reads; a broken table header or anything else gives up, and the
caller treats the whole file as unreadable, as before.
"""

from __future__ import annotations

import re
import tomllib

from laser_tui.files.toml_limits import MAX_DEPTH, first_too_large, too_deep
from laser_tui.language.catalogue import _
from laser_tui.model.safe_text import shorten

MAX_LEFT_OUT = 20
"""More bad lines than this: the file is too far from TOML to guess at."""
_KEY_VALUE = re.compile(r"""^\s*[A-Za-z0-9_\-."']+\s*=""")
_POSITION = re.compile(r"\(at line (?P<line>\d+), column \d+\)$")
_YES_NO = re.compile(r"=\s*(yes|no|y|n|on|off)\s*(#.*)?$", re.IGNORECASE)


def without_bad_lines(text: str) -> tuple[str, list[tuple[int, str]]] | None:
    """``text`` with each ``key = value`` line that is not TOML blanked, and those lines
    (number, as written); None if that does not make the rest readable."""
    if too_deep(text, MAX_DEPTH) is not None or first_too_large(text) is not None:
        return None  # past the reading limits: told as such by the caller, never guessed at
    lines = text.split("\n")
    left_out: list[tuple[int, str]] = []
    while len(left_out) <= MAX_LEFT_OUT:
        try:
            tomllib.loads("\n".join(lines))
        except RecursionError:
            return None
        except tomllib.TOMLDecodeError as error:
            found = _POSITION.search(str(error))
            if not found or not str(error).startswith("Invalid value"):
                return None
            number = int(found["line"])
            if not 0 < number <= len(lines) or not _KEY_VALUE.match(lines[number - 1]):
                return None
            left_out.append((number, lines[number - 1].strip()))
            lines[number - 1] = ""
        else:
            return "\n".join(lines), left_out
    return None


def left_out_line(source: str, number: int, written: str) -> str:
    """One line for the person about a line that was left out."""
    if _YES_NO.search(written):
        return _(
            "{source}: line {line}: {written} is not a value laser-tui can read, so only this "
            "line was left out (its default is used); write true or false there",
            source=source,
            line=number,
            written=repr(shorten(written, 60)),
        )
    return _(
        "{source}: line {line}: {written} is not a value laser-tui can read, so only this line "
        "was left out (its default is used); write a value laser-tui can read there",
        source=source,
        line=number,
        written=repr(shorten(written, 60)),
    )
