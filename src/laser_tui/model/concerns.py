"""What may bother a person about their skin, in sections to read. Pure; no Textual.

Each concern reads as: what it is, what causes it, what tends to happen with no treatment, and
which treatment is aimed at it (the content's ``aimed_at`` and ``not_aimed_at``, with sources).
"""

from __future__ import annotations

from laser_tui.language.catalogue import N_, _
from laser_tui.model.concern_note import aimed_words
from laser_tui.model.content import Concern, Content, Fact, Treatment

NOT_SURE_ID = "not_sure"
"""The checklist row for "not sure" (not a concern id: those are the content's)."""
NOT_SURE_LABEL = N_("Not sure")
INTRO = N_(
    "What bothers you about your skin? Choose any number, or Not sure. This is never weighed: "
    "it says which treatment is aimed at it."
)


def aim_fact(treatment: Treatment, concern: Concern) -> Fact:
    """Whether one treatment is aimed at the concern, in words about its aim, with sources."""
    aimed = [a for a in treatment.aimed_at if a.concern == concern.id]
    if aimed:
        return Fact(text=aimed_words(treatment.name, [aimed[0].text]), sources=aimed[0].sources)
    said = [a for a in treatment.not_aimed_at if a.concern == concern.id]
    if said:
        return Fact(text=said[0].text, sources=said[0].sources)
    # TRANSLATORS: joins what one treatment is aimed at: "loose skin, and at fine lines".
    what = _(", and at ").join(a.text for a in treatment.aimed_at)
    cited = [s for a in treatment.aimed_at for s in a.sources]
    text = _("{treatment} is aimed at {aims}, not at this.", treatment=treatment.name, aims=what)
    return Fact(text=text, sources=cited)


def concern_sections(content: Content, concern: Concern) -> list[tuple[str, list[Fact]]]:
    """The titled sections of one concern, in reading order."""
    aims = [aim_fact(t, concern) for t in content.treatments if t.aimed_at]
    sections = [
        (_("What it is"), concern.what_it_is),
        (_("What causes it"), concern.causes),
        (_("With no treatment"), concern.no_treatment),
        (_("Which treatment is aimed at it"), aims),
    ]
    return [(title, facts) for title, facts in sections if facts]


def concern_sources(content: Content) -> list[str]:
    """Every source the concerns part cites."""
    return [
        s
        for concern in content.concerns
        for _, facts in concern_sections(content, concern)
        for fact in facts
        for s in fact.sources
    ]
