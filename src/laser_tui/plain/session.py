"""What one plain-mode visit holds: the content, the person's priorities and their file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from laser_tui.files.priorities_file import LoadedPriorities
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities


@dataclass
class Session:
    """The content, the current priorities, and what their file holds."""

    content: Content
    priorities: Priorities
    path: Path | None
    saved: Priorities
    """What the file holds (the defaults when there is none); anything else is unsaved."""
    opened: LoadedPriorities | None = field(default=None)

    @classmethod
    def start(cls, content: Content, opened: LoadedPriorities) -> Session:
        """A visit on the priorities read from ``opened.path``."""
        return cls(content, opened.priorities, opened.path, opened.priorities, opened)

    @property
    def unsaved(self) -> bool:
        """Whether the priorities changed since they were opened or last saved."""
        return self.priorities != self.saved
