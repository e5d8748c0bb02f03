"""The checklist of differences: the person ticks what matters to them."""

from __future__ import annotations

from rich.markup import escape
from textual.app import ComposeResult
from textual.widgets import SelectionList, Static
from textual.widgets.selection_list import Selection

from laser_tui.screens.base import LaserScreen


class ChecklistScreen(LaserScreen):
    """Each difference as a checkbox; space or enter toggles it; a count of those ticked."""

    TITLE_TEXT = "What matters to me"

    def compose_body(self) -> ComposeResult:
        """Instructions, the list, and the count."""
        yield Static(
            "Tick each difference that matters to you (space or enter). "
            "Then press w to weigh them up.",
            id="checklist-help",
        )
        priorities = self.laser_app.priorities
        yield SelectionList[str](
            *(
                Selection(c.label, c.id, priorities.get(c.id).matters, id=c.id)
                for c in self.content.criteria
            ),
            id="checklist",
        )
        yield Static(id="checklist-count")
        yield Static(id="checklist-difference")

    def on_mount(self) -> None:
        """Show the count and focus the list."""
        super().on_mount()
        self._show_count()
        self.query_one("#checklist", SelectionList).focus()

    def on_selection_list_selection_toggled(
        self, event: SelectionList.SelectionToggled[str]
    ) -> None:
        """Record the toggle in the person's priorities."""
        criterion_id = event.selection.value
        app = self.laser_app
        app.priorities = app.priorities.with_matters(
            criterion_id, criterion_id in event.selection_list.selected
        )
        self._show_count()

    def on_selection_list_selection_highlighted(
        self, event: SelectionList.SelectionHighlighted[str]
    ) -> None:
        """Show the seed's difference behind the highlighted item."""
        criterion = next(c for c in self.content.criteria if c.id == event.selection.value)
        self.query_one("#checklist-difference", Static).update(
            f"The difference: {escape(criterion.difference)}"
        )

    def _show_count(self) -> None:
        total = len(self.content.criteria)
        ticked = self.laser_app.priorities.matter_count()
        self.query_one("#checklist-count", Static).update(
            f"{ticked} of {total} differences matter to you."
        )
