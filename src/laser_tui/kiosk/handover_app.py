"""A patient's hand-over opened by staff (`laser-tui --open CODE`): the app on those priorities."""

from __future__ import annotations

from laser_tui.app import LaserApp
from laser_tui.files.priorities_file import LoadedPriorities
from laser_tui.files.priorities_keeper import PrioritiesKeeper
from laser_tui.kiosk.handover import spaced
from laser_tui.model.content import Content
from laser_tui.model.home_content import day_words


class HandoverApp(LaserApp):
    """The ordinary app on a hand-over's priorities, opening on the decision panel.

    The hand-over file itself is never written: Ctrl+S asks where to save a copy.
    """

    def __init__(
        self, content: Content, loaded: LoadedPriorities, high_contrast: bool = False
    ) -> None:
        super().__init__(content, loaded.priorities, high_contrast=high_contrast)
        self.keeper = PrioritiesKeeper(None, loaded.priorities)
        self.loaded = loaded
        self.code = loaded.path.stem
        self.title = f"laser-tui — hand-over {spaced(self.code)}"

    def on_mount(self) -> None:
        """Show how the priorities line up, and when and with what they were handed over."""
        self.action_open("decision")
        when = self.loaded.saved_at.astimezone() if self.loaded.saved_at else None
        saved = f", handed over {day_words(when)} at {when:%H:%M}" if when else ""
        lines = [f"Hand-over {spaced(self.code)}{saved}.", *self.loaded.notes]
        self.notify("\n".join(lines), title="Opened", timeout=15, markup=False)
