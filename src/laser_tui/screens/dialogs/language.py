"""The language dialog: each language laser-tui has, named in itself."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from laser_tui.language.catalogue import N_, _, available, current
from laser_tui.language.formats import language_name
from laser_tui.screens.dialogs.base import LaserDialog
from laser_tui.widgets.marked_list import MarkedList


class LanguageDialog(LaserDialog[str]):
    """Choose the language: Enter on one shows every screen in it at once (no answer is lost);
    Esc keeps the one shown."""

    SUB_TITLE = N_("Language")
    BINDINGS = [
        Binding("escape", "cancel", N_("Cancel"), tooltip=N_("Keep this language"), id="cancel")
    ]

    def compose_box(self) -> ComposeResult:
        """The title, in the language shown and in English, and one line per language."""
        title = _("Language")
        yield Static(
            Text(title if title == "Language" else f"{title} · Language", style="bold"),
            classes="dialog-title",
        )
        yield Static(
            Text(_("Your answers stay as they are in every language.")), classes="dialog-text"
        )
        yield MarkedList(
            *(
                Option(Text(("✓ " if tag == current() else "  ") + language_name(tag)), id=tag)
                for tag in available()
            ),
            classes="dialog-choices",
        )

    def when_mounted(self) -> None:
        """Put the focus on the languages, at the one shown."""
        languages = self.query_one(OptionList)
        languages.highlighted = available().index(current())
        languages.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a language chooses it."""
        event.stop()
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        """Keep the language shown."""
        self.dismiss(None)
