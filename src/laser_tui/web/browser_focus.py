"""An app in a browser tab keeps the keyboard's focus and its footer when the page is blurred."""

from __future__ import annotations

from textual import events


class KeepsFocusInBrowser:
    """Mixed into the browser apps: the web driver reports the page as blurred when a session
    starts (and when the tab is left), which would hide the footer and drop the focused widget
    until a key or click. The tab is the whole app, so a blur changes nothing."""

    def on_app_blur(self, event: events.AppBlur) -> None:
        """Keep the focus and the footer (Textual's own handling would clear them)."""
        event.prevent_default()
