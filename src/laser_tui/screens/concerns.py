"""What bothers me: the person names their concerns (any number, or not sure), never weighed."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from laser_tui.language.catalogue import N_, _
from laser_tui.model.concerns import (
    INTRO,
    NOT_SURE_ID,
    NOT_SURE_LABEL,
    concern_sections,
    concern_sources,
)
from laser_tui.screens.base import LaserScreen
from laser_tui.widgets.checklist import Checklist
from laser_tui.widgets.facts import FactSection, SourceList


class ConcernsScreen(LaserScreen):
    """The concerns as a checklist with Not sure; below, what each is, with sources."""

    SUB_TITLE = N_("What bothers me")

    def compose_body(self) -> ComposeResult:
        """Instructions, the list, then each concern's sections and the sources."""
        priorities = self.laser_app.priorities
        more = _("Space or Enter to choose; Tab to read more.")
        yield Static(_(INTRO) + " " + more, id="concerns-help")
        if not self.content.concerns:
            yield Static(_("This content file names no concerns."), id="no-concerns")
            return
        items = [(c.id, c.label, c.id in priorities.concerns) for c in self.content.concerns]
        items.append((NOT_SURE_ID, _(NOT_SURE_LABEL), priorities.concerns_unsure))
        yield Checklist(items, id="concerns-list")
        with VerticalScroll(id="concerns-body", can_focus=True):
            for concern in self.content.concerns:
                yield Static(concern.label, classes="title")
                for title, facts in concern_sections(self.content, concern):
                    yield FactSection(self.content, _(title), facts)
            yield SourceList(self.content, concern_sources(self.content))

    def when_mounted(self) -> None:
        """Focus the list."""
        if self.content.concerns:
            self.query_one("#concerns-list", Checklist).focus()

    def on_checklist_toggled(self, event: Checklist.Toggled) -> None:
        """Record the choice; Not sure clears the concerns, a concern clears Not sure."""
        app = self.laser_app
        if event.item_id == NOT_SURE_ID:
            app.priorities = app.priorities.with_concerns_unsure(event.ticked)
        else:
            app.priorities = app.priorities.with_concern(event.item_id, event.ticked, self.content)
        checklist = event.checklist
        shown = {
            *app.priorities.concerns,
            *([NOT_SURE_ID] if app.priorities.concerns_unsure else []),
        }
        for changed in checklist.ticked ^ shown:
            checklist.ticked ^= {changed}
            checklist.refresh_row(changed)
