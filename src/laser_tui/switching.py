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
        if language is None or language == current():
            return
        use(language)
        self.app.content_in_language()
        await self.app.show_fresh_home()
