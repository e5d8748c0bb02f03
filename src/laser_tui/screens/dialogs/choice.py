"""Dialogs that ask the person to choose: leave with unsaved changes, replace a newer file."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, NamedTuple, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from laser_tui.commands import menu_key
from laser_tui.language.catalogue import N_, _
from laser_tui.model.safe_text import safe_text
from laser_tui.screens.dialogs.base import LaserDialog
from laser_tui.widgets.marked_list import MarkedList

if TYPE_CHECKING:
    from textual.await_complete import AwaitComplete

    from laser_tui.app import LaserApp


class Choice(NamedTuple):
    """One answer: its keys, the footer's short label and the list's full words (English
    message ids: shown with ``_``)."""

    answer: str
    keys: str
    label: str
    words: str


def choice_bindings(choices: list[Choice]) -> list[BindingType]:
    """A binding per answer: its keys choose it."""
    return [
        Binding(c.keys, f"answer('{c.answer}')", c.label, tooltip=c.words, id=f"answer-{c.answer}")
        for c in choices
    ]


class ChoiceDialog(LaserDialog[str]):
    """A question and a few answers; each answer has its keys and a line in a list.

    Subclasses set SUB_TITLE and CHOICES, and ``BINDINGS = choice_bindings(CHOICES)``.
    """

    SUB_TITLE = ""
    CHOICES: ClassVar[list[Choice]] = []

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose_box(self) -> ComposeResult:
        """The question and the answers as a list."""
        yield Static(Text(_(self.SUB_TITLE), style="bold"), classes="dialog-title")
        yield Static(Text(safe_text(self.text)), classes="dialog-text")
        yield MarkedList(
            *(
                Option(Text(f"{menu_key(c.keys):>3}  {_(c.words)}"), id=c.answer)
                for c in self.CHOICES
            ),
            classes="dialog-choices",
        )

    def when_mounted(self) -> None:
        """Put the focus on the answers."""
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on an answer chooses it."""
        event.stop()
        self.dismiss(event.option.id)


class LeaveDialog(ChoiceDialog):
    """Asked on leaving with unsaved changes: save, keep editing, or discard."""

    SUB_TITLE = N_("Leave laser-tui?")
    CHOICES = [
        Choice("save", "s", N_("Save and leave"), N_("Save my priorities, then leave")),
        Choice("keep", "k,escape", N_("Keep editing"), N_("Keep editing (stay in laser-tui)")),
        Choice("discard", "d", N_("Discard"), N_("Leave without saving (the changes are lost)")),
    ]
    BINDINGS = choice_bindings(CHOICES)
    LEAVING = frozenset({"save", "discard"})

    def dismiss(self, result: str | None = None) -> AwaitComplete:
        """A choice to leave: the keys typed after it are ignored (they would open screens
        while the app shuts down)."""
        if result in self.LEAVING and self.is_active:
            cast("LaserApp", self.app).hold_input()
        return super().dismiss(result)


class ReplaceNewerDialog(ChoiceDialog):
    """Asked before a save replaces a file written by a newer laser-tui."""

    SUB_TITLE = N_("Replace a file from a newer laser-tui?")
    CHOICES = [
        Choice("replace", "r", N_("Replace"), N_("Replace it (a copy of it is kept beside it)")),
        Choice("elsewhere", "a", N_("Save elsewhere"), N_("Save to another file…")),
        Choice("cancel", "escape", N_("Cancel"), N_("Cancel: do not save now")),
    ]
    BINDINGS = choice_bindings(CHOICES)
