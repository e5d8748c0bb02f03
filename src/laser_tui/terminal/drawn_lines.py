"""Let go of the lines closed widgets drew, which Textual keeps in a class-wide cache.

Textual 8.2 caches ``StylesCache.get_inner_outer`` with an ``lru_cache`` of 1,024 entries on a
method, so each key holds a widget's ``StylesCache`` and every line it drew (Textual issue #6665,
open). In a kiosk, closed screens' lines, a past patient's words among them, stayed in memory
after the wipe. The cache is only reachable as the private ``textual._styles_cache``: this module
is its one importer, pinned like ``terminal/parser.py`` by the Textual version
``tests/test_kiosk_terminal.py`` checks, and ``tests/test_kiosk_soak.py`` fails if it stops working.
"""

from __future__ import annotations

from textual._styles_cache import StylesCache


def forget_drawn_lines() -> None:
    """Empty Textual's cache of drawn lines (the kiosk calls it at every wipe)."""
    StylesCache.get_inner_outer.cache_clear()
