"""What one plain-mode visit holds: the content, the person's priorities and their file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from laser_tui.files.priorities_keeper import PrioritiesKeeper
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities


@dataclass
class Visit:
    """The content, the current priorities, and the keeper of their file."""

    content: Content
    priorities: Priorities
    keeper: PrioritiesKeeper

    @classmethod
    def start(cls, content: Content, path: Path) -> Visit:
        """A visit on the priorities in the file at ``path`` (defaults if it is missing or bad)."""
        keeper = PrioritiesKeeper.open(path, content)
        return cls(content, keeper.saved, keeper)

    @property
    def unsaved(self) -> bool:
        """Whether the priorities changed since they were opened or last saved."""
        return self.keeper.unsaved(self.priorities)
