"""Chances of outcomes in words, always "about N in 100", with who, how many, how long, how sure.

The words are the model's (``model.chances``), as on the full-screen Chances screen. Plain mode
never shows a picture of 100: the words say everything the picture shows.
"""

from __future__ import annotations

from laser_tui.language.catalogue import _
from laser_tui.model.chances import (
    certainty_words,
    chance_words,
    figure_sources,
    named_words,
    study_words,
)
from laser_tui.model.content import Content, Figure, Treatment
from laser_tui.model.skin import (
    NO_ANSWER,
    NOT_PERSONAL,
    NOT_SURE_LINE,
    SkinAnswer,
    similar_line,
)
from laser_tui.plain.reader import Section, sources_words


def how_sure(content: Content, level: str | None) -> str:
    """The content's own words for a certainty level, as a sentence, or nothing."""
    words = certainty_words(content, level)
    return " " + _("How sure: {words}.", words=words.rstrip(".")) if words else ""


def figure_words(content: Content, figure: Figure | None) -> str:
    """One treatment's chance, e.g. "about 37 in 100 people. Seen in ... (Source 2.)", with
    every note the screen shows and every other study of the outcome, named."""
    if figure is None:
        return _("not known.")
    note = f" {figure.note.rstrip('.')}." if figure.note else ""
    cited = f" {sources_words(content, figure.sources)}" if figure.sources else ""
    if not figure.known:
        return f"{_('not known.')}{note}{cited}"
    words = named_words(figure) if figure.name else chance_words(figure)
    also = "".join(
        " " + _("Also, {chance}", chance=figure_words(content, other)) for other in figure.also
    )
    return f"{words}. {study_words(figure)}{note}{how_sure(content, figure.certainty)}{cited}{also}"


def chances_section(
    content: Content, treatment: Treatment, skin: SkinAnswer = NO_ANSWER
) -> list[Section]:
    """The Chances section of one treatment, if the content has any outcomes; with a
    burn-and-tan answer, each chance starts with the study group of similar skin."""
    if not content.outcomes:
        return []
    lines = tuple(
        f"{o.label}: {_skin_first(o.figures.get(treatment.id), skin)}"
        f"{figure_words(content, o.figures.get(treatment.id))}"
        for o in content.outcomes
    )
    return [Section(_("Chances"), lines + ((_(NOT_SURE_LINE),) if skin.not_sure else ()))]


def chances_side_by_side(content: Content, skin: SkinAnswer = NO_ANSWER) -> list[Section]:
    """One section per outcome, each treatment's chance on the same scale (out of 100); with a
    burn-and-tan answer, each starts with the study group of similar skin (or says there was
    none)."""
    return [
        Section(
            _("Chances: {outcome}", outcome=outcome.label),
            tuple(
                f"{t.name}: {_skin_first(outcome.figures.get(t.id), skin)}"
                f"{figure_words(content, outcome.figures.get(t.id))}"
                for t in content.treatments
            )
            + ((_(NOT_SURE_LINE),) if skin.not_sure else ()),
        )
        for outcome in content.outcomes
    ]


def _skin_first(figure: Figure | None, skin: SkinAnswer) -> str:
    line = similar_line(figure, skin)
    if not line:
        return ""
    said = _(
        "{similar} {not_personal} All the studies:", similar=line, not_personal=_(NOT_PERSONAL)
    )
    return f"{said} "


def outcome_sources(content: Content) -> list[str]:
    """Every source the outcomes cite."""
    return [s for o in content.outcomes for f in o.figures.values() for s in figure_sources(f)]
