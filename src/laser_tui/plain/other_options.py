"""The other choices besides the treatments, including no treatment, one at a time."""

from __future__ import annotations

from laser_tui.language.catalogue import N_, _
from laser_tui.model.content import Content
from laser_tui.model.counting import any_treatment
from laser_tui.plain.reader import Section, facts_section, read_sections, sources_section
from laser_tui.plain.talk import Talk

NAME = N_("Other options")


def options_sections(content: Content) -> list[Section]:
    """A section per other option, then the sources they cite."""
    sections = [facts_section(content, o.name, o.facts) for o in content.other_options]
    cited = [s for o in content.other_options for fact in o.facts for s in fact.sources]
    return [*sections, sources_section(content, cited)]


def read_other_options(talk: Talk, content: Content) -> None:
    """Say that neither treatment has to be chosen, then read each other option."""
    talk.say(
        "",
        _(
            "You do not have to choose {treatment}. These are other choices to talk over with "
            "your clinician.",
            treatment=any_treatment(len(content.treatments)),
        ),
    )
    read_sections(talk, _(NAME), options_sections(content))
