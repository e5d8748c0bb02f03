"""The bare Textual app that laser-tui is measured against: a Static and a Footer.

Left and right change a number shown in the Static (the counterpart of a weight change on
laser-tui's decision panel); r sets it back to zero (the counterpart of a kiosk reset).
Run it with ``python -m benchmarks.bare_app``.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Static

TITLE_TEXT = "Bare Textual app"


class BareApp(App[None]):
    """The smallest app with a screen, a changing text and a footer."""

    BINDINGS = [
        Binding("left", "change(-1)", "Less"),
        Binding("right", "change(1)", "More"),
        Binding("r", "reset", "Reset"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def label(self) -> str:
        """The text the Static shows."""
        return f"{TITLE_TEXT}: {self.count}"

    def compose(self) -> ComposeResult:
        """A Static and a Footer."""
        yield Static(self.label(), id="value")
        yield Footer()

    def action_change(self, step: int) -> None:
        """Change the number by ``step`` and show it."""
        self.count += step
        self._show()

    def action_reset(self) -> None:
        """Set the number back to zero."""
        self.count = 0
        self._show()

    def _show(self) -> None:
        self.query_one("#value", Static).update(self.label())


if __name__ == "__main__":
    BareApp().run()
