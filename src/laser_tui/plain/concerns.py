"""What bothers me: the concerns as numbered answers (any number, or not sure); never weighed."""

from __future__ import annotations

from laser_tui.commands import BY_ID
from laser_tui.language.catalogue import N_, _
from laser_tui.model.concern_note import named_concern_words
from laser_tui.model.concerns import INTRO, NOT_SURE_LABEL, concern_sections, concern_sources
from laser_tui.model.content import Content
from laser_tui.plain.reader import Section, facts_section, read_sections, sources_section
from laser_tui.plain.talk import NotAnAnswer, Talk, is_word, shown_word, whole_number
from laser_tui.plain.visit import Visit

NAME = BY_ID["concerns"].words
READ = N_("read|r")


def concerns_sections(content: Content) -> list[Section]:
    """A section per concern part (what it is, causes, no treatment, aims), then the sources."""
    sections = [
        facts_section(content, f"{concern.label}: {_(title)}", facts)
        for concern in content.concerns
        for title, facts in concern_sections(content, concern)
    ]
    return [*sections, sources_section(content, concern_sources(content))]


def parse_choice(text: str, count: int) -> tuple[int, ...] | str | None:
    """Numbers 1..count (the last is Not sure, alone), "read", or None for Enter."""
    if not text:
        return None
    if is_word(text, READ):
        return READ
    numbers = tuple(
        sorted({whole_number(part, 1, count) for part in text.replace(",", " ").split()})
    )
    if count in numbers and len(numbers) > 1:
        raise NotAnAnswer
    return numbers


def choose_concerns(talk: Talk, session: Visit) -> None:
    """Say the concerns with numbers, take any number of them (or Not sure), confirm."""
    content = session.content
    if not content.concerns:
        talk.say("", _("This content file names no concerns."))
        return
    labels = [c.label for c in content.concerns] + [_(NOT_SURE_LABEL)]
    count = len(labels)
    now = named_concern_words(content, session.priorities) or _("Nothing said yet.")
    talk.say("", f"{_(NAME)}. {_(INTRO)}", _("Now: {concerns}", concerns=now))
    talk.say(*(f"{n}. {label}" for n, label in enumerate(labels, 1)))
    chosen = talk.ask(
        _(
            "Type the numbers of all that bother you (for example 1 {before_last}), {count} if "
            "you are not sure, {read} to hear about each first, or Enter to leave it as it is:",
            before_last=count - 1,
            count=count,
            read=shown_word(READ),
        ),
        _(
            "numbers from 1 to {count} with spaces between ({count} alone), {read}, or Enter",
            count=count,
            read=shown_word(READ),
        ),
        lambda text: parse_choice(text, count),
        [
            _(
                "Type 1 for {first}; type several numbers for several.",
                first=labels[0].lower(),
            )
        ],
    )
    if chosen == READ:
        talk.say(
            _(
                'Then choose "{part}" again on the home menu to say what bothers you.',
                part=_(NAME),
            )
        )
        read_sections(talk, _(NAME), concerns_sections(content))
        return
    if isinstance(chosen, tuple):
        unsure = count in chosen
        priorities = session.priorities.with_concerns_unsure(unsure)
        for n, concern in enumerate(content.concerns, 1):
            priorities = priorities.with_concern(concern.id, n in chosen, content)
        session.priorities = priorities
    now = named_concern_words(content, session.priorities) or _("Nothing said yet.")
    talk.say(now, _("This is never weighed against what counts for you."))
