"""Switching the language while laser-tui runs: every screen and the content in the new
language at once, the person's answers (the session) untouched."""

from __future__ import annotations

from typing import TYPE_CHECKING

from laser_tui.language.catalogue import current, use

if TYPE_CHECKING:
    from laser_tui.app import LaserApp


class LanguageSwitch:
    """Shows a running app in another language."""

    def __init__(self, app: LaserApp) -> None:
        self.app = app

    def ask(self) -> None:
        """Ask which language, then show it."""
        from laser_tui.screens.dialogs.language import LanguageDialog

        self.app.push_screen(LanguageDialog(), self.show)

    async def show(self, language: str | None) -> None:
        """Show ``language`` (None or the one shown: nothing changes)."""
        if language is not None and show_language(self.app, language):
            await self.app.show_fresh_home()


def show_language(app: LaserApp, language: str) -> bool:
    """Show ``language`` from now on, and the shipped content in it (a content file given by
    path stays as it is); whether anything changed."""
    if language == current():
        return False
    use(language)
    if app.content_path is None:
        from laser_tui.files.locations import shipped_content_path
        from laser_tui.files.toml_io import load_content

        app.take_translation(load_content(shipped_content_path()))
    return True
