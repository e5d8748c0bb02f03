"""On the Linux console (TERM=linux, 16 colours) the footer's keys stay readable."""

from __future__ import annotations

import pytest
from rich.color import Color, ColorSystem

from laser_tui.app import HIGH_CONTRAST, STANDARD_THEME, LaserApp
from laser_tui.model.content import Content

LINUX_CONSOLE = [
    "#000000", "#AA0000", "#00AA00", "#AA5500", "#0000AA", "#AA00AA", "#00AAAA", "#AAAAAA",
    "#555555", "#FF5555", "#55FF55", "#FFFF55", "#5555FF", "#FF55FF", "#55FFFF", "#FFFFFF",
]  # fmt: skip
"""The Linux console's default palette (drivers/tty/vt), by colour number."""


def on_the_console(colour: str) -> tuple[int, int, int]:
    """What the console shows for ``colour`` once Rich brings it down to 16 colours."""
    number = Color.parse(colour).downgrade(ColorSystem.STANDARD).number
    assert number is not None
    shown = Color.parse(LINUX_CONSOLE[number]).triplet
    assert shown is not None
    return shown.red, shown.green, shown.blue


def luminance(rgb: tuple[int, int, int]) -> float:
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(one: tuple[int, int, int], other: tuple[int, int, int]) -> float:
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("theme", [STANDARD_THEME, HIGH_CONTRAST.name])
def test_footer_keys_are_readable_on_the_linux_console(
    content: Content, monkeypatch: pytest.MonkeyPatch, theme: str
) -> None:
    monkeypatch.setenv("TERM", "linux")
    monkeypatch.delenv("COLORTERM", raising=False)
    app = LaserApp(content, high_contrast=theme == HIGH_CONTRAST.name)
    assert app.console.color_system == "standard"
    variables = app.get_css_variables()
    background = on_the_console(variables["footer-background"])
    for name in ("footer-key-foreground", "footer-description-foreground"):
        ratio = contrast(on_the_console(variables[name]), background)
        assert ratio >= 4.5, f"{name}: {variables[name]} is {ratio:.1f}:1 on the console"


def test_other_terminals_keep_the_themes_footer(
    content: Content, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TERM", "xterm-256color")
    variables = LaserApp(content).get_css_variables()
    assert variables["footer-background"] != "#000000"
