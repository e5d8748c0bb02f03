"""One treatment, described section by section with a source for every fact."""

from __future__ import annotations

from rich.markup import escape
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from laser_tui.model.content import Treatment
from laser_tui.screens.base import LaserScreen
from laser_tui.widgets.facts import FactSection, SourceList


class TreatmentScreen(LaserScreen):
    """A screen for one treatment of the content; one instance per treatment."""

    AUTO_FOCUS = "#treatment-body"
    """Focused when the screen shows (no on_mount query that fails if it closed early)."""

    def __init__(self, treatment: Treatment) -> None:
        super().__init__(name=f"treatment-{treatment.id}")
        self.treatment = treatment
        self.TITLE_TEXT = treatment.name

    def compose_body(self) -> ComposeResult:
        """Name and other names, every section, then the sources."""
        treatment = self.treatment
        with VerticalScroll(id="treatment-body", can_focus=True):
            other = ", ".join(treatment.other_names)
            also = f"\nAlso called: {escape(other)}" if other else ""
            yield Static(f"[b]{escape(treatment.name)}[/b]{also}", classes="title")
            cited: list[str] = []
            for title, facts in treatment.sections():
                yield FactSection(self.content, title, facts)
                cited += [s for fact in facts for s in fact.sources]
            yield SourceList(self.content, cited)
