"""The two apps under test and what the benchmarks need to know about each."""

from __future__ import annotations

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
    first_screen_text: str
    ready_key: str
    """A key a person may press first; ``ready_text`` shows once the app has handled it."""
    ready_text: str
    """A regular expression that matches a frame only after ``ready_key`` was handled."""

    def command(self) -> list[str]:
        """The command line that starts the app as a person would, in the current venv."""
        return [sys.executable, "-m", self.module]


APPS = {
    # 1 opens the first treatment: a key that needs the validated content.
    LASER: AppUnderTest(LASER, "laser_tui", "Weigh it up", "1", "How it works"),
    BARE: AppUnderTest(BARE, "benchmarks.bare_app", "Bare Textual app", "right", r"app: [1-9]"),
}


def build_laser() -> App[None]:
    """laser-tui on the shipped content, as `laser-tui` builds it."""
    from laser_tui.app import LaserApp
    from laser_tui.files.toml_io import load_content

    return LaserApp(load_content())


def build_bare() -> App[None]:
    """The bare app."""
    from benchmarks.bare_app import BareApp

    return BareApp()


BUILDERS: dict[str, Callable[[], App[None]]] = {LASER: build_laser, BARE: build_bare}
