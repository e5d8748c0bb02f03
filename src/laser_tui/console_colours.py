"""Footer colours that stay readable on a 16-colour terminal such as the Linux console.

With only 16 colours, the theme's orange keys on a grey footer become bright red on dark grey
(about 2.4:1 on the console's palette). There the footer is drawn bright yellow and white on
black instead (about 19:1).
"""

from __future__ import annotations

SIXTEEN_COLOURS = ("standard", "windows")
"""Rich's names for terminals with 8 or 16 colours (TERM=linux is one)."""
READABLE_FOOTER = {
    "footer-background": "#000000",
    "footer-key-foreground": "#FFFF00",
    "footer-key-background": "#000000",
    "footer-description-foreground": "#FFFFFF",
    "footer-foreground": "#FFFFFF",
}


def footer_overrides(color_system: str | None) -> dict[str, str]:
    """The theme variables to override on a terminal with ``color_system`` (Rich's name)."""
    return dict(READABLE_FOOTER) if color_system in SIXTEEN_COLOURS else {}
