"""The footer of every screen and dialog: Textual's, its labels in the language shown."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer

from laser_tui.language.catalogue import _


class LaserFooter(Footer):
    """Textual's footer, each key's label translated as it is drawn: the bindings are made
    once, in English (their labels are the catalogue's message ids)."""

    def compose(self) -> ComposeResult:
        """Textual's keys, with their labels in the language shown."""
        for widget in super().compose():
            label = getattr(widget, "description", None)
            if isinstance(label, str) and label:
                widget.description = _(label)  # type: ignore[attr-defined]
            yield widget
