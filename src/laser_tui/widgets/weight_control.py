"""A keyboard control for one criterion: counts for the person or not, and an importance 0 to 5."""

from __future__ import annotations

from collections.abc import Hashable

from rich.text import Text
from textual.binding import Binding
from textual.reactive import reactive

from laser_tui.language.catalogue import N_, _
from laser_tui.model.priorities import (
    DEFAULT_WEIGHT,
    MAX_WEIGHT,
    MIN_WEIGHT,
    WEIGHT_WORDS,
    CriterionPriority,
)
from laser_tui.widgets.kept_lines import KeptLinesWidget
from laser_tui.widgets.up_down import up_down_bindings


class WeightControl(KeptLinesWidget, can_focus=True):
    """Shows a criterion's label and importance; left/right or -/+ change it.

    A key changes ``weight`` or ``counts``: watch them (``DOMNode.watch``) to turn that into a
    change of the priorities; ``show`` sets the control to the priorities it follows.
    """

    BINDINGS = [
        Binding(
            "left,minus", "change(-1)", N_("Less"), tooltip=N_("Lower the importance"), id="less"
        ),
        Binding(
            "right,plus,equals_sign",
            "change(1)",
            N_("More"),
            tooltip=N_("Raise the importance"),
            id="more",
        ),
        *up_down_bindings(N_("The next difference")),
        Binding(
            "space,enter",
            "toggle_counted",
            N_("Count"),  # the kiosk's footer at 80x24 has no room for one more letter
            tooltip=N_("Say whether this difference counts for you"),
            id="toggle-counted",
        ),
    ]

    weight: reactive[int] = reactive(DEFAULT_WEIGHT, repaint=False)
    """A new weight repaints the control's line that shows it, without a layout of the screen:
    that line (at most 32 cells) fits the control at the app's smallest size, so the height
    cannot change."""
    counts: reactive[bool] = reactive(False, layout=True)

    def __init__(self, criterion_id: str, label: str) -> None:
        super().__init__(id=f"weight-{criterion_id}", classes="weight-control")
        self.criterion_id = criterion_id
        self.label = label

    def show(self, priority: CriterionPriority) -> None:
        """Show this criterion's priority (nothing happens when it is already shown)."""
        self.weight = priority.weight
        self.counts = priority.counts

    def watch_weight(self) -> None:
        """Repaint the line with the dots (the label above it stays as it is)."""
        self.repaint_changes()

    def shown(self) -> Hashable:
        """What ``render`` shows: the label, whether it counts, the weight."""
        return (self.label, self.counts, self.weight)

    def render(self) -> Text:
        """The label, then the importance as dots and words, or that it does not count."""
        text = Text(self.label, style="bold")
        if self.counts:
            dots = "●" * self.weight + "○" * (MAX_WEIGHT - self.weight)
            words = _(WEIGHT_WORDS[self.weight])
            text.append(f"\n  {dots} {self.weight}/{MAX_WEIGHT} {words}")
        else:
            text.append("\n  " + _("does not count for you: Space"), style="italic")
        return text

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Less and More only apply to a criterion that counts for the person."""
        if action == "change" and not self.counts:
            return None
        return True

    def action_change(self, step: int) -> None:
        """Raise or lower the importance by ``step``, within 0..5."""
        if not self.counts:
            return
        new = max(MIN_WEIGHT, min(MAX_WEIGHT, self.weight + step))
        self.weight = new

    def action_toggle_counted(self) -> None:
        """Say this criterion counts for the person, or that it does not."""
        self.counts = not self.counts
        self.refresh_bindings()
