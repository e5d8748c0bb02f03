"""Turn parse and validation errors into one clear line each, for a person to act on."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only a type here: the CLI imports this module before pydantic is needed
    from pydantic import ValidationError
    from pydantic_core import ErrorDetails

from laser_tui.language.catalogue import ENGLISH, N_, _, current, ngettext
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
            ngettext(
                "… and {count} more problem like these: fix the ones above first, then look again",
                "… and {count} more problems like these: fix the ones above first, then look again",
                len(lines) - MAX_LINES,
            )
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
    return " " + _("(found {value})", value=shown)


def field_path(location: tuple[int | str, ...]) -> str:
    """A pydantic error location as a dotted field name, lists counted from 1."""
    parts: list[str] = []
    for part in location:
        if isinstance(part, int):
            parts.append(f"[{part + 1}]")
        else:
            parts.append(("." if parts else "") + str(part))
    return "".join(parts) or _("(top level)")


def validation_lines(
    source: Path | str,
    error: ValidationError,
    fix: str | None = None,
    written: Written | None = None,
    where: Callable[[Location], str] = field_path,
) -> list[str]:
    """One line per pydantic error: ``where`` it is, what is wrong, a hint for a common slip,
    what to do (by default: fix it and try again); a bad value is quoted as ``written`` says
    it was written."""
    fix = fix or _("fix it and try again")
    lines = []
    for item in error.errors(include_url=False):
        located = item.get("ctx", {}).get("error")
        if isinstance(located, LocatedProblems):
            lines += [
                _(
                    "{source}: {where}: {problem}; {fix}",
                    source=source,
                    where=where((*item["loc"], *loc)),
                    problem=message,
                    fix=fix,
                )
                for loc, message in located.problems
            ]
            continue
        message = pydantic_message(item)
        if item["type"] == "extra_forbidden":
            message = _("is not a known field (check the spelling or remove it)")
        elif item["type"] == "missing":
            message = _("is missing")
        elif "input" in item and item["type"] not in ("value_error",):
            value = item["input"]
            simple = isinstance(value, str | int | float)  # true/false too: bool is an int
            shown = written(item["loc"]) if written and simple else None
            message += _found(value, shown) + slip_hint(item["type"], item["loc"], value, shown)
        lines.append(
            _(
                "{source}: {where}: {problem}; {fix}",
                source=source,
                where=where(tuple(item["loc"])),
                problem=message,
                fix=fix,
            )
        )
    return lines


_PYDANTIC_WORDS = {
    "int_type": N_("Input should be a valid integer"),
    "int_from_float": N_("Input should be a valid integer, got a number with a fractional part"),
    "int_parsing": N_("Input should be a valid integer"),
    "float_type": N_("Input should be a valid number"),
    "bool_type": N_("Input should be a valid boolean"),
    "string_type": N_("Input should be a valid string"),
    "list_type": N_("Input should be a valid list"),
    "dict_type": N_("Input should be a valid dictionary"),
    "model_type": N_("Input should be a table"),
    "date_type": N_("Input should be a valid date"),
    "datetime_type": N_("Input should be a valid datetime"),
    "greater_than_equal": N_("Input should be greater than or equal to {ge}"),
    "less_than_equal": N_("Input should be less than or equal to {le}"),
    "greater_than": N_("Input should be greater than {gt}"),
    "less_than": N_("Input should be less than {lt}"),
    "string_too_short": N_("String should have at least {min_length} characters"),
    "string_too_long": N_("String should have at most {max_length} characters"),
    "too_short": N_("List should have at least {min_length} items, not {actual_length}"),
    "too_long": N_("List should have at most {max_length} items, not {actual_length}"),
    "string_pattern_mismatch": N_("String should match pattern '{pattern}'"),
    "literal_error": N_("Input should be {expected}"),
    "enum": N_("Input should be {expected}"),
}
"""Pydantic's words for its errors, for a language other than English (pydantic speaks only
English; the English lines keep pydantic's own words)."""


def pydantic_message(item: ErrorDetails) -> str:
    """What is wrong, for one pydantic error, in the language shown (a value error's own words
    were translated when it was raised)."""
    message = str(item["msg"]).removeprefix("Value error, ")
    if current() == ENGLISH or item["type"] == "value_error":
        return message
    wanted = _PYDANTIC_WORDS.get(item["type"])
    if wanted is None:
        return _("the value is not valid")
    context = {name: str(value) for name, value in (item.get("ctx") or {}).items()}
    try:
        return _(wanted, **context)
    except (KeyError, IndexError):
        return _("the value is not valid")


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


