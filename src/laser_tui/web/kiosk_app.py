"""The kiosk in a browser tab: as on a console, but staff cannot leave it from the browser."""

from __future__ import annotations

from textual.notifications import SeverityLevel

from laser_tui.kiosk.app import KioskApp
from laser_tui.kiosk.settings import KioskSettings
from laser_tui.model.content import Content
from laser_tui.web.browser_focus import KeepsFocusInBrowser

STAFF_EXIT_TITLE = "Staff exit"
"""The title of the console kiosk's notices about its staff exit."""
STAFF_LINE = "Staff: this kiosk is served to the browser; stop laser-tui serve on the server."


class WebKioskApp(KeepsFocusInBrowser, KioskApp):
    """KioskApp without a staff exit: the browser tab is the kiosk, the server is for staff."""

    def __init__(
        self, content: Content, settings: KioskSettings, high_contrast: bool = False
    ) -> None:
        # No PIN in a browser session: the staff exit is the server's, not the patient's.
        super().__init__(content, settings.model_copy(update={"pin_hash": None}), high_contrast)

    def staff_line(self) -> str:
        """What staff need to know on the welcome screen."""
        return STAFF_LINE

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Never the staff exit."""
        if action == "staff_exit":
            return False
        return super().check_action(action, parameters)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Notify, except the console kiosk's notices about its staff exit (it has none)."""
        if title == STAFF_EXIT_TITLE:
            return
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)
