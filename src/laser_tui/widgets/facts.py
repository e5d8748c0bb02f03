"""Render facts with numbered source markers, and the list of sources they cite."""

from __future__ import annotations

from collections.abc import Iterable

from rich.markup import escape
from textual.widgets import Static

from laser_tui.model.content import Content, Fact


def fact_markup(content: Content, fact: Fact) -> str:
    """One fact as a bullet with its source numbers, e.g. '• Text. [2, 3]'."""
    numbers = ", ".join(str(content.source_number(s)) for s in fact.sources)
    return f"• {escape(fact.text)} [dim]\\[{numbers}][/]"


class FactSection(Static):
    """A titled list of facts."""

    def __init__(self, content: Content, title: str, facts: Iterable[Fact]) -> None:
        lines = [f"[b]{escape(title)}[/b]", *(fact_markup(content, f) for f in facts)]
        super().__init__("\n".join(lines), classes="fact-section")


class SourceList(Static):
    """The numbered sources that the given source ids point to."""

    def __init__(self, content: Content, source_ids: Iterable[str]) -> None:
        cited = sorted(set(source_ids), key=content.source_number)
        lines = ["[b]Sources[/b]"]
        for source_id in cited:
            source = content.source(source_id)
            where = f" — {escape(source.url)}" if source.url else ""
            lines.append(
                f"\\[{content.source_number(source_id)}] {escape(source.title)}, "
                f"{escape(source.publisher)}{where}"
            )
        super().__init__("\n".join(lines), classes="source-list")
