"""The summary as Markdown (CommonMark with GitHub-style tables). Pure.

Text from the content file or the person is escaped, so a ``|``, ``*`` or a leading ``#`` in a
label shows as itself and never breaks a table or starts a heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from laser_tui.language.catalogue import _
from laser_tui.model.readiness import ALL_YES
from laser_tui.model.summary import NO_QUESTIONS, NOT_ADVICE, Summary, section_heading

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&!])")
_LINE_START = re.compile(r"^([#>+=-]|\d+[.)])")
_AUTOLINK = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*")


def inline(text: str) -> str:
    """Plain text as one line of Markdown that shows exactly that text."""
    escaped = _SPECIAL.sub(r"\\\1", " ".join(text.split()))
    return _LINE_START.sub(lambda match: match[0][:-1] + "\\" + match[0][-1], escaped)


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(inline(cell) for cell in cells) + " |"

    return [line(headers), "| " + " | ".join("---" for _ in headers) + " |", *map(line, rows)]


def _list(items: Sequence[str], numbered: bool = False) -> list[str]:
    return [f"{f'{n}.' if numbered else '-'} {inline(item)}" for n, item in enumerate(items, 1)]


def _priorities(summary: Summary) -> list[str]:
    rows = [(row.label, row.counts_words, row.importance_words) for row in summary.priorities]
    return _table((_("Difference"), _("Counts for me"), _("How much")), rows)


def _scores(summary: Summary) -> list[str]:
    rows = [(row.name, row.score_words) for row in summary.scores]
    lines = [*_table((_("Treatment"), _("Score")), rows), "", inline(summary.leaning)]
    for paragraph in (
        summary.concerns,
        summary.verdict,
        *summary.concern_notes,
        summary.not_too_close,
        *summary.reasons,
        summary.flip,
    ):
        if paragraph:
            lines += ["", inline(paragraph)]
    return lines


def _readiness(summary: Summary) -> list[str]:
    rows = [(answer.question, answer.words) for answer in summary.readiness]
    lines = _table((_("Question"), _("My answer")), rows)
    note = summary.readiness_note
    if note is None:
        lines = [*lines, "", inline(_(ALL_YES))]
    else:
        lines = [*lines, "", inline(note.message), "", *_list(note.points)]
    return [*lines, "", inline(summary.knowledge)] if summary.knowledge else lines


def _sources(summary: Summary, links: bool) -> list[str]:
    items = []
    for source in summary.sources:
        where = ""
        if source.url:
            safe = links and _AUTOLINK.fullmatch(source.url)
            where = f" <{source.url}>" if safe else f" {inline(source.url)}"
        items.append(f"{source.number}. {inline(f'{source.title}. {source.publisher}.')}{where}")
    return items


def render_markdown(summary: Summary, links: bool = True) -> str:
    """The whole summary as a Markdown document; ``links``: addresses as links (a screen that
    cannot follow them shows each once, as text)."""
    lines = [
        f"# {inline(summary.heading)}",
        "",
        inline(summary.dated),
        "",
        *([f"**{inline(summary.overdue)}**", ""] if summary.overdue else []),
        f"> {inline(summary.disclaimer)}",
    ]
    sections = (
        ("priorities", _priorities(summary)),
        ("scores", _scores(summary)),
        ("readiness", _readiness(summary)),
        ("recovery", _list(summary.recovery)),
        ("costs", _list(summary.costs)),
        ("discuss", _list(summary.discuss)),
        ("questions", _list(summary.questions, numbered=True) or [inline(_(NO_QUESTIONS))]),
        ("sources", _sources(summary, links)),
    )
    for key, body in sections:
        if body:
            lines += ["", f"## {section_heading(key)}", "", *body]
    for line in summary.no_hurry:
        lines += ["", inline(line)]
    lines += ["", "---", "", f"**{inline(summary.clinician_prompt)}**", "", _(NOT_ADVICE)]
    return "\n".join(lines) + "\n"
