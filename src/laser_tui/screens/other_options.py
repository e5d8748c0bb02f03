"""Other choices besides the two treatments, including no treatment."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from laser_tui.language.catalogue import N_, _
from laser_tui.model.counting import any_treatment
from laser_tui.screens.base import LaserScreen
from laser_tui.widgets.facts import FactSection, SourceList


class OtherOptionsScreen(LaserScreen):
    """Each other option from the content, with its sources."""

    AUTO_FOCUS = "#options-body"
    """Focused when the screen shows (no on_mount query that fails if it closed early)."""

    SUB_TITLE = N_("Other options")

    def compose_body(self) -> ComposeResult:
        """One section per option, then the sources."""
        with VerticalScroll(id="options-body", can_focus=True):
            yield Static(
                _(
                    "You do not have to choose {treatment}. "
                    "These are other choices to talk over with your clinician.",
                    treatment=any_treatment(len(self.content.treatments)),
                ),
                classes="title",
            )
            cited: list[str] = []
            for option in self.content.other_options:
                yield FactSection(self.content, option.name, option.facts)
                cited += [s for fact in option.facts for s in fact.sources]
            yield SourceList(self.content, cited)
