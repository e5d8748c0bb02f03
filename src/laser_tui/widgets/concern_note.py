"""Beside the result: a note when a named concern is one the treatment is not aimed at."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from laser_tui.language.catalogue import _
from laser_tui.model.concern_note import concern_notes, sourced_text
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities
from laser_tui.model.scoring import Result


class ConcernNoteLine(Static):
    """The concern notes of ``model.concern_note``; hidden when there is none."""

    DEFAULT_CSS = """
    ConcernNoteLine { height: auto; margin-top: 1; }
    ConcernNoteLine.-empty { display: none; }
    """

    def __init__(self, content: Content, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="-empty")
        self.aid = content
        self.words = ""

    def follow(self, priorities: Priorities, result: Result) -> None:
        """Show the notes for these priorities and this result (nothing changes if the same)."""
        notes = concern_notes(self.aid, priorities, result)
        words = "\n\n".join(sourced_text(self.aid, note) for note in notes)
        if words == self.words:  # an update lays the screen out again
            return
        self.words = words
        self.set_class(not words, "-empty")
        about = _("About what bothers you:") + " "
        self.update(Text.assemble((about, "bold"), words) if words else "")
