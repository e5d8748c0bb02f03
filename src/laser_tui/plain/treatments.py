"""One treatment, read section by section, each fact with its sources."""

from __future__ import annotations

from laser_tui.language.catalogue import _
from laser_tui.model.chances import figure_sources
from laser_tui.model.content import Content, Treatment
from laser_tui.model.skin import NO_ANSWER, SkinAnswer
from laser_tui.plain.chances import chances_section
from laser_tui.plain.reader import Section, facts_section, read_sections, sources_section
from laser_tui.plain.talk import Talk


def treatment_sections(
    content: Content, treatment: Treatment, skin: SkinAnswer = NO_ANSWER
) -> list[Section]:
    """Other names, every described section, the chances (if any, skin like mine first), then
    the sources cited."""
    sections = []
    if treatment.other_names:
        sections.append(Section(_("Other names"), (", ".join(treatment.other_names) + ".",)))
    cited: list[str] = []
    for title, facts in treatment.sections():
        sections.append(facts_section(content, _(title), facts))
        cited += [s for fact in facts for s in fact.sources]
    chances = chances_section(content, treatment, skin)
    if chances:
        figures = [o.figures.get(treatment.id) for o in content.outcomes]
        cited += [s for figure in figures for s in figure_sources(figure)]
    return [*sections, *chances, sources_section(content, cited)]


def read_treatment(
    talk: Talk, content: Content, treatment: Treatment, skin: SkinAnswer = NO_ANSWER
) -> None:
    """Read one treatment, section by section."""
    read_sections(talk, treatment.name, treatment_sections(content, treatment, skin))
