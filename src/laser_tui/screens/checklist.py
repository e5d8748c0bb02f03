"""The checklist of differences: the person says which ones count for them."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import OptionList, Static

from laser_tui.language.catalogue import N_, _, ngettext
from laser_tui.model.concern_note import named_concern_words
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities
from laser_tui.model.session import Session
from laser_tui.screens.base import LaserScreen
from laser_tui.widgets.checklist import Checklist


def concerns_line(content: Content, priorities: Priorities) -> Text:
    """The start of the checklist: what bothers the person comes first, and is not weighed."""
    said = named_concern_words(content, priorities) or _("What bothers me: not said yet.")
    return Text.assemble(
        (_("First:") + " ", "bold"),
        said,
        " " + _("Press m to say what bothers you about your skin."),
    )


class ChecklistScreen(LaserScreen):
    """Each difference as a checkbox; space or enter says it counts or not; how many count."""

    SUB_TITLE = N_("What counts for me")

    def compose_body(self) -> ComposeResult:
        """Instructions, the list, and the count."""
        priorities = self.laser_app.priorities
        if self.content.concerns:
            yield Static(concerns_line(self.content, priorities), id="checklist-concerns")
        yield Static(
            _(
                "Press Space or Enter on each difference that counts for you. "
                "Then press w to weigh them up."
            ),
            id="checklist-help",
        )
        yield Checklist(
            [(c.id, c.label, priorities.get(c.id).counts) for c in self.content.criteria],
            id="checklist",
        )
        yield Static(id="checklist-count")
        yield Static(id="checklist-difference")

    def when_mounted(self) -> None:
        """Show the count and focus the list."""
        self._show_count()
        self.query_one("#checklist", Checklist).focus()
        if self.content.concerns:
            self.watch(self.laser_app, "session", self._show_concerns, init=False)

    def _show_concerns(self, session: Session) -> None:
        """Say again what bothers the person when they change it (m, then back here)."""
        self.query_one("#checklist-concerns", Static).update(
            concerns_line(self.content, session.priorities)
        )

    def on_checklist_toggled(self, event: Checklist.Toggled) -> None:
        """Record the toggle in the person's priorities."""
        app = self.laser_app
        app.priorities = app.priorities.with_counts(event.item_id, event.ticked)
        self._show_count()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Show the seed's difference behind the highlighted item."""
        criterion = next(c for c in self.content.criteria if c.id == event.option.id)
        self.query_one("#checklist-difference", Static).update(
            Text.assemble((_("The difference:") + " ", "bold"), criterion.difference)
        )

    def _show_count(self) -> None:
        total = len(self.content.criteria)
        ticked = self.laser_app.priorities.number_counted()
        self.query_one("#checklist-count", Static).update(
            ngettext(
                "{ticked} of {count} difference counts for you.",
                "{ticked} of {count} differences count for you.",
                total,
                ticked=ticked,
            )
        )
