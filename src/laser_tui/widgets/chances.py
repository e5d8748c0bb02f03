"""One treatment's chance of one outcome: the words, the study, how sure, and a picture of 100."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Static

from laser_tui.language.catalogue import _
from laser_tui.model.chances import (
    certainty_words,
    chance_words,
    named_words,
    picture,
    study_words,
)
from laser_tui.model.content import Content, Figure
from laser_tui.widgets.facts import source_marker
from laser_tui.widgets.icon_array import IconArray

NOT_GIVEN = Figure(known=False)
"""What a treatment without a figure for an outcome shows: 'not known', never a missing row."""


def headline(figure: Figure, heading: str) -> Text:
    """The heading and the chance in words (after the figure's name, when it has one)."""
    words = named_words(figure) if figure.name else chance_words(figure)
    text = Text(heading + "\n", style="bold")
    text.append(words[0].upper() + words[1:] + ".")
    return text


def details(content: Content, figure: Figure) -> Text:
    """The study, how sure, any note, and the sources."""
    how_sure = certainty_words(content, figure.certainty)
    sure = _("How sure: {words}", words=how_sure) if how_sure else ""
    lines = [study_words(figure), sure, figure.note or ""]
    text = Text("\n".join(filter(None, lines)))
    if figure.sources:
        text.append(" " + source_marker(content, figure.sources), style="dim")
    return text


def picture_widget(figure: Figure) -> Widget:
    """The picture of 100, or a line saying there is none because the figure is not known."""
    drawn = picture(figure)
    if drawn is None:
        return Static(_("No picture: the chance is not known."), classes="no-picture")
    return IconArray(figure, drawn)


class ChanceDetails(Vertical):
    """A figure's details, then each other study of the outcome, named, with its picture."""

    DEFAULT_CSS = """
    ChanceDetails { height: auto; }
    ChanceDetails .chance-also { margin-top: 1; }
    """

    def __init__(self, content: Content, figure: Figure) -> None:
        super().__init__(classes="chance-details")
        self.aid = content
        self.figure = figure

    def compose(self) -> ComposeResult:
        """The details, then the others (each a headline, details and a picture)."""
        yield Static(details(self.aid, self.figure))
        yield from also_widgets(self.aid, self.figure)


def also_widgets(content: Content, figure: Figure) -> ComposeResult:
    """Each other study of the same outcome: its name and chance, its details, its picture."""
    for other in figure.also:
        text = headline(other, _("Also"))
        text.append("\n")
        text.append_text(details(content, other))
        yield Static(text, classes="chance-also")
        yield picture_widget(other)


class ChanceBlock(Vertical):
    """The chance of one outcome for one treatment: words, details, then the picture."""

    DEFAULT_CSS = """
    ChanceBlock { height: auto; margin-bottom: 1; }
    """

    def __init__(self, content: Content, figure: Figure | None, heading: str) -> None:
        super().__init__(classes="chance-block")
        self.aid = content
        self.figure = figure or NOT_GIVEN
        self.text = headline(self.figure, heading)
        self.text.append("\n")
        self.text.append_text(details(content, self.figure))

    def compose(self) -> ComposeResult:
        """The words, then the picture (when the figure is known)."""
        yield Static(self.text, classes="chance-text")
        if self.figure.known:
            yield picture_widget(self.figure)
        yield from also_widgets(self.aid, self.figure)
