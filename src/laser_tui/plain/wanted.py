"""Whether plain mode was asked for. Imports almost nothing, so the full-screen app pays nothing."""

from __future__ import annotations

import argparse
import os

from laser_tui.language.catalogue import _

_OFF = ("", "0")


def why_plain(args: argparse.Namespace) -> str | None:
    """What asked for plain mode (--plain, ACCESSIBLE or TERM=dumb), or None."""
    if args.plain:
        return "--plain"
    if os.environ.get("ACCESSIBLE", "") not in _OFF:
        return _("ACCESSIBLE is set")
    if os.environ.get("TERM") == "dumb":
        return "TERM=dumb"
    return None
