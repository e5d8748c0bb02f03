"""About this aid: who made it and how, funding, conflicts, updates, scores, mistakes, IPDAS."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from laser_tui.clock import today
from laser_tui.model.content import Content
from laser_tui.model.content_base import CERTAINTY_TAGS, SOURCE_KIND_WORDS
from laser_tui.model.content_language import translation_lines
from laser_tui.model.home_content import overdue_line
from laser_tui.model.reading_level import reading_level_line
from laser_tui.screens.base import LaserScreen
from laser_tui.widgets.facts import SourceList

NO_ABOUT = (
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
    return [
        f'"{s.title}" ({s.publisher}) is a {SOURCE_KIND_WORDS["marketing"]} source; '
        'it is marked "marketing" wherever it is cited.'
        for s in content.sources
        if s.kind == "marketing"
    ]


class AboutScreen(LaserScreen):
    """Everything a person needs to judge the aid itself, in plain words."""

    SUB_TITLE = "About this aid"

    def compose_body(self) -> ComposeResult:
        """One short part per question a person may have about the aid."""
        content, about = self.content, self.content.about
        with VerticalScroll(id="about-body", can_focus=True):
            yield Static(
                Text.assemble(("About this aid", "bold"), f": version {content.version}"),
                classes="title",
            )
            if about is None:
                yield Static(NO_ABOUT, id="no-about")
            else:
                yield _part("Who made it", [about.made_by])
            if content.translation is not None:
                yield _part("Translation", translation_lines(content.translation))
            if about is not None:
                yield _part(
                    "How it was made",
                    [about.how_made, reading_level_line(content), *marketing_lines(content)],
                )
                yield _part("Funding", [about.funding])
                yield _part("Conflicts of interest", [about.conflicts])
            yield _part(
                "When it was checked",
                [
                    f"Reviewed {content.reviewed.day} {content.reviewed:%B %Y}; next review due "
                    f"{content.next_review:%B %Y}.",
                    *filter(None, [overdue_line(content.next_review, today())]),
                    *([about.update_policy] if about else []),
                ],
            )
            if content.certainty:
                yield _part(
                    "How sure the facts are: the words used",
                    [
                        f"{CERTAINTY_TAGS[level]}: {text}"
                        for level, text in content.certainty.items()
                    ],
                    "• ",
                )
            if about is not None:
                yield _part("How the scores are worked out", [about.scoring])
                yield _part("If you find a mistake", [about.report_mistakes])
                yield _part("What it does, from the IPDAS standards", about.ipdas_met, "• ")
                if about.ipdas_not_yet:
                    yield _part("What it does not do yet", about.ipdas_not_yet, "• ")
            yield SourceList(content, [s.id for s in content.sources])

    def when_mounted(self) -> None:
        """Focus the text so the arrow keys scroll it."""
        self.query_one("#about-body").focus()
