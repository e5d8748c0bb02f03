"""Skin like mine: the burn-and-tan answer puts study groups of similar skin first. Pure.

Self-rated skin type is unreliable, so the answer never becomes a personal chance: it only picks
which study group is shown first (with its size and how sure it is), says when no group with
such skin was studied, and prompts the clinician.
"""

from __future__ import annotations

from dataclasses import dataclass

from laser_tui.language.catalogue import N_, _
from laser_tui.model.chances import chance_words
from laser_tui.model.consultation import NOT_SURE, ConsultationAnswers
from laser_tui.model.content import Content, Figure
from laser_tui.model.content_base import CERTAINTY_TAGS, SkinGroup

SKIN_WORDS: dict[str, str] = {
    "lighter": N_("lighter skin that burns easily"),
    "darker": N_("darker skin that tans easily and rarely burns"),
}
NOT_PERSONAL = N_("These are what happened in study groups, not your own chance.")
SKIN_FIRST = N_(
    "Skin like yours: from your answer about how your skin reacts to the sun, each chance "
    "starts with the study group of similar skin, or says none was studied; all the studies "
    "follow."
)
NOT_SURE_LINE = N_(
    "You said you are not sure how your skin reacts to the sun: the chances are for the study "
    "groups as a whole. Your clinician can look at your skin with you."
)


@dataclass(frozen=True)
class SkinAnswer:
    """What the burn-and-tan answer says: a skin group, not sure, or nothing (not answered)."""

    group: SkinGroup | None
    not_sure: bool = False

    @property
    def given(self) -> bool:
        """Whether the person answered (with a skin group, or not sure)."""
        return self.group is not None or self.not_sure


NO_ANSWER = SkinAnswer(None)
"""The burn-and-tan question not answered: the chances as they are."""


def skin_answer(content: Content, answers: ConsultationAnswers) -> SkinAnswer:
    """The skin group of the person's burn-and-tan answer (its choices say which)."""
    for question in content.clinician_questions:
        groups = {choice.id: choice.skin for choice in question.choices if choice.skin}
        if not groups:
            continue
        given = answers.answer(question.id)
        if given == NOT_SURE:
            return SkinAnswer(None, not_sure=True)
        return SkinAnswer(groups.get(given or ""))
    return SkinAnswer(None)


def similar_figure(figure: Figure | None, group: SkinGroup) -> Figure | None:
    """The first study of an outcome (the headline, then the others) whose group has this skin."""
    if figure is None:
        return None
    return next((f for f in (figure, *figure.also) if f.known and f.skin == group), None)


def similar_line(figure: Figure | None, answer: SkinAnswer) -> str:
    """The line shown first for one treatment's chance of one outcome ('' when not answered)."""
    if answer.group is None:
        return ""
    words = _(SKIN_WORDS[answer.group])
    found = similar_figure(figure, answer.group)
    if found is None:
        return _(
            "Skin like yours ({skin}): no study group with such skin was found for this.",
            skin=words,
        )
    return _(
        "Skin like yours: a study group with {skin}: {chance}; {size} people in the group; "
        "how sure: {sure}.",
        skin=words,
        chance=chance_words(found),
        size=found.size,
        sure=_(CERTAINTY_TAGS.get(found.certainty or "", "not known")),
    )


def skin_summary(content: Content, answers: ConsultationAnswers) -> str:
    """What the summary says about skin like mine ('' when not answered)."""
    answer = skin_answer(content, answers)
    if answer.not_sure:
        return _(NOT_SURE_LINE)
    if answer.group is None:
        return ""
    figures = [figure for outcome in content.outcomes for figure in outcome.figures.values()]
    found = sum(similar_figure(f, answer.group) is not None for f in figures)
    return _(
        "Skin like mine: the chances show study groups with {skin} first; {found} of the "
        "{total} chances had such a group. These are what happened in study groups, not your "
        "own chance. Self-rated skin type is often wrong, so my clinician will look at my skin.",
        skin=_(SKIN_WORDS[answer.group]),
        found=found,
        total=len(figures),
    )
