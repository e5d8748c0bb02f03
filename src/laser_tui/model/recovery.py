"""Recovery, day by day: each treatment's (and other option's) stages side by side. Pure.

The stages are fixed, in order; a treatment whose timeline leaves a stage out shows it as not
known. Every stage says how the skin looks and feels, what you can do, and how people felt,
with its sources.
"""

from __future__ import annotations

from dataclasses import dataclass

from laser_tui.language.catalogue import N_, _, ngettext
from laser_tui.model.content import Content
from laser_tui.model.content_consultation import RecoveryStage

TITLE = N_("Recovery, day by day")
STAGES = {
    "first_day": N_("The first day"),
    "days_1_3": N_("Days 1 to 3"),
    "weeks_2": N_("The first two weeks"),
    "month_1": N_("One month on"),
    "months_3_6": N_("3 to 6 months on"),
    "months_6_12": N_("6 to 12 months on"),
}
"""Each stage's id and its words, in order."""
INTRODUCTION = N_(
    "What the days, weeks and months after each treatment were like, from the sources: how the "
    "skin looks and feels, what you can do, and how people felt. Your own recovery may differ: "
    "ask your clinician, and plan time off work with them."
)
NOT_KNOWN = N_("Not known from the sources we read.")


@dataclass(frozen=True)
class Column:
    """One treatment or other option with a timeline: its name and its stage by stage id."""

    name: str
    stages: dict[str, RecoveryStage]
    treatment: bool
    """A treatment being compared (shown side by side), else another option (shown after)."""


def columns(content: Content) -> list[Column]:
    """The treatments first (in the content's order), then the other options with a timeline."""
    names = {t.id: t.name for t in content.treatments}
    names |= {o.id: o.name for o in content.other_options}
    order = [t.id for t in content.treatments] + [o.id for o in content.other_options]
    found = {r.option: r for r in content.recovery}
    treatments = {t.id for t in content.treatments}
    return [
        Column(names[option], {s.stage: s for s in found[option].stages}, option in treatments)
        for option in order
        if option in found
    ]


def stage_words(content: Content, stage: RecoveryStage | None) -> list[str]:
    """The lines of one stage: looks and feels, what you can do, how people felt, sources."""
    if stage is None:
        return [_(NOT_KNOWN)]
    lines = [_("Looks and feels: {looks}", looks=stage.looks)]
    lines += [_("You can: {can_do}", can_do=stage.can_do)] if stage.can_do else []
    lines += [_("How people felt: {felt}", felt=stage.felt)] if stage.felt else []
    numbers = sorted({content.source_number(s) for s in stage.sources})
    said = ", ".join(str(n) for n in numbers)
    lines.append(
        ngettext("(Source {numbers}.)", "(Sources {numbers}.)", len(numbers), numbers=said)
    )
    return lines


def stage_lines(content: Content, treatments_only: bool = False) -> list[tuple[str, list[str]]]:
    """Per stage, one line per column: 'Laser skin resurfacing: Looks and feels: ...'
    (``treatments_only``: leave the other options out)."""
    shown = [c for c in columns(content) if c.treatment or not treatments_only]
    return (
        [
            (
                _(words),
                [
                    f"{column.name}: {' '.join(stage_words(content, column.stages.get(stage)))}"
                    for column in shown
                ],
            )
            for stage, words in STAGES.items()
        ]
        if shown
        else []
    )
