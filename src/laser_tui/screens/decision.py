"""The weighted decision panel: importance per difference, scores, reasons and the flip point."""

from __future__ import annotations

from rich.markup import escape
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static

from laser_tui.model import wording
from laser_tui.model.scoring import Status
from laser_tui.screens.base import LaserScreen
from laser_tui.widgets.score_bar import ScoreBar
from laser_tui.widgets.weight_control import WeightControl


class DecisionScreen(LaserScreen):
    """Weights on the left; on the right how the priorities line up, updated on every key."""

    TITLE_TEXT = "Weigh it up"

    def compose_body(self) -> ComposeResult:
        """The weight controls and the result panel."""
        priorities = self.laser_app.priorities
        with Horizontal(id="decision-body"):
            with VerticalScroll(id="weights", can_focus=False):
                yield Static(
                    "How much does each matter to you? ↑/↓ choose, ←/→ change.",
                    classes="panel-title",
                )
                for criterion in self.content.criteria:
                    priority = priorities.get(criterion.id)
                    yield WeightControl(
                        criterion.id, criterion.label, priority.matters, priority.weight
                    )
            with VerticalScroll(id="result", can_focus=True):
                yield Static("How your priorities line up", classes="panel-title")
                for treatment in self.content.treatments:
                    yield ScoreBar(treatment.id, treatment.short_name)
                yield Static(id="verdict")
                yield Static(id="flip")
                yield Static(id="reasons")
        yield Static(
            f"[b]{escape(self.content.clinician_prompt)}[/b] "
            "[dim]Decision support, not medical advice.[/]",
            id="clinician",
        )

    def on_mount(self) -> None:
        """Show the current result and focus the first weight."""
        super().on_mount()
        self.show_result()
        self.query(WeightControl).first().focus()

    def on_weight_control_changed(self, event: WeightControl.Changed) -> None:
        """Apply the change to the person's priorities and show the new result."""
        app = self.laser_app
        priorities = app.priorities.with_matters(event.criterion_id, event.matters)
        app.priorities = priorities.with_weight(event.criterion_id, event.weight)
        self.show_result()

    def show_result(self) -> None:
        """Update the bars and the wording from the app's current result."""
        app = self.laser_app
        result = app.result
        scored = result.status is Status.SCORED
        for treatment in self.content.treatments:
            bar = self.query_one(f"#score-{treatment.id}", ScoreBar)
            bar.score = result.scores[treatment.id] if scored else None
        self.query_one("#verdict", Static).update(escape(wording.verdict(self.content, result)))
        reasons = wording.reasons_text(self.content, result, app.priorities)
        self.query_one("#reasons", Static).update(escape("\n".join(reasons)))
        self.query_one("#flip", Static).update(escape(wording.flip_text(self.content, result)))
