"""The two apps under test and what the benchmarks need to know about each."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App

LASER = "laser-tui"
BARE = "bare"
NAMES = (LASER, BARE)


@dataclass(frozen=True)
class AppUnderTest:
    """How to launch one app as a process, and the text its first screen shows."""

    name: str
    module: str
    first_words: str
    ready_key: str
    """A key a person may press first; ``ready_text`` shows once the app has handled it."""
    ready_words: str
    """A regular expression that matches a frame only after ``ready_key`` was handled."""
    translated: bool = False
    """Whether its words are laser-tui's messages, shown in the language it starts in."""

    @property
    def first_screen_text(self) -> str:
        """Text of its first screen, in the language it starts in."""
        return shown_words(self.first_words) if self.translated else self.first_words

    @property
    def ready_text(self) -> str:
        """``ready_words``, in the language it starts in."""
        return re.escape(shown_words(self.ready_words)) if self.translated else self.ready_words

    def command(self) -> list[str]:
        """The command line that starts the app as a person would, in the current venv."""
        return [sys.executable, "-m", self.module]


APPS = {
    # 1 opens the first treatment: a key that needs the validated content.
    LASER: AppUnderTest(LASER, "laser_tui", "Weigh it up", "1", "How it works", translated=True),
    BARE: AppUnderTest(BARE, "benchmarks.bare_app", "Bare Textual app", "right", r"app: [1-9]"),
}


def shown_words(message: str) -> str:
    """``message`` in the language laser-tui starts in here (``--lang`` sets ``LANGUAGE``)."""
    from laser_tui.language.choice import from_environment
    from laser_tui.language.in_each import in_language

    return in_language(from_environment(os.environ), message)


def build_laser() -> App[None]:
    """laser-tui on the shipped content, as `laser-tui` builds it, in the language it starts
    in here."""
    from laser_tui.app import LaserApp
    from laser_tui.files.toml_io import load_content
    from laser_tui.language.catalogue import use
    from laser_tui.language.choice import from_environment

    use(from_environment(os.environ))
    return LaserApp(load_content())


def build_bare() -> App[None]:
    """The bare app."""
    from benchmarks.bare_app import BareApp

    return BareApp()


BUILDERS: dict[str, Callable[[], App[None]]] = {LASER: build_laser, BARE: build_bare}
