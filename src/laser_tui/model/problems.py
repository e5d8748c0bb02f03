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
) -> list[str]:
    """One line per pydantic error: where, what is wrong, what to do; a bad number is quoted
    as ``written`` says it was written."""
    lines = []
    for item in error.errors(include_url=False):
        located = item.get("ctx", {}).get("error")
        if isinstance(located, LocatedProblems):
            lines += [
                f"{source}: {field_path((*item['loc'], *loc))}: {message}; {fix}"
                for loc, message in located.problems
            ]
            continue
        where = field_path(tuple(item["loc"]))
        message = str(item["msg"]).removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            message = "is not a known field (check the spelling or remove it)"
        elif item["type"] == "missing":
            message = "is missing"
        elif "input" in item and item["type"] not in ("value_error",):
            value = item["input"]
            simple = isinstance(value, str | int | float)  # true/false too: bool is an int
            message += _found(value, written(item["loc"]) if written and simple else None)
        lines.append(f"{source}: {where}: {message}; {fix}")
    return lines


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
