"""Chances of outcomes in words, always "about N in 100", with who, how many, how long, how sure.

Plain mode never shows a picture of 100: the words say all that the picture shows.
"""

from __future__ import annotations

from laser_tui.model.content import Content, Figure, Outcome, Treatment
from laser_tui.plain.reader import Section, sources_words

NOT_KNOWN = "not known: no figure was found"


def _number(value: float) -> str:
    """A figure out of 100 as a whole number, or "fewer than 1" for a small one that is not 0."""
    if 0 < value < 0.5:
        return "fewer than 1"
    return f"{value:.0f}"


def how_sure(content: Content, level: str | None) -> str:
    """The content's own words for a certainty level, as a sentence, or nothing."""
    if level is None or level not in content.certainty:
        return ""
    return f" How sure: {content.certainty[level].rstrip('.')}."


def figure_words(content: Content, figure: Figure | None) -> str:
    """One treatment's chance, e.g. "about 37 in 100 people. Seen in ... (Source 2.)"."""
    if figure is None or not figure.known:
        return NOT_KNOWN + "."
    if figure.per_100 is not None:
        chance = f"about {_number(figure.per_100)} in 100 {figure.counted}"
    else:
        chance = (
            f"between about {_number(figure.low or 0)} and {_number(figure.high or 0)} "
            f"in 100 {figure.counted}"
        )
    seen = (
        f" Seen in {figure.group}: {figure.size} {figure.counted}, followed for {figure.follow_up}."
    )
    note = f" {figure.note.rstrip('.')}." if figure.note else ""
    return (
        f"{chance}.{seen}{note}{how_sure(content, figure.certainty)} "
        f"{sources_words(content, figure.sources)}"
    )


def outcome_line(content: Content, outcome: Outcome, treatment: Treatment) -> str:
    """One outcome for one treatment."""
    return f"{outcome.label}: {figure_words(content, outcome.figures.get(treatment.id))}"


def chances_section(content: Content, treatment: Treatment) -> list[Section]:
    """The Chances section of one treatment, if the content has any outcomes."""
    if not content.outcomes:
        return []
    lines = tuple(outcome_line(content, o, treatment) for o in content.outcomes)
    return [Section("Chances", lines)]


def chances_side_by_side(content: Content) -> list[Section]:
    """One section per outcome, each treatment's chance on the same scale (out of 100)."""
    return [
        Section(
            f"Chances: {outcome.label}",
            tuple(
                f"{t.name}: {figure_words(content, outcome.figures.get(t.id))}"
                for t in content.treatments
            ),
        )
        for outcome in content.outcomes
    ]


def outcome_sources(content: Content) -> list[str]:
    """Every source the outcomes cite."""
    return [s for o in content.outcomes for f in o.figures.values() for s in f.sources]
