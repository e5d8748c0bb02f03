"""About this aid: who made it and how, funding, conflicts, updates, the scores, mistakes, IPDAS."""

from __future__ import annotations

from laser_tui.model.content import About, Content
from laser_tui.plain.reader import Section, read_sections
from laser_tui.plain.talk import Talk

NAME = "About this aid"


def about_sections(about: About) -> list[Section]:
    """Each part of the content's about table, in reading order."""
    sections = [
        Section("Who made it", (about.made_by,)),
        Section("How it was made", (about.how_made,)),
        Section("Funding", (about.funding,)),
        Section("Conflicts of interest", (about.conflicts,)),
        Section("How it is kept up to date", (about.update_policy,)),
        Section("How the scores are worked out", (about.scoring,)),
        Section("How to report a mistake", (about.report_mistakes,)),
        Section("The standards it meets (IPDAS)", tuple(about.ipdas_met)),
    ]
    if about.ipdas_not_yet:
        sections.append(Section("The standards it does not meet yet", tuple(about.ipdas_not_yet)))
    return sections


def read_about(talk: Talk, content: Content) -> None:
    """Read the about table, section by section (the menu offers it only when there is one)."""
    if content.about is not None:
        read_sections(talk, NAME, about_sections(content.about))
