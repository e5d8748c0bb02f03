"""The save-as dialog: a path, checked before anything is written."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Input, Static

from laser_tui.files.priorities_save import save_path_problem, typed_path
from laser_tui.language.catalogue import N_, _
from laser_tui.model.safe_text import safe_text
from laser_tui.screens.dialogs.base import LaserDialog
from laser_tui.widgets.text_field import TextField


class SaveAsDialog(LaserDialog[Path | None]):
    """Type a file path; enter checks it and saves there, escape cancels."""

    BINDINGS = [
        Binding("escape", "cancel", N_("Cancel"), tooltip=N_("Close without saving"), id="cancel")
    ]

    def __init__(self, suggestion: str) -> None:
        super().__init__()
        self.suggestion = suggestion
        self._replace_confirmed: Path | None = None

    def compose_box(self) -> ComposeResult:
        """The instructions, the path input and the place for a problem."""
        yield Static(_("[b]Save my priorities as…[/b]"), classes="dialog-title")
        yield Static(
            _("Type the file to save to (~ is your home folder). Enter saves, Esc cancels."),
            classes="dialog-text",
        )
        yield TextField(self.suggestion, id="save-as-path")
        yield Static(id="save-as-problem")

    def on_input_changed(self, event: Input.Changed) -> None:
        """A new path: the old message no longer applies."""
        self._show("")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Check the path; close with it when it can be saved to."""
        event.stop()
        path = typed_path(event.value)
        problem = save_path_problem(path, replacing=True)
        if problem is None and path is not None and path != self._replace_confirmed:
            problem = save_path_problem(path)
            self._replace_confirmed = path
        if problem:
            self._show(problem)
        else:
            self.dismiss(path)

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)

    def _show(self, problem: str) -> None:
        self.query_one("#save-as-problem", Static).update(Text(safe_text(problem)))
        self.query_one("#save-as-path", Input).set_class(bool(problem), "-invalid")
