"""The help screen: the keys of the app and of the screen the person came from, grouped."""

from __future__ import annotations

from typing import Any, NamedTuple

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static

from laser_tui.commands import BY_ID, HELP_GROUPS, TOOLKIT_WORDS, help_group
from laser_tui.language.catalogue import N_, _
from laser_tui.screens.dialogs.base import LaserDialog


class HelpRow(NamedTuple):
    """One line of help: its group, its keys as people read them, and what they do."""

    group: str
    keys: str
    words: str


def help_rows(app: App[Any], screen: Screen[Any], words: dict[str, str]) -> list[HelpRow]:
    """The keys that work on ``screen`` now, in plain words, in the order of HELP_GROUPS.

    ``words`` overrides a command's words by id (the treatments' names). Textual's own keys
    are listed only when TOOLKIT_WORDS has plain words for them. The groups and words are the
    English message ids: the dialog shows them in the language shown.
    """
    keys: dict[tuple[str, str], list[str]] = {}
    for active in screen.active_bindings.values():
        binding = active.binding
        if binding.system:
            continue
        command = BY_ID.get(binding.id or "")
        if command is not None:
            group, text = command.group, words.get(command.id, command.words)
        elif binding.id:
            group, text = help_group(binding.action), binding.tooltip or binding.description
        elif binding.action in TOOLKIT_WORDS:
            group, text = TOOLKIT_WORDS[binding.action]
        else:
            continue
        shown = keys.setdefault((group, text), [])
        if (key := app.get_key_display(binding)) not in shown:
            shown.append(key)
    rows = [HelpRow(group, ", ".join(shown), text) for (group, text), shown in keys.items()]
    return sorted(rows, key=lambda row: HELP_GROUPS.index(row.group))


class HelpDialog(LaserDialog[None]):
    """The keys and what they do, grouped; Esc, F1 or ? closes it."""

    AUTO_FOCUS = "#help-body"
    """Focused when the screen shows (no on_mount query that fails if it closed early)."""

    BINDINGS = [
        Binding(
            "escape,f1,question_mark",
            "close",
            N_("Close help"),
            tooltip=N_("Close help, back to the screen"),
            id="close-help",
        ),
        Binding(
            "a",
            "app.open('about')",
            N_("About this aid"),
            tooltip=N_("About this aid: who made it, sources, how scores work"),
            id="help-about",
        ),
    ]

    BOX_ID = "help-body"
    BOX_FOCUSABLE = True

    def __init__(self, where: str, rows: list[HelpRow]) -> None:
        super().__init__()
        self.where = _(where) if where else where
        self.rows = rows

    def compose_box(self) -> ComposeResult:
        """A scrollable table of keys, one heading per group."""
        table = Table(box=None, expand=True, show_header=False, padding=(0, 1, 0, 0))
        table.add_column("Key", no_wrap=True, min_width=10)
        table.add_column("What it does", ratio=1)
        group = ""
        for row in self.rows:
            if row.group != group:
                group = row.group
                table.add_row(Text.assemble((_(group), "bold underline")), "")
            table.add_row(Text(row.keys), Text(_(row.words) if row.words else ""))
        title = _("Keys: {where}", where=self.where)
        yield Static(
            Text.assemble((title, "bold"), "  ", (_("(↑ ↓ scroll this list)"), "dim")),
            classes="title",
        )
        yield Static(table, id="help-keys")

    def action_close(self) -> None:
        """Return to the screen the person came from (if help is still on top)."""
        if self.is_active:
            self.dismiss()
