"""The kiosk in a browser tab: as on a console, but staff cannot leave it from the browser
(the command table has no staff exit in this mode)."""

from __future__ import annotations

from laser_tui.commands import Mode
from laser_tui.kiosk.app import KioskApp
from laser_tui.language.catalogue import N_, _
from laser_tui.web.browser_focus import KeepsFocusInBrowser

STAFF_LINE = N_("Staff: this kiosk is served to the browser; stop laser-tui serve on the server.")


class WebKioskApp(KeepsFocusInBrowser, KioskApp):
    """KioskApp without a staff exit: the browser tab is the kiosk, the server is for staff."""

    MODE = Mode.BROWSER_KIOSK

    def staff_line(self) -> str:
        """What staff need to know on the welcome screen."""
        return _(STAFF_LINE)
