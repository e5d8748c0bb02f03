"""Side by side, difference by difference: the difference, then each treatment's line."""

from __future__ import annotations

from laser_tui.commands import BY_ID
from laser_tui.model.content import Content, Criterion
from laser_tui.model.fits import fit_words
from laser_tui.plain.reader import Section, read_sections, sources_section, sources_words
from laser_tui.plain.talk import Talk

NAME = BY_ID["compare"].words


def difference_section(content: Content, criterion: Criterion) -> Section:
    """One difference: what it is, then how each treatment fits a person who wants it."""
    lines = [f"The difference: {criterion.difference} {sources_words(content, criterion.sources)}"]
    for treatment in content.treatments:
        detail = criterion.detail[treatment.id].rstrip(".")
        fit = fit_words(criterion.fit[treatment.id])
        lines.append(f"{treatment.name}: {detail}. {fit[:1].upper()}{fit[1:]}.")
    return Section(criterion.label, tuple(lines))


def comparison_sections(content: Content) -> list[Section]:
    """A section per difference, then the sources they cite."""
    sections = [difference_section(content, c) for c in content.criteria]
    cited = [s for c in content.criteria for s in c.sources]
    return [*sections, sources_section(content, cited)]


def read_comparison(talk: Talk, content: Content) -> None:
    """Read the differences one at a time."""
    read_sections(talk, NAME, comparison_sections(content))
