"""A patient's hand-over opened by staff (`laser-tui --open CODE`): the app on those priorities."""

from __future__ import annotations

from pathlib import Path

from laser_tui.app import LaserApp
from laser_tui.commands import Mode
from laser_tui.files.priorities_file import LoadedPriorities
from laser_tui.files.priorities_keeper import PrioritiesKeeper
from laser_tui.kiosk.handover import handover_line, spaced
from laser_tui.language.catalogue import _
from laser_tui.model.content import Content


class HandoverApp(LaserApp):
    """The ordinary app on a hand-over's priorities, opening on the decision panel.

    The hand-over file itself is never written, nor the staff member's own priorities file:
    Ctrl+S saves a copy named after the code in ``folder`` (the current folder by default).
    """

    MODE = Mode.HANDOVER

    def __init__(
        self,
        content: Content,
        loaded: LoadedPriorities,
        high_contrast: bool = False,
        folder: Path | None = None,
    ) -> None:
        copy = (folder or Path.cwd()) / f"hand-over-{loaded.path.stem}.toml"
        super().__init__(content, loaded.priorities, high_contrast=high_contrast)
        self.keeper = PrioritiesKeeper(copy, loaded.priorities)
        self.handed_over = loaded
        """The hand-over: the summary's PDF and FHIR exports carry its code and time."""
        self.code = loaded.path.stem
        self.title = _("laser-tui — hand-over {code}", code=spaced(self.code))

    def on_mount(self) -> None:
        """Show how the priorities line up, and when and with what they were handed over."""
        self.action_open("decision")
        lines = [handover_line(self.handed_over), *self.handed_over.notes]
        self.notify("\n".join(lines), title=_("Opened"), timeout=15, markup=False)
