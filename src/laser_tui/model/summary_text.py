"""The summary as plain text for a printer: at most 80 characters a line, no colours. Pure."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from laser_tui.language.catalogue import _
from laser_tui.model.readiness import ALL_YES, ANSWER_WORDS
from laser_tui.model.summary import (
    NO_QUESTIONS,
    NOT_ADVICE,
    Summary,
    score_words,
    section_heading,
)

WIDTH = 80
INDENT = "  "
_BAR_WIDTH = 30
_GAP = "  "


def _wrap(text: str, width: int = WIDTH, indent: str = "", hanging: str = "") -> list[str]:
    """Wrap one paragraph; long words (such as addresses) are split so no line is too long."""
    return textwrap.wrap(
        " ".join(text.split()),
        width=width,
        initial_indent=indent,
        subsequent_indent=hanging or indent,
    ) or [indent.rstrip()]


def _heading(text: str, underline: str) -> list[str]:
    lines = _wrap(text)
    return [*lines, underline * max(len(line) for line in lines)]


def _rows(rows: Sequence[Sequence[str]], widths: Sequence[int]) -> list[str]:
    """Columns of these widths (the last takes what is left), each cell wrapped in its column."""
    last = WIDTH - len(INDENT) - sum(widths) - len(_GAP) * len(widths)
    all_widths = [*widths, last]
    lines: list[str] = []
    for row in rows:
        cells = [_wrap(cell, width) for cell, width in zip(row, all_widths, strict=True)]
        for depth in range(max(len(cell) for cell in cells)):
            parts = [
                (cell[depth] if depth < len(cell) else "").ljust(width)
                for cell, width in zip(cells, all_widths, strict=True)
            ]
            lines.append((INDENT + _GAP.join(parts)).rstrip())
    return lines


def _table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int]
) -> list[str]:
    """A header row, a rule under each column, then the rows."""
    last = WIDTH - len(INDENT) - sum(widths) - len(_GAP) * len(widths)
    rule = INDENT + _GAP.join("-" * width for width in [*widths, last])
    return [*_rows([headers], widths), rule, *_rows(rows, widths)]


def _bar(score: float | None) -> str:
    if score is None:
        return ""
    filled = round(_BAR_WIDTH * score / 100)
    return "#" * filled + "." * (_BAR_WIDTH - filled)


def _list(items: Sequence[str], marker: str = "-") -> list[str]:
    """Bullets ("-") or, with marker "1.", numbered items, each wrapped with a hanging indent."""
    lines: list[str] = []
    for number, item in enumerate(items, start=1):
        lead = f"{INDENT}{f'{number}.':<3} " if marker == "1." else f"{INDENT}{marker} "
        lines += _wrap(item, indent=lead, hanging=" " * len(lead))
    return lines


def _priorities(summary: Summary) -> list[str]:
    rows = [(row.label, row.counts_words, row.importance_words) for row in summary.priorities]
    return _table((_("Difference"), _("Counts"), _("How much")), rows, (38, 7))


def _scores(summary: Summary) -> list[str]:
    name_width = min(24, max(len(row.name) for row in summary.scores))
    rows = [(row.name, row.score_words, _bar(row.score)) for row in summary.scores]
    # As wide as the widest score words, and never narrower than a full score's: the bars
    # stand in the same column whatever the scores.
    words_width = max(len(score_words(100)), *(len(words) for _, words, _ in rows))
    lines = [
        *_rows(rows, (name_width, words_width)),
        "",
        *_wrap(summary.leaning, indent=INDENT),
    ]
    for paragraph in (
        summary.concerns,
        summary.verdict,
        *summary.concern_notes,
        summary.not_too_close,
        *summary.reasons,
        summary.flip,
    ):
        if paragraph:
            lines += ["", *_wrap(paragraph)]
    return lines


def _readiness(summary: Summary) -> list[str]:
    rows = [(answer.words, answer.question) for answer in summary.readiness]
    # As wide as the widest answer ("Not answered"; "Sin responder" in Spanish) and its header.
    width = max(len(_("My answer")), *(len(_(words)) for words in ANSWER_WORDS.values()))
    lines = _table((_("My answer"), _("Question")), rows, (width,))
    note = summary.readiness_note
    if note is None:
        lines = [*lines, "", *_wrap(_(ALL_YES))]
    else:
        lines = [*lines, "", *_wrap(note.message), *_list(note.points)]
    return [*lines, "", *_wrap(summary.knowledge)] if summary.knowledge else lines


def _sources(summary: Summary) -> list[str]:
    lines: list[str] = []
    for source in summary.sources:
        lead = f"{INDENT}[{source.number}] "
        hanging = " " * len(lead)
        lines += _wrap(f"{source.title}. {source.publisher}.", indent=lead, hanging=hanging)
        if source.url:
            lines += _wrap(source.url, indent=hanging)
    return lines


def render_text(summary: Summary) -> str:
    """The whole summary as plain text, ready to print."""
    lines = [
        *_heading(summary.heading, "="),
        "",
        *_wrap(summary.dated),
        "",
        *([*_wrap(summary.overdue), ""] if summary.overdue else []),
        *_wrap(summary.disclaimer),
    ]
    sections = (
        ("priorities", _priorities(summary)),
        ("scores", _scores(summary)),
        ("readiness", _readiness(summary)),
        ("recovery", _list(summary.recovery)),
        ("costs", _list(summary.costs)),
        ("discuss", _list(summary.discuss)),
        (
            "questions",
            _list(summary.questions, "1.") if summary.questions else _wrap(_(NO_QUESTIONS)),
        ),
        ("sources", _sources(summary)),
    )
    for key, body in sections:
        if body:
            lines += ["", "", *_heading(section_heading(key), "-"), "", *body]
    for line in summary.no_hurry:
        lines += ["", *_wrap(line)]
    lines += ["", "", *_wrap(summary.clinician_prompt), *_wrap(_(NOT_ADVICE))]
    return "\n".join(lines) + "\n"
