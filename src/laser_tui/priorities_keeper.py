"""Keeps the app's priorities and their file in step: open, save, save as, ask before leaving.

The app owns one ``PrioritiesKeeper``; its bindings call ``save``, ``save_as`` and ``leave``.
Every outcome is told to the person: where the file is, what went wrong and what to do.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from rich.markup import escape

from laser_tui.files.priorities_file import LoadedPriorities, default_priorities_path, display_path
from laser_tui.model.priorities import Priorities
from laser_tui.model.problems import InputProblem

if TYPE_CHECKING:
    from laser_tui.app import LaserApp
    from laser_tui.files.priorities_save import NewerFormatError, SaveReport

# The dialogs and the saving code are imported where they are first used: the first screen
# needs none of them, and every module imported before it is painted slows start-up.

SAVE_ELSEWHERE_HINT = "Your priorities are still here: press ctrl+o to save them somewhere else."
FAILURE_SECONDS = 20
"""How long a message about a failed save stays up."""


class PrioritiesKeeper:
    """The file the app's priorities belong to, and what was last saved there."""

    def __init__(self, app: LaserApp, path: Path | None, opened: LoadedPriorities | None) -> None:
        self.app = app
        self.path = path
        self.opened = opened
        self.saved = opened.priorities if opened else Priorities.defaults_for(app.content)
        """What the file holds (the defaults when there is none); anything else is unsaved."""

    @property
    def unsaved(self) -> bool:
        """Whether the priorities changed since they were opened or last saved."""
        return self.app.priorities != self.saved

    def announce(self) -> None:
        """Tell the person which file is in use, and anything wrong with it."""
        opened = self.opened
        if opened is None or self.path is None:
            return
        shown = display_path(self.path)
        if not opened.exists:
            self.app.notify(f"No saved priorities yet. ctrl+s saves them to {escape(shown)}")
        elif not opened.messages:
            self.app.notify(f"Your priorities were opened from {escape(shown)}")
        else:
            after = "Your file is not changed until you save."
            title = f"Please check your priorities file, {shown}"
            if opened.problems:
                after += " When you save, a copy of it is kept beside it first."
                title = f"Part of your priorities file, {shown}, could not be used"
            lines = [line.removeprefix(f"{shown}: ") for line in opened.messages]
            from laser_tui.screens.dialogs.file_messages import FileMessagesScreen

            self.app.push_screen(FileMessagesScreen(title, lines, after))

    def save(
        self,
        path: Path | None = None,
        *,
        replace_newer: bool = False,
        then: Callable[[], object] | None = None,
    ) -> None:
        """Save to ``path`` (the current file by default; ask for one if there is none)."""
        from laser_tui.files.priorities_save import NewerFormatError, save_priorities

        target = path or self.path
        if target is None:
            self.save_as(then=then)
            return
        priorities = self.app.priorities
        try:
            report = save_priorities(
                target, priorities, self.app.content, replace_newer=replace_newer
            )
        except NewerFormatError as newer:
            self._ask_to_replace(target, newer, then)
            return
        except InputProblem as problem:
            message = f"{' '.join(problem.lines)} {SAVE_ELSEWHERE_HINT}"
            self.app.notify(escape(message), severity="error", timeout=FAILURE_SECONDS)
            return
        self._saved(target, priorities, report)
        if then is not None:
            then()

    def save_as(self, then: Callable[[], object] | None = None) -> None:
        """Ask for a file, check it, and save there."""
        from laser_tui.screens.dialogs.save_as import SaveAsDialog

        suggestion = display_path(self.path or default_priorities_path())

        def chosen(path: Path | None) -> None:
            if path is not None:
                self.save(path, then=then)

        self.app.push_screen(SaveAsDialog(suggestion), chosen)

    def leave(self) -> None:
        """Leave now, or first ask what to do with unsaved changes."""
        if not self.unsaved:
            self.app.exit()
            return
        from laser_tui.screens.dialogs.choice import LeaveDialog

        if isinstance(self.app.screen, LeaveDialog):
            return

        def answered(answer: str | None) -> None:
            if answer == "save":
                self.save(then=self.app.exit)
            elif answer == "discard":
                self.app.exit()

        dialog = LeaveDialog("Your priorities have changes that are not saved.")
        self.app.push_screen(dialog, answered)

    def _saved(self, path: Path, priorities: Priorities, report: SaveReport) -> None:
        self.path, self.saved = path, priorities
        message = f"Saved to {display_path(report.path)}"
        if report.kept_aside is not None:
            message += f". The file it replaced is kept as {report.kept_aside.name}"
        self.app.notify(escape(message))

    def _ask_to_replace(
        self, target: Path, newer: NewerFormatError, then: Callable[[], object] | None
    ) -> None:
        def answered(answer: str | None) -> None:
            if answer == "replace":
                self.save(target, replace_newer=True, then=then)
            elif answer == "elsewhere":
                self.save_as(then=then)

        from laser_tui.screens.dialogs.choice import ReplaceNewerDialog

        text = f"{newer} Replacing it may lose settings only the newer laser-tui knows."
        self.app.push_screen(ReplaceNewerDialog(text), answered)
