"""Recovery, day by day, read one stage at a time: each treatment's line, then each other
option's."""

from __future__ import annotations

from laser_tui.language.catalogue import _
from laser_tui.model.costs import TITLE as COSTS_TITLE
from laser_tui.model.costs import cost_lines
from laser_tui.model.recovery import INTRODUCTION, TITLE, stage_lines
from laser_tui.plain.reader import Section, read_sections
from laser_tui.plain.talk import Talk
from laser_tui.plain.visit import Visit

NAME = TITLE


def recovery_sections(session: Visit) -> list[Section]:
    """A section per stage, the introduction first."""
    stages = stage_lines(session.content)
    costs = Section(_(COSTS_TITLE), tuple(cost_lines(session.content)))
    return [
        Section(_("About"), (_(INTRODUCTION),)),
        *(Section(w, tuple(ls)) for w, ls in stages),
        costs,
    ]


def read_recovery(talk: Talk, session: Visit) -> None:
    """Read the stages one at a time."""
    read_sections(talk, _(NAME), recovery_sections(session))
