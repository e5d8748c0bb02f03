"""The home screen: what laser-tui is for, the disclaimer, and a menu to every part."""

from __future__ import annotations

from rich.markup import escape
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from laser_tui.screens.base import LaserScreen


class HomeScreen(LaserScreen):
    """The first screen: purpose, disclaimer, review date, and the keyboard menu."""

    TITLE_TEXT = "Home"
    AUTO_FOCUS = "#menu"
    """Focused when the screen shows, so enter opens an item (no on_mount query to fail)."""

    def compose_body(self) -> ComposeResult:
        """Introduction on top, the menu below."""
        content = self.content
        with Vertical(id="home-body"):
            yield Static(
                f"[b]{escape(content.title)}[/b]\n"
                "Read about both treatments, tick what matters to you, weigh it, and see how "
                "your own priorities line up with each. It does not choose for you.",
                id="intro",
            )
            yield Static(
                f"{escape(content.disclaimer)}\nContent reviewed {content.reviewed:%d %B %Y}; "
                f"next review due {content.next_review:%B %Y}.",
                id="disclaimer",
            )
            yield OptionList(
                *(
                    Option(f"{key:>3}  {escape(label)}", id=action)
                    for key, label, action in self.laser_app.destinations()
                ),
                id="menu",
            )

    async def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Open what the person chose from the menu."""
        if event.option.id:
            await self.app.run_action(event.option.id)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """There is nothing behind the home screen to go back to."""
        return action != "back"
