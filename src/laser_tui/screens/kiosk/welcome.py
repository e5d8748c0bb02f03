"""The kiosk's welcome (attract) screen: press any key to start a fresh session."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static

from laser_tui.model.counting import all_treatments
from laser_tui.model.safe_text import safe_text
from laser_tui.widgets.too_small import TooSmall


class WelcomeScreen(Screen[None]):
    """Waits for the next person. Any key or click asks the app to start a fresh session."""

    class StartRequested(Message):
        """The next person pressed a key: time for a fresh session."""

    def __init__(self, title: str, disclaimer: str, staff_line: str, treatments: int = 2) -> None:
        super().__init__(name="welcome")
        self.treatments = treatments
        self.title_text = title
        self.disclaimer = disclaimer
        self.staff_line = staff_line

    def compose(self) -> ComposeResult:
        """The title, the invitation, the disclaimer and a line for staff."""
        yield TooSmall()
        yield Static(
            Text.assemble(
                (self.title_text, "bold"),
                f"\n\nRead about {all_treatments(self.treatments)}, say what counts for you and "
                "see how your "
                "own priorities line up. Your answers stay on this screen: they are cleared "
                "when you finish or walk away. Only if you choose to hand them over are they "
                "saved, under a code, for your clinician.\n\n",
                (" Press any key to start ", "bold reverse"),
                "\n\n",
                (self.disclaimer, "dim"),
                "\n\n",
                (safe_text(self.staff_line), "dim"),
            ),
            id="welcome-box",
        )

    def on_key(self, event: events.Key) -> None:
        """Any key at all starts (no key is told apart from another, so this is no dispatch)."""
        event.stop()
        event.prevent_default()
        self.post_message(self.StartRequested())

    def on_click(self, event: events.Click) -> None:
        """A click or tap starts too."""
        event.stop()
        self.post_message(self.StartRequested())