_QUOTED = {
    "date_type": N_("a date is written without quotes, so remove the quotes"),
    "datetime_type": N_("a date is written without quotes, so remove the quotes"),
    "int_type": N_("a number is written without quotes, so remove the quotes"),
    "float_type": N_("a number is written without quotes, so remove the quotes"),
}


def _text_slip(kind: str, text: str, written: str) -> str | None:
    """What to do about a text where something else belongs."""
    quoted_date = kind in ("date_type", "datetime_type") and _QUOTED_DATE.match(text)
    if quoted_date or (kind in ("int_type", "float_type") and _QUOTED_NUMBER.match(text)):
        return _(_QUOTED[kind])
    if kind == "bool_type" and text.lower() in ("true", "false"):
        return _("{value} is written without quotes, so remove the quotes", value=text.lower())
    return {
        "bool_type": _("write true or false, without quotes"),
        "list_type": _("a list is written in brackets: [{written}]", written=written),
        "string_pattern_mismatch": _(
            "an id starts with a lowercase letter, then lowercase letters, digits or _"
        ),
    }.get(kind)


def _number_slip(
    kind: str, location: Sequence[int | str], number: float, written: str
) -> str | None:
    """What to do about a number where text belongs, or a fit written out of 100."""
    if kind == "string_type":
        return _('text is written in quotes: "{written}"', written=written)
    if kind == "less_than_equal" and "fit" in location and 10 <= number <= 100:
        return _(
            "a fit runs from 0 to 1 (write {fit} for {written} in 100)",
            fit=f"{number / 100:g}",
            written=written,
        )
    return None


_TOML_WORDS = (
    (re.compile(r"^Cannot declare (?P<value>.+) twice$"), N_("Cannot declare {value} twice")),
    (re.compile(r"^Cannot mutate immutable namespace (?P<value>.+)$"), N_("Cannot change {value}")),
    (re.compile(r"^Cannot redefine namespace (?P<value>.+)$"), N_("Cannot redefine {value}")),
    (
        re.compile(r"^Duplicate inline table key (?P<value>.+)$"),
        N_("Duplicate inline table key {value}"),
    ),
    (re.compile(r"^Found invalid character (?P<value>.+)$"), N_("Found invalid character {value}")),
    (re.compile(r"^Illegal character (?P<value>.+)$"), N_("Illegal character {value}")),
    (re.compile(r"^Expected (?P<value>'[^']*')$"), N_("Expected {value}")),
)
"""The messages of Python's TOML reader that name a part of the file, for other languages."""
_TOML_FIXED = frozenset(
    (
        N_("Cannot overwrite a value"),
        N_("Escaped character is not a Unicode scalar value"),
        N_("Expected '=' after a key in a key/value pair"),
        N_("Expected ']' at the end of a table declaration"),
        N_("Expected ']]' at the end of an array declaration"),
        N_("Expected newline or end of document after a statement"),
        N_("Invalid date or datetime"),
        N_("Invalid hex value"),
        N_("Invalid initial character for a key part"),
        N_("Invalid statement"),
        N_("Invalid value"),
        N_("Unclosed array"),
        N_("Unclosed inline table"),
        N_("Unescaped '\\' in a string"),
        N_("Unterminated string"),
    )
)
"""The messages of Python's TOML reader that are always the same."""


def toml_words(what: str) -> str:
    """What Python's TOML reader found wrong, in the language shown (as it says it in English;
    a message it adds later is told in general words)."""
    if current() == ENGLISH:
        return what
    if what in _TOML_FIXED:
        return _(what)
    for pattern, message in _TOML_WORDS:
        found = pattern.match(what)
        if found:
            return _(message, value=found["value"])
    return _("this is not how TOML is written here")


def toml_lines(source: Path | str, error: ValueError, fix: str | None = None) -> list[str]:
    """One line for a TOML syntax error, with its line and column (by default: fix it and
    try again)."""
    fix = fix or _("fix it and try again")
    match = _TOML_POSITION.match(str(error))
    if match:
        return [
            _(
                "{source}: line {line}, column {column}: {problem} (not valid TOML); {fix}",
                source=source,
                line=match["line"],
                column=match["column"],
                problem=toml_words(match["what"].rstrip(".")),
                fix=fix,
            )
        ]
    what = str(error)
    if what.endswith(" (at end of document)"):
        return [
            _(
                "{source}: {problem} (at end of document) (not valid TOML); {fix}",
                source=source,
                problem=toml_words(what.removesuffix(" (at end of document)")),
                fix=fix,
            )
        ]
    return [
        _(
            "{source}: {problem} (not valid TOML); {fix}",
            source=source,
            problem=toml_words(what),
            fix=fix,
        )
    ]
