"""The app of one browser session: no priorities file; save gives the person a download."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

from textual import events

from laser_tui.app import LaserApp
from laser_tui.commands import Mode
from laser_tui.files.priorities_dump import dump_priorities
from laser_tui.language.catalogue import _
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities
from laser_tui.web.browser_focus import KeepsFocusInBrowser

DOWNLOAD_NAME = "laser-tui-priorities.toml"
"""The file name the priorities download suggests."""
LEAVE_AFTER_DOWNLOAD = "leave"
"""The name of a download after which the session ends (the person chose to save and leave)."""


class WebSessionApp(KeepsFocusInBrowser, LaserApp):
    """LaserApp for one browser tab: it starts fresh and forgets everything when it ends."""

    MODE = Mode.BROWSER

    def __init__(
        self, content: Content, high_contrast: bool = False, content_path: Path | None = None
    ) -> None:
        """``content_path`` is where the content was read (None: the shipped content, which
        follows the language shown)."""
        super().__init__(
            content, high_contrast=high_contrast, priorities_path=None, content_path=content_path
        )
        self.downloaded: Priorities = self.priorities
        """The priorities of the last download (the defaults before any)."""

    async def save_priorities(self, *, ask: bool = False) -> bool:
        """Save (Ctrl+S, the menu) gives the person their priorities file as a download."""
        self.download_priorities()
        return True

    def download_priorities(self, name: str | None = None) -> None:
        """Start the download of the current priorities as a priorities TOML file."""
        text = dump_priorities(self.priorities, self.content)
        self.deliver_text(
            StringIO(text), save_filename=DOWNLOAD_NAME, mime_type="application/toml", name=name
        )
        self.downloaded = self.priorities
        self.notify(
            _(
                "Your priorities are downloading: your browser saves them as {name}",
                name=DOWNLOAD_NAME,
            )
        )

    async def action_quit(self) -> None:
        """End the session, first asking about answers that were never downloaded."""
        if self.priorities == self.downloaded:
            self.exit()
            return
        from laser_tui.screens.dialogs.choice import LeaveDialog

        if isinstance(self.screen, LeaveDialog):
            return

        def answered(answer: str | None) -> None:
            self._asking_about_saving = False
            if answer == "save":
                self.download_priorities(name=LEAVE_AFTER_DOWNLOAD)
            elif answer == "discard":
                self.exit()

        text = _(
            "Your priorities have changes you have not downloaded. They are forgotten when "
            "this session ends."
        )
        self._asking_about_saving = True  # the save key does nothing until the answer
        self.push_screen(LeaveDialog(text), answered)

    def on_delivery_complete(self, event: events.DeliveryComplete) -> None:
        """End the session once the download the person left with has been fetched."""
        if event.name == LEAVE_AFTER_DOWNLOAD:
            self.exit()

    def on_delivery_failed(self, event: events.DeliveryFailed) -> None:
        """Say so when the browser did not fetch a download."""
        self.downloaded = Priorities.defaults_for(self.content)
        self.notify(
            _("The download did not reach your browser. Press Ctrl+S to try again."),
            severity="error",
            timeout=20,
        )
