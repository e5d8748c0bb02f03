"""One answer of several, none chosen at first; the choice is written out (no colour needed)."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

CHOSEN = "(•)"
NOT_CHOSEN = "( )"


class LeaningChoice(OptionList):
    """The answers as a list; space or enter chooses the highlighted one, delete clears it.

    A key changes ``chosen``: watch it to record the answer; ``show`` sets what it follows.
    """

    BINDINGS = [
        Binding(
            "space,enter",
            "choose",
            "Choose",
            tooltip="This is the way I am leaning",
            id="choose-leaning",
        ),
        Binding(
            "delete,backspace",
            "clear",
            "Clear",
            tooltip="Take my answer back (not said yet)",
            id="clear-leaning",
        ),
    ]

    chosen: reactive[str | None] = reactive(None)

    def __init__(self, choices: list[tuple[str, str]], *, id: str | None = None) -> None:
        """``choices`` are (value, label), in order."""
        self._labels = dict(choices)
        super().__init__(*(Option(self._prompt(v, False), id=v) for v, _ in choices), id=id)

    def _prompt(self, value: str, chosen: bool) -> Text:
        return Text.assemble((CHOSEN if chosen else NOT_CHOSEN, "bold"), " ", self._labels[value])

    def show(self, chosen: str | None) -> None:
        """Show ``chosen`` as the answer (None: none)."""
        self.chosen = chosen

    def watch_chosen(self, old: str | None, new: str | None) -> None:
        """Rewrite the marks of the answer given before and the new one."""
        for value in (old, new):
            if value in self._labels:
                self.replace_option_prompt(value, self._prompt(value, value == new))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Clear only applies once something is chosen."""
        if action == "clear" and self.chosen is None:
            return None
        return True

    def action_choose(self) -> None:
        """Choose the highlighted answer."""
        option = self.highlighted_option
        if option is not None and option.id is not None:
            self.chosen = option.id
            self.refresh_bindings()

    def action_clear(self) -> None:
        """Take the answer back."""
        self.chosen = None
        self.refresh_bindings()
