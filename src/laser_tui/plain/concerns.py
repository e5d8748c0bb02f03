"""What bothers me: the concerns as numbered answers (any number, or not sure); never weighed."""

from __future__ import annotations

from laser_tui.commands import BY_ID
from laser_tui.model.concern_note import named_concern_words
from laser_tui.model.concerns import INTRO, NOT_SURE_LABEL, concern_sections, concern_sources
from laser_tui.model.content import Content
from laser_tui.plain.reader import Section, facts_section, read_sections, sources_section
from laser_tui.plain.talk import NotAnAnswer, Talk, whole_number
from laser_tui.plain.visit import Visit

NAME = BY_ID["concerns"].words
READ = "read"


def concerns_sections(content: Content) -> list[Section]:
    """A section per concern part (what it is, causes, no treatment, aims), then the sources."""
    sections = [
        facts_section(content, f"{concern.label}: {title}", facts)
        for concern in content.concerns
        for title, facts in concern_sections(content, concern)
    ]
    return [*sections, sources_section(content, concern_sources(content))]


def parse_choice(text: str, count: int) -> tuple[int, ...] | str | None:
    """Numbers 1..count (the last is Not sure, alone), "read", or None for Enter."""
    if not text:
        return None
    if text.lower() in {READ, "r"}:
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
        talk.say("", "This content file names no concerns.")
        return
    labels = [c.label for c in content.concerns] + [NOT_SURE_LABEL]
    count = len(labels)
    now = named_concern_words(content, session.priorities) or "Nothing said yet."
    talk.say("", f"{NAME}. {INTRO}", f"Now: {now}")
    talk.say(*(f"{n}. {label}" for n, label in enumerate(labels, 1)))
    chosen = talk.ask(
        f"Type the numbers of all that bother you (for example 1 {count - 1}), {count} if "
        "you are not sure, read to hear about each first, or Enter to leave it as it is:",
        f"numbers from 1 to {count} with spaces between ({count} alone), read, or Enter",
        lambda text: parse_choice(text, count),
        [f"Type 1 for {labels[0].lower()}; type several numbers for several."],
    )
    if chosen == READ:
        talk.say(f'Then choose "{NAME}" again on the home menu to say what bothers you.')
        read_sections(talk, NAME, concerns_sections(content))
        return
    if isinstance(chosen, tuple):
        unsure = count in chosen
        priorities = session.priorities.with_concerns_unsure(unsure)
        for n, concern in enumerate(content.concerns, 1):
            priorities = priorities.with_concern(concern.id, n in chosen, content)
        session.priorities = priorities
    now = named_concern_words(content, session.priorities) or "Nothing said yet."
    talk.say(now, "This is never weighed against what counts for you.")
