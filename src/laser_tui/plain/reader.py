"""Reading a long text one section at a time: Enter for the next, a number to jump, back."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from laser_tui.model.content import Content, Fact
from laser_tui.model.content_base import CERTAINTY_TAGS, SOURCE_KIND_WORDS
from laser_tui.model.home_content import day_words
from laser_tui.plain.talk import Back, Talk, sentence, whole_number


@dataclass(frozen=True)
class Section:
    """A titled section: a few lines, each read as one sentence or item."""

    title: str
    lines: tuple[str, ...]


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def sources_words(content: Content, source_ids: Iterable[str]) -> str:
    """The cited sources' numbers in words, a marketing one named: "(Sources 1 and 2.)"."""
    cited = sorted(set(source_ids), key=content.source_number)
    numbers = [str(content.source_number(s)) for s in cited]
    marketing = [
        str(content.source_number(s)) for s in cited if content.source(s).kind == "marketing"
    ]
    if len(numbers) == 1:
        return f"(Source {numbers[0]}{', marketing' if marketing else ''}.)"
    said = f"Sources {_and(numbers)}"
    if marketing:
        said += f"; {_and(marketing)} {'is' if len(marketing) == 1 else 'are'} marketing"
    return f"({said}.)"


def fact_line(content: Content, fact: Fact) -> str:
    """One fact followed by its sources and, if the content says, how sure it is."""
    how_sure = f" How sure: {CERTAINTY_TAGS[fact.certainty]}." if fact.certainty else ""
    return f"{fact.text} {sources_words(content, fact.sources)}{how_sure}"


def facts_section(content: Content, title: str, facts: Iterable[Fact]) -> Section:
    """A section of facts, each with its sources."""
    return Section(title, tuple(fact_line(content, fact) for fact in facts))


def sources_section(content: Content, source_ids: Iterable[str]) -> Section:
    """The numbered sources that ``source_ids`` cite, in the order of their numbers."""
    cited = sorted(set(source_ids), key=content.source_number)
    lines = []
    for source_id in cited:
        source = content.source(source_id)
        about = [SOURCE_KIND_WORDS[source.kind]] if source.kind else []
        about += [f"checked {day_words(source.checked)}"] if source.checked else []
        kind = f" ({'; '.join(about)})" if about else ""
        address = f" Address: {source.url}" if source.url else ""
        lines.append(
            f"Source {content.source_number(source_id)}: {source.title}, {source.publisher}"
            f"{kind}.{address}"
        )
    return Section("Sources", tuple(lines))


def read_sections(talk: Talk, name: str, sections: Sequence[Section]) -> None:
    """Say what ``name`` holds, then read its sections in turn until the last or ``back``."""
    titles = ", ".join(f"{n}. {s.title}" for n, s in enumerate(sections, 1))
    talk.say("", f"{sentence(name)} {len(sections)} sections: {titles}.")
    count = len(sections)
    index = 0
    while True:
        section = sections[index]
        talk.say("", sentence(f"Section {index + 1} of {count}: {section.title}"), *section.lines)
        if index + 1 < count:
            question = f"Enter for section {index + 2} ({sections[index + 1].title}):"
        else:
            question = f"That was the last section of {name}. Enter to go back to the home menu:"

        def choose(text: str, following: int = index + 1) -> int | None:
            if not text:
                return following if following < count else None
            return whole_number(text, 1, count) - 1

        try:
            chosen = talk.ask(
                question,
                f"a section number from 1 to {count}, or just press Enter for the next",
                choose,
                [f"Press Enter for the next section, or type a section number from 1 to {count}."],
            )
        except Back:
            if index == 0:
                return
            chosen = index - 1
        if chosen is None:
            return
        index = chosen
