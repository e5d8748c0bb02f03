"""Which file the person's priorities belong to, what was last saved there, and saving to it.

Textual-free: the app asks the questions and tells the person; this only knows the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from laser_tui.files.priorities_file import LoadedPriorities, load_priorities
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities

if TYPE_CHECKING:
    from laser_tui.files.priorities_save import SaveReport


class PrioritiesKeeper:
    """The priorities file in use (if any), what it holds, and what opening it found."""

    def __init__(
        self, path: Path | None, saved: Priorities, opened: LoadedPriorities | None = None
    ) -> None:
        self.path = path
        self.saved = saved
        """What the file holds (the defaults when there is none); anything else is unsaved."""
        self.opened = opened
        """What opening the file found: whether it existed and any problems with it."""
        self.digest = opened.digest if opened else ""
        """The fingerprint of the file as opened or last saved, to notice changes by others."""

    @classmethod
    def open(cls, path: Path, content: Content) -> PrioritiesKeeper:
        """Open the priorities file at ``path`` (missing or broken files give defaults)."""
        opened = load_priorities(path, content)
        return cls(path, opened.priorities, opened)

    def unsaved(self, current: Priorities) -> bool:
        """Whether ``current`` differs from what was opened or last saved."""
        return current != self.saved

    def save(
        self, current: Priorities, content: Content, path: Path, *, replace_newer: bool = False
    ) -> SaveReport:
        """Save ``current`` to ``path``, which becomes the file in use.

        Raises NewerFormatError for a file a newer laser-tui wrote (unless ``replace_newer``)
        and InputProblem when it cannot be saved; then nothing here changes.
        """
        from laser_tui.files.priorities_save import save_priorities

        expected = self.digest if path == self.path else ""
        report = save_priorities(
            path, current, content, replace_newer=replace_newer, expected=expected
        )
        self.path, self.saved, self.digest = path, current, report.digest
        return report
