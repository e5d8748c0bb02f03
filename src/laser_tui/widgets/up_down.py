"""Up and down move the focus between the parts of a list of controls (a question, a weight)."""

from __future__ import annotations

from textual.binding import Binding


def up_down_bindings(next_tip: str) -> list[Binding]:
    """↓ to the next part, ↑ to the one before; kept out of the footer (help lists them)."""
    return [
        Binding("down", "app.focus_next", "Next", show=False, tooltip=next_tip, id="focus-next"),
        Binding(
            "up",
            "app.focus_previous",
            "Previous",
            show=False,
            tooltip="The one before",
            id="focus-previous",
        ),
    ]
