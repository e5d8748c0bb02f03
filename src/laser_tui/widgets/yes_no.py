"""A yes/no question as a pair of radio buttons, answered with y or n."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import RadioButton, RadioSet

from laser_tui.language.catalogue import N_, _
from laser_tui.model.readiness import ANSWER_WORDS
from laser_tui.widgets.up_down import up_down_bindings


class YesNoQuestion(RadioSet):
    """One question (shown as the border title) with Yes and No; no answer until one is chosen.

    y and n answer at once and move on to the next question; left/right pick a button and
    space or enter presses it; up/down (like tab) move to the question before or after.
    """

    DEFAULT_CSS = """
    YesNoQuestion {
        layout: horizontal;
        border: round $panel-lighten-2;
        border-title-color: $foreground;
        border-subtitle-color: $foreground;
        & > RadioButton { width: auto; margin-right: 4; }
        &:focus { border: round $accent; border-title-style: bold; }
        &:blur > RadioButton.-selected > .toggle--label { background: transparent; }
    }
    """

    BINDINGS = [
        Binding("y", "answer(True)", N_("Yes"), tooltip=N_("Answer yes"), id="answer-true"),
        Binding("n", "answer(False)", N_("No"), tooltip=N_("Answer no"), id="answer-false"),
        *up_down_bindings(N_("The next question")),
        Binding(
            "right",
            "next_button",
            N_("Other answer"),
            show=False,
            tooltip=N_("Move to No"),
            id="next-button",
        ),
        Binding(
            "left",
            "previous_button",
            N_("Other answer"),
            show=False,
            tooltip=N_("Move to Yes"),
            id="previous-button",
        ),
    ]

    def __init__(self, key: str, question: str, answer: bool | None) -> None:
        super().__init__(
            RadioButton(_("Yes"), value=answer is True, id=f"{key}-yes"),
            RadioButton(_("No"), value=answer is False, id=f"{key}-no"),
            id=f"question-{key}",
        )
        self.key = key
        self.border_title = question

    @property
    def answer(self) -> bool | None:
        """True for yes, False for no, None before either is chosen."""
        if self.query_one(f"#{self.key}-yes", RadioButton).value:
            return True
        if self.query_one(f"#{self.key}-no", RadioButton).value:
            return False
        return None

    def on_mount(self) -> None:
        """Say the answer in words, and put the cursor on it once the set is ready."""
        self._show_answer()
        if self.answer is False:
            self.call_later(self.action_next_button)  # after RadioSet's mount puts it on Yes

    def on_radio_set_changed(self) -> None:
        """Say the new answer in words (the message goes on to the screen)."""
        self._show_answer()

    def _show_answer(self) -> None:
        """The answer in words, so it never depends on colour alone."""
        self.border_subtitle = _("Your answer: {answer}", answer=_(ANSWER_WORDS[self.answer]))

    def action_answer(self, yes: bool) -> None:
        """Press Yes or No, then move on to the next question on the screen, if any.

        A ``RadioSet.Changed`` message follows when the answer changed.
        """
        self.query_one(f"#{self.key}-{'yes' if yes else 'no'}", RadioButton).value = True
        questions = list(self.screen.query(YesNoQuestion))
        following = questions[questions.index(self) + 1 :]
        if following:
            self.screen.set_focus(following[0])  # at once, so fast typing goes to the next
