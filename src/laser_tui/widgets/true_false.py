"""A true-or-false answer to a statement shown above it, answered with t or f."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import RadioButton, RadioSet

from laser_tui.language.catalogue import N_, _
from laser_tui.widgets.yes_no import YesNoQuestion


def answer_line(answer: bool | None) -> str:
    """The answer in words, under the statement."""
    if answer is None:
        return _("Your answer: not yet")
    return _("Your answer: true") if answer else _("Your answer: false")


class TrueFalse(RadioSet):
    """True and False for the statement shown above it; t or f answers and moves on."""

    DEFAULT_CSS = YesNoQuestion.DEFAULT_CSS.replace("YesNoQuestion", "TrueFalse")
    """The same look as the readiness check's questions."""

    BINDINGS = [
        Binding("t", "answer(True)", N_("True"), id="answer-true", tooltip=N_("Answer true")),
        Binding("f", "answer(False)", N_("False"), id="answer-false", tooltip=N_("Answer false")),
        Binding(
            "down",
            "app.focus_next",
            N_("Next"),
            show=False,
            id="next-statement",
            tooltip=N_("Next one"),
        ),
        Binding(
            "up",
            "app.focus_previous",
            N_("Previous"),
            show=False,
            id="previous-statement",
            tooltip=N_("The one before"),
        ),
    ]

    def __init__(self, index: int) -> None:
        super().__init__(
            RadioButton(_("True"), id=f"statement-{index}-true"),
            RadioButton(_("False"), id=f"statement-{index}-false"),
            id=f"statement-{index}",
        )
        self.index = index
        self.border_title = _("True or false?")
        self.border_subtitle = answer_line(None)

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
        self.border_subtitle = answer_line(value)
        following = [q for q in self.screen.query(TrueFalse) if q.index > self.index]
        if following:
            self.screen.set_focus(following[0])
