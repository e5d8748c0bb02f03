"""About this aid: who made it and how, funding, conflicts, updates, scores, mistakes, IPDAS."""

from __future__ import annotations

from collections.abc import Iterable

from rich.markup import escape
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from laser_tui.clock import today
from laser_tui.language.catalogue import N_, _
from laser_tui.language.formats import long_date, month_year
from laser_tui.model.content import Content
from laser_tui.model.content_base import CERTAINTY_TAGS, SOURCE_KIND_WORDS
from laser_tui.model.content_language import translation_lines
from laser_tui.model.home_content import overdue_line
from laser_tui.model.reading_level import reading_level_line
from laser_tui.screens.base import LaserScreen
from laser_tui.widgets.facts import SourceList

NO_ABOUT = N_(
    "This content file does not say who made it, how, or with what funding. "
    "Ask the clinic that gave it to you."
)


def _part(title: str, lines: Iterable[str], bullet: str = "") -> Static:
    text = Text(title, style="bold")
    for line in lines:
        text.append(f"\n{bullet}{line}", style="not bold")
    return Static(text, classes="about-part")


def marketing_lines(content: Content) -> list[str]:
    """Each marketing source by name, so nobody mistakes it for a study."""
    kind = SOURCE_KIND_WORDS["marketing"]
    return [
        _(
            '"{title}" ({publisher}) is a {kind} source; it is marked "{kind}" wherever it is '
            "cited.",
            title=s.title,
            publisher=s.publisher,
            kind=_(kind),
        )
        for s in content.sources
        if s.kind == "marketing"
    ]


class AboutScreen(LaserScreen):
    """Everything a person needs to judge the aid itself, in plain words."""

    SUB_TITLE = N_("About this aid")

    def compose_body(self) -> ComposeResult:
        """One short part per question a person may have about the aid."""
        content, about = self.content, self.content.about
        with VerticalScroll(id="about-body", can_focus=True):
            yield Static(
                Text.from_markup(
                    _("[b]About this aid[/b]: version {version}", version=escape(content.version))
                ),
                classes="title",
            )
            if about is None:
                yield Static(_(NO_ABOUT), id="no-about")
            else:
                yield _part(_("Who made it"), [about.made_by])
            if content.translation is not None:
                yield _part(_("Translation"), translation_lines(content.translation))
            if about is not None:
                yield _part(
                    _("How it was made"),
                    [about.how_made, reading_level_line(content), *marketing_lines(content)],
                )
                yield _part(_("Funding"), [about.funding])
                yield _part(_("Conflicts of interest"), [about.conflicts])
            yield _part(
                _("When it was checked"),
                [
                    _(
                        "Reviewed {date}; next review due {month}.",
                        date=long_date(content.reviewed),
                        month=month_year(content.next_review),
                    ),
                    *filter(None, [overdue_line(content.next_review, today())]),
                    *([about.update_policy] if about else []),
                ],
            )
            if content.certainty:
                yield _part(
                    _("How sure the facts are: the words used"),
                    [
                        ": ".join([_(CERTAINTY_TAGS[level]), text])
                        for level, text in content.certainty.items()
                    ],
                    "• ",
                )
            if about is not None:
                yield _part(_("How the scores are worked out"), [about.scoring])
                yield _part(_("If you find a mistake"), [about.report_mistakes])
                yield _part(_("What it does, from the IPDAS standards"), about.ipdas_met, "• ")
                if about.ipdas_not_yet:
                    yield _part(_("What it does not do yet"), about.ipdas_not_yet, "• ")
            yield SourceList(content, [s.id for s in content.sources])

    def when_mounted(self) -> None:
        """Focus the text so the arrow keys scroll it."""
        self.query_one("#about-body").focus()
