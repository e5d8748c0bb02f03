"""Dialogs that ask the person to choose: leave with unsaved changes, replace a newer file."""

from __future__ import annotations

from rich.markup import escape
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from laser_tui.widgets.too_small import TooSmall


class ChoiceDialog(ModalScreen[str]):
    """A question and a few answers; each answer has a key (see BINDINGS) and is in a list.

    Subclasses set TITLE_TEXT, BINDINGS (``choose('<answer>')``) and CHOICES (answer, key, label).
    """

    CSS_PATH = "dialogs.tcss"
    ALLOWS_SAVING = False
    """The app's save keys do nothing while a choice about saving or leaving is open."""
    TITLE_TEXT = ""
    CHOICES: list[tuple[str, str, str]] = []

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        """The question, the answers as a list, and the footer with their keys."""
        yield TooSmall()
        with Vertical(classes="dialog"):
            yield Static(f"[b]{escape(self.TITLE_TEXT)}[/b]", classes="dialog-title")
            yield Static(escape(self.text), classes="dialog-text")
            yield OptionList(
                *(
                    Option(f"{key:>3}  {escape(label)}", id=answer)
                    for answer, key, label in self.CHOICES
                ),
                classes="dialog-choices",
            )
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        """Put the focus on the answers."""
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on an answer chooses it."""
        event.stop()
        self.dismiss(event.option.id)

    def action_choose(self, answer: str) -> None:
        """Close the dialog with ``answer``."""
        self.dismiss(answer)


class LeaveDialog(ChoiceDialog):
    """Asked on leaving with unsaved changes: save, keep editing, or discard."""

    TITLE_TEXT = "Leave laser-tui?"
    BINDINGS = [
        Binding("s", "choose('save')", "Save and leave", tooltip="Save, then leave"),
        Binding("k,escape", "choose('keep')", "Keep editing", tooltip="Stay in laser-tui"),
        Binding("d", "choose('discard')", "Discard", tooltip="Leave without saving"),
    ]
    CHOICES = [
        ("save", "s", "Save my priorities, then leave"),
        ("keep", "k", "Keep editing"),
        ("discard", "d", "Leave without saving (the changes are lost)"),
    ]


class ReplaceNewerDialog(ChoiceDialog):
    """Asked before a save replaces a file written by a newer laser-tui."""

    TITLE_TEXT = "Replace a file from a newer laser-tui?"
    BINDINGS = [
        Binding("r", "choose('replace')", "Replace", tooltip="Replace it; a copy is kept"),
        Binding("a", "choose('elsewhere')", "Save elsewhere", tooltip="Choose another file"),
        Binding("escape", "choose('cancel')", "Cancel", tooltip="Do not save now"),
    ]
    CHOICES = [
        ("replace", "r", "Replace it (a copy of it is kept beside it)"),
        ("elsewhere", "a", "Save to another file…"),
        ("cancel", "esc", "Cancel: do not save now"),
    ]
