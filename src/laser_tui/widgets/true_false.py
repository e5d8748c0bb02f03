"""A true-or-false answer to a statement shown above it, answered with t or f."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import RadioButton, RadioSet


class TrueFalse(RadioSet):
    """One statement (the border title) with True and False; t or f answers and moves on."""

    DEFAULT_CSS = """
    TrueFalse {
        layout: horizontal;
        border: round $panel-lighten-2;
        border-title-color: $foreground;
        border-subtitle-color: $foreground;
        & > RadioButton { width: auto; margin-right: 4; }
        &:focus { border: round $accent; border-title-style: bold; }
    }
    """

    BINDINGS = [
        Binding("t", "answer(True)", "True", id="answer-true", tooltip="Answer true"),
        Binding("f", "answer(False)", "False", id="answer-false", tooltip="Answer false"),
        Binding(
            "down", "app.focus_next", "Next", show=False, id="next-statement", tooltip="Next one"
        ),
        Binding(
            "up",
            "app.focus_previous",
            "Previous",
            show=False,
            id="previous-statement",
            tooltip="The one before",
        ),
    ]

    def __init__(self, index: int) -> None:
        super().__init__(
            RadioButton("True", id=f"statement-{index}-true"),
            RadioButton("False", id=f"statement-{index}-false"),
            id=f"statement-{index}",
        )
        self.index = index
        self.border_title = "True or false?"
        self.border_subtitle = "Your answer: not yet"

    @property
    def answer(self) -> bool | None:
        """True, False, or None before either is chosen."""
        if self.query_one(f"#statement-{self.index}-true", RadioButton).value:
            return True
        if self.query_one(f"#statement-{self.index}-false", RadioButton).value:
            return False
        return None

    def action_answer(self, value: bool) -> None:
        """Choose True or False, then move to the next statement, if any."""
        which = "true" if value else "false"
        self.query_one(f"#statement-{self.index}-{which}", RadioButton).value = True
        self.border_subtitle = f"Your answer: {which}"
        following = [q for q in self.screen.query(TrueFalse) if q.index > self.index]
        if following:
            self.screen.set_focus(following[0])
