"""About this aid: who made it and how, funding, conflicts, when checked, how sure, the scores,
mistakes and the IPDAS standards, in the order of the full-screen About screen."""

from __future__ import annotations

from laser_tui.clock import today
from laser_tui.language.catalogue import N_, _
from laser_tui.language.formats import long_date, month_year
from laser_tui.model.content import About, Content
from laser_tui.model.content_base import CERTAINTY_TAGS
from laser_tui.model.content_language import translation_lines
from laser_tui.model.home_content import overdue_line
from laser_tui.model.reading_level import reading_level_line
from laser_tui.plain.reader import Section, read_sections, sources_section
from laser_tui.plain.talk import Talk

NAME = N_("About this aid")


def _marketing(content: Content) -> tuple[str, ...]:
    return tuple(
        _(
            '"{title}" ({publisher}) is a marketing source, and is said to be one wherever it '
            "is cited.",
            title=s.title,
            publisher=s.publisher,
        )
        for s in content.sources
        if s.kind == "marketing"
    )


def about_sections(content: Content, about: About) -> list[Section]:
    """Each part of the content's about table, then the levels of certainty and the sources."""
    checked = (
        _(
            "Reviewed {reviewed}; next review due {next_review}.",
            reviewed=long_date(content.reviewed),
            next_review=month_year(content.next_review),
        ),
        *filter(None, [overdue_line(content.next_review, today())]),
        about.update_policy,
    )
    sections = [
        Section(_("Who made it"), (about.made_by,)),
        *(
            [Section(_("Translation"), tuple(translation_lines(content.translation)))]
            if content.translation
            else []
        ),
        Section(
            _("How it was made"),
            (about.how_made, reading_level_line(content), *_marketing(content)),
        ),
        Section(_("Funding"), (about.funding,)),
        Section(_("Conflicts of interest"), (about.conflicts,)),
        Section(_("When it was checked"), checked),
    ]
    if content.certainty:
        levels = tuple(f"{_(CERTAINTY_TAGS[k])}: {text}" for k, text in content.certainty.items())
        sections.append(Section(_("How sure the facts are: the words used"), levels))
    sections += [
        Section(_("How the scores are worked out"), (about.scoring,)),
        Section(_("If you find a mistake"), (about.report_mistakes,)),
        Section(_("What it does, from the IPDAS standards"), tuple(about.ipdas_met)),
    ]
    if about.ipdas_not_yet:
        sections.append(Section(_("What it does not do yet"), tuple(about.ipdas_not_yet)))
    return [*sections, sources_section(content, [s.id for s in content.sources])]


def read_about(talk: Talk, content: Content) -> None:
    """Read the about table, section by section (the menu offers it only when there is one)."""
    if content.about is not None:
        talk.say("", _("About this aid: content version {version}.", version=content.version))
        read_sections(talk, _(NAME), about_sections(content, content.about))
