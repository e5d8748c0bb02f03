"""Turn parse and validation errors into one clear line each, for a person to act on."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only a type here: the CLI imports this module before pydantic is needed
    from pydantic import ValidationError

from laser_tui.model.safe_text import safe_text

MAX_LINES = 10
"""The most problem lines told at once; the rest are counted in one more line."""
MAX_LINE_LENGTH = 500
"""The most characters in one problem line."""

_TOML_POSITION = re.compile(r"^(?P<what>.*?)\s*\(at line (?P<line>\d+), column (?P<column>\d+)\)$")


class InputProblem(Exception):
    """A file or value that cannot be used; ``lines`` says why, one problem per line."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = tell(lines)
        self.every_line = [_one_line(line) for line in lines]
        """Every problem, one line each, for a command that promises to list them all."""
        super().__init__("\n".join(self.lines))


def tell(lines: list[str]) -> list[str]:
    """``lines`` as they can be shown or printed: each safe, on one line and not too long;
    no more than ``MAX_LINES`` of them (the rest are counted)."""
    shown = [_one_line(line) for line in lines[:MAX_LINES]]
    if len(lines) > MAX_LINES:
        shown.append(
            f"… and {len(lines) - MAX_LINES} more problems like these: "
            "fix the ones above first, then look again"
        )
    return shown


def _one_line(line: str) -> str:
    line = safe_text(line, one_line=True)
    if len(line) > MAX_LINE_LENGTH:
        return line[: MAX_LINE_LENGTH - 1] + "…"
    return line


Location = tuple[int | str, ...]
Written = Callable[[Sequence[int | str]], str | None]
"""How the value at a location was written in its file (``0x10``, ``1.50``), if known."""


class LocatedProblems(ValueError):
    """Problems found by one check across a model, each with the field it is about.

    Raise it from a model validator; ``validation_lines`` turns each into its own line.
    """

    def __init__(self, problems: list[tuple[Location, str]]) -> None:
        super().__init__("; ".join(message for _, message in problems))
        self.problems = problems


_SHOWN_LENGTH = 40


def _found(value: object, written: str | None = None) -> str:
    """A short ' (found …)' for a simple value, as it was written if known; nothing for
    tables and lists."""
    if not isinstance(value, str | int | float | bool):
        return ""
    shown = written or repr(value)
    if len(shown) > _SHOWN_LENGTH:
        shown = shown[: _SHOWN_LENGTH - 1] + "…"
    return f" (found {shown})"


def field_path(location: tuple[int | str, ...]) -> str:
    """A pydantic error location as a dotted field name, lists counted from 1."""
    parts: list[str] = []
    for part in location:
        if isinstance(part, int):
            parts.append(f"[{part + 1}]")
        else:
            parts.append(("." if parts else "") + str(part))
    return "".join(parts) or "(top level)"


def validation_lines(
    source: Path | str,
    error: ValidationError,
    fix: str = "fix it and try again",
    written: Written | None = None,
    where: Callable[[Location], str] = field_path,
) -> list[str]:
    """One line per pydantic error: ``where`` it is, what is wrong, a hint for a common slip,
    what to do; a bad value is quoted as ``written`` says it was written."""
    lines = []
    for item in error.errors(include_url=False):
        located = item.get("ctx", {}).get("error")
        if isinstance(located, LocatedProblems):
            lines += [
                f"{source}: {where((*item['loc'], *loc))}: {message}; {fix}"
                for loc, message in located.problems
            ]
            continue
        message = str(item["msg"]).removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            message = "is not a known field (check the spelling or remove it)"
        elif item["type"] == "missing":
            message = "is missing"
        elif "input" in item and item["type"] not in ("value_error",):
            value = item["input"]
            simple = isinstance(value, str | int | float)  # true/false too: bool is an int
            shown = written(item["loc"]) if written and simple else None
            message += _found(value, shown) + slip_hint(item["type"], item["loc"], value, shown)
        lines.append(f"{source}: {where(tuple(item['loc']))}: {message}; {fix}")
    return lines


_QUOTED_DATE = re.compile(
    r"^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?([Zz]|[+-]\d{2}:\d{2})?$"
)
"""A date (and time) as TOML writes one, which a person has put in quotes."""
_QUOTED_NUMBER = re.compile(r"^[+-]?(\d[\d_]*)(\.\d[\d_]*)?([eE][+-]?\d+)?$")


def slip_hint(kind: str, location: Sequence[int | str], value: object, written: str | None) -> str:
    """A short ': what to do' for a common slip (a date or a number in quotes), or nothing."""
    if isinstance(value, str):
        hint = _text_slip(kind, value.strip(), written or repr(value))
    elif isinstance(value, int | float) and not isinstance(value, bool):
        hint = _number_slip(kind, location, value, written or str(value))
    else:
        hint = None
    return f": {hint}" if hint else ""


def _text_slip(kind: str, text: str, written: str) -> str | None:
    """What to do about a text where something else belongs."""
    quoted = (
        (kind in ("date_type", "datetime_type") and _QUOTED_DATE.match(text) and "a date")
        or (kind in ("int_type", "float_type") and _QUOTED_NUMBER.match(text) and "a number")
        or (kind == "bool_type" and text.lower() in ("true", "false") and text.lower())
    )
    if quoted:
        return f"{quoted} is written without quotes, so remove the quotes"
    return {
        "bool_type": "write true or false, without quotes",
        "list_type": f"a list is written in brackets: [{written}]",
        "string_pattern_mismatch": (
            "an id starts with a lowercase letter, then lowercase letters, digits or _"
        ),
    }.get(kind)


def _number_slip(
    kind: str, location: Sequence[int | str], number: float, written: str
) -> str | None:
    """What to do about a number where text belongs, or a fit written out of 100."""
    if kind == "string_type":
        return f'text is written in quotes: "{written}"'
    if kind == "less_than_equal" and "fit" in location and 10 <= number <= 100:
        return f"a fit runs from 0 to 1 (write {number / 100:g} for {written} in 100)"
    return None


def toml_lines(
    source: Path | str, error: ValueError, fix: str = "fix it and try again"
) -> list[str]:
    """One line for a TOML syntax error, with its line and column."""
    match = _TOML_POSITION.match(str(error))
    if match:
        return [
            f"{source}: line {match['line']}, column {match['column']}: "
            f"{match['what'].rstrip('.')} (not valid TOML); {fix}"
        ]
    return [f"{source}: {error} (not valid TOML); {fix}"]
