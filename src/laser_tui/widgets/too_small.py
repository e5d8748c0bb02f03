"""The notice shown instead of a broken layout when the terminal is too small."""

from textual.widgets import Static

MIN_WIDTH = 80
MIN_HEIGHT = 24


class TooSmall(Static):
    """Asks the person to enlarge the terminal; shown by the stylesheet's breakpoints."""

    def __init__(self) -> None:
        super().__init__(
            f"Please enlarge this terminal window to at least {MIN_WIDTH} columns by "
            f"{MIN_HEIGHT} rows.\nlaser-tui needs that much room to show everything clearly.",
            classes="too-small",
        )
