"""The footer of every screen and dialog: Textual's, its labels in the language shown, and
compact when its keys would not fit the width otherwise (Spanish runs about a fifth longer)."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.reactive import Reactive
from textual.widgets import Footer

from laser_tui.language.catalogue import _, current

SPACING = 3
"""Columns a key takes beyond its key and label: a space each side of the key, one after the
label (a compact footer takes one, between them, and a margin of one)."""


class LaserFooter(Footer):
    """Textual's footer, each key's label translated as it is drawn: the bindings are made
    once, in English (their labels are the catalogue's message ids)."""

    needed = 0
    """The columns every key takes in the full style (set as the keys are made)."""

    made_for: tuple[object, ...] | None = None
    """What the keys shown were made from (see ``keys_wanted``); None before they are made."""

    def keys_wanted(self) -> tuple[object, ...]:
        """What the keys shown depend on: the language, and each binding the screen shows
        with whether it is enabled and its tooltip."""
        return current(), tuple(
            (binding, enabled, tooltip)
            for _node, binding, enabled, tooltip in self.screen.active_bindings.values()
            if binding.show
        )

    async def recompose(self) -> None:
        """Make the keys again only when what they show changed: focus moves and bindings
        refreshed often leave them as they are, and making them is most of a key press."""
        if self.is_attached and self.made_for is not None and self.made_for == self.keys_wanted():
            return
        await super().recompose()

    def compose(self) -> ComposeResult:
        """Textual's keys, with their labels in the language shown."""
        needed = 0
        made = False
        for widget in super().compose():
            made = True
            label = getattr(widget, "description", None)
            if isinstance(label, str):
                shown = _(label) if label else label
                widget.description = shown  # type: ignore[attr-defined]
                key = getattr(widget, "key_display", "")
                needed += len(str(key)) + len(shown) + SPACING
            # Made in the footer's style: Textual's key would otherwise restyle itself once or
            # twice as it mounts (its own default, then the footer's), a tenth of a key press.
            compact = getattr(type(widget), "compact", None)
            if isinstance(compact, Reactive):
                widget.set_reactive(compact, self.compact)
                widget.set_class(self.compact, "-compact", update=False)
            yield widget
        self.needed = needed
        self.compact = needed > self.app.size.width
        self.made_for = self.keys_wanted() if made else None

    def on_resize(self, event: events.Resize) -> None:
        """Compact only while the keys would not fit in full."""
        self.compact = self.needed > event.size.width
