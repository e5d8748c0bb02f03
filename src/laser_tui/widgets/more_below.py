"""A hint on a scrolling part's lower edge while some of it is out of view."""

from __future__ import annotations

from textual.widget import Widget

from laser_tui.language.catalogue import N_, _

MORE_BELOW = N_("↓ more below")


def hint_more_below(widget: Widget) -> None:
    """Show ``MORE_BELOW`` on ``widget``'s lower border while it can scroll further down."""

    def show() -> None:
        more = widget.scroll_y < widget.max_scroll_y
        widget.border_subtitle = _(MORE_BELOW) if more else ""

    def show_after_layout() -> None:
        widget.call_after_refresh(show)

    for attribute in ("scroll_y", "virtual_size", "size"):
        widget.watch(widget, attribute, show_after_layout)
