"""Footer colours that stay readable on the Linux console (TERM=linux, 16 colours).

With only 16 colours, the theme's orange keys on a grey footer become bright red on dark grey
(about 2.4:1 on the console's palette). There the footer is drawn bright yellow and white on
black instead (about 19:1).
"""

from __future__ import annotations

CONSOLE_TERMS = ("linux",)
"""TERM values of the Linux console (``linux``, ``linux-16color``): always 16 colours."""
READABLE_FOOTER = {
    "footer-background": "#000000",
    "footer-key-foreground": "#FFFF00",
    "footer-key-background": "#000000",
    "footer-description-foreground": "#FFFFFF",
    "footer-foreground": "#FFFFFF",
}


def footer_overrides(term: str | None) -> dict[str, str]:
    """The theme variables to override on the terminal named ``term`` ($TERM)."""
    console = term is not None and term.split("-")[0] in CONSOLE_TERMS
    return dict(READABLE_FOOTER) if console else {}
