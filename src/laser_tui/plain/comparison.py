"""Side by side, difference by difference: the difference, then each treatment's line and why."""

from __future__ import annotations

from laser_tui.commands import BY_ID
from laser_tui.language.catalogue import _
from laser_tui.model.content import Content, Criterion
from laser_tui.model.fits import fit_words
from laser_tui.model.skin import NO_ANSWER, SkinAnswer
from laser_tui.plain.chances import chances_side_by_side, outcome_sources
from laser_tui.plain.reader import Section, read_sections, sources_section, sources_words
from laser_tui.plain.talk import Talk

NAME = BY_ID["compare"].words


def difference_section(content: Content, criterion: Criterion) -> Section:
    """One difference: what it is, then how each treatment fits a person who wants it."""
    lines = [
        _(
            "The difference: {difference} {sources}",
            difference=criterion.difference,
            sources=sources_words(content, criterion.sources),
        )
    ]
    for treatment in content.treatments:
        detail = criterion.detail[treatment.id].rstrip(".")
        fit = fit_words(criterion.fit[treatment.id])
        lines.append(f"{treatment.name}: {detail}. {fit[:1].upper()}{fit[1:]}.")
        basis = (criterion.basis or {}).get(treatment.id)
        if basis is not None:
            lines.append(
                _(
                    "Why: {reason} {sources}",
                    reason=basis.reason,
                    sources=sources_words(content, basis.sources),
                )
            )
    return Section(criterion.label, tuple(lines))


def seed_section(content: Content) -> list[Section]:
    """The clinic article's own differences, and where each went (if the content says)."""
    labels = {c.id: c.label for c in content.criteria}
    lines = tuple(
        _(
            "{text} Now: {became}. {note}",
            text=seed.text,
            became=", ".join(labels[c] for c in seed.became) or _("not a difference"),
            note=seed.note,
        )
        for seed in content.seed_differences
    )
    return [Section(_("The clinic article's differences"), lines)] if lines else []


def comparison_sections(content: Content, skin: SkinAnswer = NO_ANSWER) -> list[Section]:
    """A section per difference, the chances side by side, then the sources they cite."""
    sections = [difference_section(content, c) for c in content.criteria]
    cited = [s for c in content.criteria for s in c.sources]
    cited += [s for c in content.criteria for b in (c.basis or {}).values() for s in b.sources]
    sections += chances_side_by_side(content, skin) + seed_section(content)
    return [*sections, sources_section(content, [*cited, *outcome_sources(content)])]


def read_comparison(talk: Talk, content: Content, skin: SkinAnswer = NO_ANSWER) -> None:
    """Read the differences one at a time (with skin like mine first in the chances)."""
    read_sections(talk, _(NAME), comparison_sections(content, skin))
