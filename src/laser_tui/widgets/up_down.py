"""Up and down move the focus between the parts of a list of controls (a question, a weight)."""

from __future__ import annotations

from textual.binding import Binding

from laser_tui.language.catalogue import N_


def up_down_bindings(next_tip: str) -> list[Binding]:
    """↓ to the next part, ↑ to the one before; kept out of the footer (help lists them).
    ``next_tip`` is a message id (``N_``)."""
    return [
        Binding(
            "down", "app.focus_next", N_("Next"), show=False, tooltip=next_tip, id="focus-next"
        ),
        Binding(
            "up",
            "app.focus_previous",
            N_("Previous"),
            show=False,
            tooltip=N_("The one before"),
            id="focus-previous",
        ),
    ]
