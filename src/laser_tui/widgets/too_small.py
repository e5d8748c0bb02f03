"""The notice shown instead of a broken layout when the terminal is too small."""

from textual import events
from textual.widgets import Static

from laser_tui.language.catalogue import _

MIN_WIDTH = 80
MIN_HEIGHT = 24


def too_small_text(width: int, height: int) -> str:
    """What the notice says, for a terminal of this size."""
    return _(
        "Please enlarge this terminal window to at least {columns} columns by {rows} rows "
        "(it is {width} by {height} now).\nlaser-tui needs that much room to show everything "
        "clearly.",
        columns=MIN_WIDTH,
        rows=MIN_HEIGHT,
        width=width,
        height=height,
    )


class TooSmall(Static):
    """Asks the person to enlarge the terminal; shown by the stylesheet's breakpoints."""

    def __init__(self) -> None:
        super().__init__(too_small_text(MIN_WIDTH, MIN_HEIGHT), classes="too-small")

    def on_resize(self, event: events.Resize) -> None:
        """Say how big the terminal is now (the notice fills it when shown)."""
        self.update(too_small_text(*self.app.size))
