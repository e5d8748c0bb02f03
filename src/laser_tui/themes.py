"""laser-tui's two themes: Textual's dark one, and high contrast (``Ctrl+T``,
``--high-contrast``)."""

from __future__ import annotations

from textual.theme import Theme

HIGH_CONTRAST = Theme(
    name="laser-high-contrast",
    primary="#FFFF00",
    secondary="#00FFFF",
    accent="#FFFF00",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#1A1A1A",
    boost="#333333",
    warning="#FFA500",
    error="#FF6060",
    success="#60FF60",
    dark=True,
)
STANDARD_THEME = "textual-dark"
