"""Asks before a kiosk session is cleared at the person's request."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from laser_tui.language.catalogue import N_, _
from laser_tui.screens.dialogs.base import LaserDialog


class StartOverDialog(LaserDialog[bool]):
    """y clears everything and starts again; n or escape keeps the answers."""

    BOX_ID = "start-over-box"
    BINDINGS = [
        Binding(
            "y",
            "answer(True)",
            N_("Yes, start over"),
            tooltip=N_("Clear every answer and start"),
            id="answer-true",
        ),
        Binding(
            "n,escape",
            "answer(False)",
            N_("No, keep going"),
            tooltip=N_("Keep your answers"),
            id="answer-false",
        ),
    ]

    def __init__(self) -> None:
        super().__init__(name="start-over")

    def compose_box(self) -> ComposeResult:
        """The question and the two keys."""
        title = _("Start over?")
        what = _(
            "Everything you said and weighed here is cleared, and you start again from the "
            "beginning."
        )
        keys = _("Press {yes} to start over, or {no} to keep going.", yes="[b]y[/b]", no="[b]n[/b]")
        yield Static(f"[b]{title}[/b]\n\n{what}\n\n{keys}")
