"""The words of the page around the terminal, and of the server's refusals, in the language of
each browser session: the page's ``?lang=es``, else the language `laser-tui serve` was given.

Pure: imports neither Textual nor the web server. The server answers many browsers at once,
so each message is put into the language of its own page (``in_language``), never into the
language of the process.
"""

from __future__ import annotations

from collections.abc import Mapping

from laser_tui.language.catalogue import N_, available
from laser_tui.language.in_each import in_language

PAGE_WORDS = {
    "title": N_("laser-tui: laser skin tightening or resurfacing?"),
    "starting": N_("laser-tui is starting…"),
    "needs_javascript": N_("laser-tui needs JavaScript in this browser."),
    "ended": N_("This session has ended and its answers are forgotten."),
    "start_again": N_("Start again"),
    "try_again": N_("Try again"),
}
"""What the page itself says, by the name the template uses."""
BUSY = N_("All {limit} sessions are in use. Please try again in a few minutes.")
WRONG_ORIGIN = N_("Open laser-tui at the address staff gave you; this one is not accepted here.")
STOPPING = N_("The server is stopping. Your answers in this session are forgotten.")


def page_language(query: Mapping[str, str], default: str) -> str:
    """The language a page asked for with ``?lang=``, if laser-tui has it; else ``default``."""
    asked = query.get("lang", "")
    return asked if asked in available() else default


def page_words(language: str) -> dict[str, str]:
    """Every word of the page in ``language``."""
    return {name: in_language(language, words) for name, words in PAGE_WORDS.items()}
