"""The weighted decision panel: importance per difference, scores, reasons and the flip point."""

from __future__ import annotations

from functools import partial

from rich.markup import escape
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Static

from laser_tui.model import wording
from laser_tui.model.scoring import Status
from laser_tui.screens.base import LaserScreen
from laser_tui.widgets.more_below import hint_more_below
from laser_tui.widgets.score_bar import ScoreBar
from laser_tui.widgets.steady_text import SteadyText
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
            # The scores stay in view while the words below them scroll.
            with Vertical(id="result-panel"):
                with Vertical(id="scores"):
                    yield Static("How your priorities line up", classes="panel-title")
                    for treatment in self.content.treatments:
                        yield ScoreBar(treatment.id, treatment.short_name)
                with VerticalScroll(id="result", can_focus=True):
                    yield SteadyText(id="wording")
        yield Static(
            f"[b]{escape(self.content.clinician_prompt)}[/b] "
            "[dim]Decision support, not medical advice.[/]",
            id="clinician",
        )

    def on_mount(self) -> None:
        """Show the current result, follow every weight control, focus the first one."""
        super().on_mount()
        if self.closed_early:
            return
        self.show_result()
        for control in self.query(WeightControl):
            # Watching (not a message) applies a change while its key is handled, so the
            # new scores are painted in the same frame as the control itself.
            self.watch(control, "weight", partial(self._apply, control), init=False)
            self.watch(control, "matters", partial(self._apply, control), init=False)
        self.query(WeightControl).first().focus()
        hint_more_below(self.query_one("#result"))

    def _apply(self, control: WeightControl) -> None:
        """Put the control's state into the person's priorities and show the new result."""
        app = self.laser_app
        priorities = app.priorities.with_matters(control.criterion_id, control.matters)
        app.priorities = priorities.with_weight(control.criterion_id, control.weight)
        self.show_result()

    def show_result(self) -> None:
        """Update the bars and the wording from the app's current result."""
        app = self.laser_app
        result = app.result
        scored = result.status is Status.SCORED
        for treatment in self.content.treatments:
            bar = self.query_one(f"#score-{treatment.id}", ScoreBar)
            bar.score = result.scores[treatment.id] if scored else None
        paragraphs = [
            wording.verdict(self.content, result),
            wording.flip_text(self.content, result),
            "\n".join(wording.reasons_text(self.content, result, app.priorities)),
        ]
        # One text, not three: its height can then stay steady (see SteadyText).
        self.query_one("#wording", SteadyText).show(escape("\n\n".join(filter(None, paragraphs))))
