"""Render facts with numbered source markers, and the list of sources they cite."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from laser_tui.language.catalogue import _
from laser_tui.language.formats import long_date
from laser_tui.model.chances import certainty_words
from laser_tui.model.content import Content, Fact
from laser_tui.model.content_base import CERTAINTY_LEVELS, CERTAINTY_TAGS, SOURCE_KIND_WORDS


def source_marker(content: Content, source_ids: Iterable[str]) -> str:
    """The numbers of the cited sources, in order, a marketing one marked: '[1 marketing, 2]'."""
    cited = sorted(set(source_ids), key=content.source_number)
    return "[" + ", ".join(_numbered(content, s) for s in cited) + "]"


def _numbered(content: Content, source_id: str) -> str:
    number = str(content.source_number(source_id))
    return number + (" " + _("marketing") if content.source(source_id).kind == "marketing" else "")


def certainty_key(content: Content, levels: Iterable[str | None]) -> Text:
    """The key to the words after each fact: each level used, explained once by the content."""
    used = [level for level in dict.fromkeys(levels) if level]
    text = Text(_("How sure each fact is: the words after it in italics"), style="bold")
    for level in sorted(used, key=CERTAINTY_LEVELS.index):
        text.append("\n" + _(CERTAINTY_TAGS[level]), style="italic")
        text.append(f": {certainty_words(content, level)}")
    return text


def _hanging(rows: Iterable[tuple[str, Text]]) -> Table:
    """Two columns, so that wrapped lines stay indented under their text."""
    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True)
    table.add_column(ratio=1)
    for marker, text in rows:
        table.add_row(marker, text)
    return table


def fact_text(content: Content, fact: Fact) -> Text:
    """One fact followed by its dimmed source numbers."""
    text = Text(fact.text)
    text.append(" " + source_marker(content, fact.sources), style="dim")
    if fact.certainty:
        text.append(" " + _(CERTAINTY_TAGS[fact.certainty]), style="italic dim")
    return text


class FactSection(Static):
    """A titled list of facts, each with its sources."""

    def __init__(self, content: Content, title: str, facts: Iterable[Fact]) -> None:
        self.heading = title
        self.lines = [fact_text(content, fact) for fact in facts]
        rows = [("•", line) for line in self.lines]
        super().__init__(Group(Text(title, style="bold"), _hanging(rows)), classes="fact-section")


class SourceList(Static):
    """The numbered sources that the given source ids point to."""

    def __init__(self, content: Content, source_ids: Iterable[str]) -> None:
        rows = []
        self.cited = sorted(set(source_ids), key=content.source_number)
        for source_id in self.cited:
            source = content.source(source_id)
            text = Text(f"{source.title}, {source.publisher}")
            if source.url:
                text.append(f" — {source.url}")
            about = [_(SOURCE_KIND_WORDS[source.kind])] if source.kind else []
            if source.checked:
                about.append(_("checked {date}", date=long_date(source.checked)))
            if about:
                text.append(
                    f" ({'; '.join(about)})", style="bold" if source.kind == "marketing" else ""
                )
            rows.append((f"[{content.source_number(source_id)}]", text))
        super().__init__(
            Group(Text(_("Sources"), style="bold"), _hanging(rows)), classes="source-list"
        )
