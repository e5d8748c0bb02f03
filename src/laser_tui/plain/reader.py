"""Reading a long text one section at a time: Enter for the next, a number to jump, back."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from laser_tui.language.catalogue import _, ngettext
from laser_tui.language.formats import all_of
from laser_tui.model.content import Content, Fact
from laser_tui.model.content_base import CERTAINTY_TAGS, SOURCE_KIND_WORDS
from laser_tui.model.home_content import day_words
from laser_tui.plain.talk import Back, Talk, sentence, whole_number


@dataclass(frozen=True)
class Section:
    """A titled section: a few lines, each read as one sentence or item."""

    title: str
    lines: tuple[str, ...]


def sources_words(content: Content, source_ids: Iterable[str]) -> str:
    """The cited sources' numbers in words, a marketing one named: "(Sources 1 and 2.)"."""
    cited = sorted(set(source_ids), key=content.source_number)
    numbers = [str(content.source_number(s)) for s in cited]
    marketing = [
        str(content.source_number(s)) for s in cited if content.source(s).kind == "marketing"
    ]
    if len(numbers) == 1 and marketing:
        return _("(Source {number}, marketing.)", number=numbers[0])
    if len(numbers) == 1:
        return _("(Source {number}.)", number=numbers[0])
    if marketing:
        return ngettext(
            "(Sources {numbers}; {marketing} is marketing.)",
            "(Sources {numbers}; {marketing} are marketing.)",
            len(marketing),
            numbers=all_of(numbers),
            marketing=all_of(marketing),
        )
    return _("(Sources {numbers}.)", numbers=all_of(numbers))


def fact_line(content: Content, fact: Fact) -> str:
    """One fact followed by its sources and, if the content says, how sure it is."""
    sources = sources_words(content, fact.sources)
    if fact.certainty:
        return _(
            "{fact} {sources} How sure: {certainty}.",
            fact=fact.text,
            sources=sources,
            certainty=_(CERTAINTY_TAGS[fact.certainty]),
        )
    return f"{fact.text} {sources}"


def facts_section(content: Content, title: str, facts: Iterable[Fact]) -> Section:
    """A section of facts, each with its sources."""
    return Section(title, tuple(fact_line(content, fact) for fact in facts))


def sources_section(content: Content, source_ids: Iterable[str]) -> Section:
    """The numbered sources that ``source_ids`` cite, in the order of their numbers."""
    cited = sorted(set(source_ids), key=content.source_number)
    lines = []
    for source_id in cited:
        source = content.source(source_id)
        about = [_(SOURCE_KIND_WORDS[source.kind])] if source.kind else []
        about += [_("checked {day}", day=day_words(source.checked))] if source.checked else []
        kind = f" ({'; '.join(about)})" if about else ""
        said = {
            "number": content.source_number(source_id),
            "title": source.title,
            "publisher": source.publisher,
            "kind": kind,
        }
        if source.url:
            line = _(
                "Source {number}: {title}, {publisher}{kind}. Address: {url}",
                **said,
                url=source.url,
            )
        else:
            line = _("Source {number}: {title}, {publisher}{kind}.", **said)
        lines.append(line)
    return Section(_("Sources"), tuple(lines))


def read_sections(talk: Talk, name: str, sections: Sequence[Section]) -> None:
    """Say what ``name`` holds, then read its sections in turn until the last or ``back``."""
    titles = ", ".join(f"{n}. {s.title}" for n, s in enumerate(sections, 1))
    talk.say(
        "",
        ngettext(
            "{name} {count} section: {titles}.",
            "{name} {count} sections: {titles}.",
            len(sections),
            name=sentence(name),
            titles=titles,
        ),
    )
    count = len(sections)
    index = 0
    while True:
        section = sections[index]
        heading = _(
            "Section {number} of {count}: {title}",
            number=index + 1,
            count=count,
            title=section.title,
        )
        talk.say("", sentence(heading), *section.lines)
        if index + 1 < count:
            question = _(
                "Enter for section {number} ({title}):",
                number=index + 2,
                title=sections[index + 1].title,
            )
        else:
            question = _(
                "That was the last section of {name}. Enter to go back to the home menu:",
                name=name,
            )

        def choose(text: str, following: int = index + 1) -> int | None:
            if not text:
                return following if following < count else None
            return whole_number(text, 1, count) - 1

        try:
            chosen = talk.ask(
                question,
                _(
                    "a section number from 1 to {count}, or just press Enter for the next",
                    count=count,
                ),
                choose,
                [
                    _(
                        "Press Enter for the next section, or type a section number from 1 to "
                        "{count}.",
                        count=count,
                    )
                ],
            )
        except Back:
            if index == 0:
                return
            chosen = index - 1
        if chosen is None:
            return
        index = chosen
