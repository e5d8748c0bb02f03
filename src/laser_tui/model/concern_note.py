"""What bothers the person, beside how their priorities line up. Pure; imports nothing from Textual.

Concerns are never weighed. When a concern the person named is one that the treatment their
priorities line up with (clearly, not too close), or the one they lean to, is not aimed at, a
note says so in words about that treatment's aim, with the aim's sources: never a verdict.
"""

from __future__ import annotations

from dataclasses import dataclass

from laser_tui.language.catalogue import _, ngettext
from laser_tui.language.formats import all_of
from laser_tui.model.content import Content, Treatment
from laser_tui.model.priorities import Priorities
from laser_tui.model.scoring import Result


@dataclass(frozen=True)
class ConcernNote:
    """One treatment, the named concerns it is not aimed at, and what it is aimed at."""

    treatment_id: str
    concern_ids: tuple[str, ...]
    text: str
    sources: tuple[str, ...]


def lower_first(text: str) -> str:
    """A label inside a sentence: its first letter in lower case."""
    return text[:1].lower() + text[1:]


def joined(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c' ('a, b y c' in Spanish)."""
    return all_of(items)


def named_concern_words(content: Content, priorities: Priorities) -> str:
    """What the person said bothers them, as one sentence ('' when nothing was said)."""
    if priorities.concerns_unsure:
        return _("Not sure yet what bothers me.")
    labels = [
        lower_first(content.concern(c).label) for c in priorities.concerns if _has(content, c)
    ]
    if not labels:
        return ""
    return _("What bothers me: {concerns}.", concerns=joined(labels))


def _has(content: Content, concern_id: str) -> bool:
    return any(c.id == concern_id for c in content.concerns)


def _looked_at(content: Content, priorities: Priorities, result: Result) -> list[Treatment]:
    """The treatment the priorities clearly line up with, then the one leaned to, once each."""
    ids = [result.clear_leader, priorities.leaning]
    return [t for t in content.treatments if t.id in ids]


def _note(content: Content, treatment: Treatment, unaimed: list[str]) -> ConcernNote:
    labels = [lower_first(content.concern(c).label) for c in unaimed]
    aims = aimed_words(treatment.short_name, [aim.text for aim in treatment.aimed_at])
    said = [a for a in treatment.not_aimed_at if a.concern in unaimed]
    unsaid = [
        lower_first(content.concern(c).label) for c in unaimed if c not in {a.concern for a in said}
    ]
    not_aimed = [a.text for a in said]
    if unsaid:
        not_aimed.append(_("It is not aimed at {concerns}.", concerns=joined(unsaid)))
    named = _("You named {concerns} as bothering you.", concerns=joined(labels))
    text = " ".join([named, aims, *not_aimed])
    cited = [*treatment.aimed_at, *said]
    sources = tuple(dict.fromkeys(s for aim in cited for s in aim.sources))
    return ConcernNote(treatment.id, tuple(unaimed), text, sources)


def aimed_words(treatment: str, aims: list[str]) -> str:
    """'Tightening is aimed at loose skin, and at ...': what a treatment is aimed at."""
    # TRANSLATORS: joins what one treatment is aimed at: "loose skin, and at fine lines".
    return _("{treatment} is aimed at {aims}.", treatment=treatment, aims=_(", and at ").join(aims))


def sourced_text(content: Content, note: ConcernNote) -> str:
    """The note with its sources' numbers: '... (Sources 2 and 5.)'."""
    numbers = sorted(content.source_number(s) for s in note.sources)
    said = [str(n) for n in numbers]
    return ngettext(
        "{note} (Source {numbers}.)",
        "{note} (Sources {numbers}.)",
        len(said),
        note=note.text,
        numbers=joined(said),
    )


def concern_notes(content: Content, priorities: Priorities, result: Result) -> list[ConcernNote]:
    """A note per treatment lined up with or leaned to that is not aimed at a named concern."""
    named = [c for c in priorities.concerns if _has(content, c)]
    notes = []
    for treatment in _looked_at(content, priorities, result):
        unaimed = [c for c in named if not treatment.aims(c)]
        if unaimed:
            notes.append(_note(content, treatment, unaimed))
    return notes
