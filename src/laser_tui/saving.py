"""Saving the person's priorities from the app: which file is in use, saving it, and asking
where to save and whether to replace a newer file. The app's actions call it; the dialogs
answer it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from laser_tui.language.catalogue import N_, _
from laser_tui.model.problems import InputProblem
from laser_tui.model.safe_text import safe_text

if TYPE_CHECKING:
    from laser_tui.app import LaserApp

SAVE_ELSEWHERE_HINT = N_(
    "Your priorities are still here: press Ctrl+O to save them somewhere else."
)
FAILURE_SECONDS = 20
"""How long a message about a failed save stays up."""


class PrioritiesSaving:
    """The app's priorities file: announced at start, saved on request, asked about."""

    def __init__(self, app: LaserApp) -> None:
        self.app = app

    def announce(self) -> None:
        """Tell the person which file is in use (a line of the home screen), and in a dialog
        anything wrong with it."""
        from laser_tui.files.priorities_file import display_path

        opened, path = self.app.keeper.opened, self.app.keeper.path
        if opened is None or path is None:
            return
        shown = safe_text(display_path(path), one_line=True)
        if not opened.exists:
            self.app.file_words = _(
                "No saved priorities yet. Ctrl+S saves them to {path}", path=shown
            )
        elif not opened.messages:
            self.app.file_words = _("Your priorities were opened from {path}", path=shown)
        else:
            said = [_("Your file is not changed until you save.")]
            title = _("Please check your priorities file, {path}", path=shown)
            if opened.problems:
                said.append(_("When you save, a copy of it is kept beside it first."))
                title = _("Part of your priorities file, {path}, could not be used", path=shown)
            if opened.unusable:
                said.insert(0, _("laser-tui starts with the default priorities."))
                title = _("Your priorities file, {path}, could not be used", path=shown)
            after = " ".join(said)
            lines = [line.removeprefix(f"{shown}: ") for line in opened.messages]
            from laser_tui.screens.dialogs.file_messages import FileMessagesDialog

            self.app.push_screen(FileMessagesDialog(title, lines, after))

    async def save(self, *, ask: bool = False) -> bool:
        """Save to the current file, or ask for one (``ask``, or when there is none); ask
        before replacing a newer file; tell the person what happened. True if saved."""
        from laser_tui.files.priorities_file import display_path
        from laser_tui.files.priorities_save import NewerFormatError

        target = None if ask else self.app.keeper.path
        replace_newer = False
        while True:
            if target is None:
                target = await self._ask_where()
                if target is None:
                    return False
            try:
                report = self.app.keeper.save(
                    self.app.priorities, self.app.content, target, replace_newer=replace_newer
                )
            except NewerFormatError as newer:
                answer = await self._ask_to_replace(newer)
                if answer not in ("replace", "elsewhere"):
                    return False
                replace_newer = answer == "replace"
                target = target if replace_newer else None
                continue
            except InputProblem as problem:
                message = " ".join([*problem.lines, _(SAVE_ELSEWHERE_HINT)])
                self.app.notify(message, severity="error", timeout=FAILURE_SECONDS, markup=False)
                return False
            self.app.notify(report.told(), markup=False)
            shown = safe_text(display_path(target), one_line=True)
            self.app.file_words = _("Your priorities are saved in {path}", path=shown)
            return True

    async def _ask_where(self) -> Path | None:
        from laser_tui.files.priorities_file import default_priorities_path, display_path
        from laser_tui.screens.dialogs.save_as import SaveAsDialog

        suggestion = display_path(self.app.keeper.path or default_priorities_path())
        self.app.release_input()  # leaving waits for the answer
        answer: Path | None = await self.app.ask_about_saving(SaveAsDialog(suggestion))
        return answer

    async def _ask_to_replace(self, newer: Exception) -> str | None:
        from laser_tui.screens.dialogs.choice import ReplaceNewerDialog

        text = _(
            "{problem} Replacing it may lose settings only the newer laser-tui knows.",
            problem=newer,
        )
        self.app.release_input()  # leaving waits for the answer
        answer: str | None = await self.app.ask_about_saving(ReplaceNewerDialog(text))
        return answer

    async def leave(self) -> None:
        """Leave now, or once the person has said what to do with unsaved changes."""
        app = self.app
        unsaved = app.validated and app.keeper.unsaved(app.priorities)
        if not app.offers("save") or not unsaved:
            app.exit()
            return
        from laser_tui.screens.dialogs.choice import LeaveDialog

        if isinstance(app.screen, LeaveDialog):
            return
        dialog = LeaveDialog(_("Your priorities have changes that are not saved."))
        leaving = False
        try:
            answer = await app.ask_about_saving(dialog)  # a choice to leave holds input at once
            leaving = answer == "discard" or (answer == "save" and await app.save_priorities())
        finally:  # also when the dialog went without an answer
            if leaving:
                app.exit()
            else:
                app.release_input()
