"""One answer of several, none chosen at first; the choice is written out and the current row
marked with ▶ (no colour needed)."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.reactive import reactive
from textual.widgets.option_list import Option

from laser_tui.language.catalogue import N_
from laser_tui.widgets.marked_list import MarkedList

CHOSEN = "(•)"
NOT_CHOSEN = "( )"


class LeaningChoice(MarkedList):
    """The answers as a list; space or enter chooses the highlighted one, delete clears it.

    A key changes ``chosen``: watch it to record the answer; ``show`` sets what it follows.
    """

    BINDINGS = [
        Binding(
            "space,enter",
            "choose",
            N_("Choose"),
            tooltip=N_("This is the way I am leaning"),
            id="choose-leaning",
        ),
        Binding(
            "delete,backspace",
            "clear",
            N_("Clear"),
            tooltip=N_("Take my answer back (not said yet)"),
            id="clear-leaning",
            show=False,  # said on the screen and in help: the footer fits 80 columns
        ),
    ]

    chosen: reactive[str | None] = reactive(None)

    def __init__(self, choices: list[tuple[str, str]], *, id: str | None = None) -> None:
        """``choices`` are (value, label), in order."""
        self._answer: str | None = None
        """``chosen`` as the rows show it (the rows are made before reactives work)."""
        super().__init__(*(Option(label, id=value) for value, label in choices), id=id)

    def label(self, option_id: str) -> Text:
        """The answer's words after its mark: (•) when it is the one chosen."""
        mark = CHOSEN if option_id == self._answer else NOT_CHOSEN
        return Text.assemble((mark, "bold"), " ", super().label(option_id))

    def show(self, chosen: str | None) -> None:
        """Show ``chosen`` as the answer (None: none)."""
        self.chosen = chosen

    def watch_chosen(self, old: str | None, new: str | None) -> None:
        """Rewrite the marks of the answer given before and the new one."""
        self._answer = new
        for value in (old, new):
            if value is not None and value in self._labels:
                self.refresh_row(value)

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
