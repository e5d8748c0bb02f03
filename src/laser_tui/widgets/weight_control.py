"""A keyboard control for one criterion: counted or not, and an importance from 0 to 5."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.reactive import reactive
from textual.widget import Widget

from laser_tui.model.priorities import MAX_WEIGHT, MIN_WEIGHT, WEIGHT_WORDS


class WeightControl(Widget, can_focus=True):
    """Shows a criterion's label and importance; left/right or -/+ change it.

    Watch ``weight`` and ``matters`` to follow changes (``DOMNode.watch``).
    """

    BINDINGS = [
        Binding("left,minus", "change(-1)", "Less", tooltip="Lower the importance", id="less"),
        Binding(
            "right,plus,equals_sign",
            "change(1)",
            "More",
            tooltip="Raise the importance",
            id="more",
        ),
        Binding(
            "down",
            "app.focus_next",
            "Next",
            show=False,
            tooltip="The next difference",
            id="focus-next",
        ),
        Binding(
            "up",
            "app.focus_previous",
            "Previous",
            show=False,
            tooltip="The one before",
            id="focus-previous",
        ),
        Binding(
            "space,enter",
            "toggle_counted",
            "Count",
            tooltip="Count this difference or not",
            id="toggle-counted",
        ),
    ]

    weight: reactive[int] = reactive(3)
    """A new weight repaints the control without a layout of the screen: its line (at most 32
    cells) fits the control at the app's smallest size, so the height cannot change."""
    matters: reactive[bool] = reactive(False, layout=True)

    def __init__(self, criterion_id: str, label: str, matters: bool, weight: int) -> None:
        super().__init__(id=f"weight-{criterion_id}", classes="weight-control")
        self.criterion_id = criterion_id
        self.label = label
        self.set_reactive(WeightControl.weight, weight)
        self.set_reactive(WeightControl.matters, matters)

    def render(self) -> Text:
        """The label, then the importance as dots and words, or 'not counted'."""
        text = Text(self.label, style="bold")
        if self.matters:
            dots = "●" * self.weight + "○" * (MAX_WEIGHT - self.weight)
            text.append(f"\n  {dots} {self.weight}/5 {WEIGHT_WORDS[self.weight]}")
        else:
            text.append("\n  not counted: Space counts it", style="italic")
        return text

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Less and More only apply to a counted criterion."""
        if action == "change" and not self.matters:
            return None
        return True

    def action_change(self, step: int) -> None:
        """Raise or lower the importance by ``step``, within 0..5."""
        if not self.matters:
            return
        new = max(MIN_WEIGHT, min(MAX_WEIGHT, self.weight + step))
        self.weight = new

    def action_toggle_counted(self) -> None:
        """Count this criterion, or stop counting it."""
        self.matters = not self.matters
        self.refresh_bindings()
