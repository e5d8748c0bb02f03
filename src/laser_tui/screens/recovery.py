"""Recovery, day by day: the treatments side by side, stage by stage; other options after."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Grid, VerticalScroll
from textual.widgets import Static

from laser_tui.language.catalogue import _
from laser_tui.model.costs import TITLE as COSTS_TITLE
from laser_tui.model.costs import cost_lines
from laser_tui.model.recovery import INTRODUCTION, STAGES, TITLE, columns, stage_words
from laser_tui.screens.base import LaserScreen


class RecoveryScreen(LaserScreen):
    """A row per stage, a column per treatment; the other options' timelines below."""

    SUB_TITLE = TITLE

    def compose_body(self) -> ComposeResult:
        """The introduction, the treatments' names, then each stage side by side."""
        content = self.content
        shown = columns(content)
        side = [c for c in shown if c.treatment]
        with VerticalScroll(id="recovery-body", can_focus=True):
            yield Static(_(INTRODUCTION), classes="hint")
            if not shown:
                yield Static(_("This content file gives no recovery timeline yet."))
                return
            with Grid(classes="recovery-grid recovery-names"):
                for column in side:
                    yield Static(Text(column.name, style="bold"))
            for stage, words in STAGES.items():
                yield Static(Text(_(words)), classes="title recovery-stage")
                with Grid(classes="recovery-grid"):
                    for column in side:
                        lines = stage_words(content, column.stages.get(stage))
                        yield Static(Text("\n".join(lines)))
            yield Static(Text(_(COSTS_TITLE)), classes="title recovery-stage")
            yield Static(Text("\n".join(cost_lines(content))), id="recovery-costs")
            for column in (c for c in shown if not c.treatment):
                title = _("{name} (another option)", name=column.name)
                yield Static(Text(title), classes="title")
                for stage, words in STAGES.items():
                    if stage in column.stages:
                        said = " ".join(stage_words(content, column.stages[stage]))
                        yield Static(Text(_(words) + ": " + said), classes="recovery-other")

    def when_mounted(self) -> None:
        """An equal column per treatment; focus for scrolling."""
        side = sum(c.treatment for c in columns(self.content))
        for grid in self.query(".recovery-grid").results(Grid):
            grid.styles.grid_size_columns = max(1, side)
        self.query_one("#recovery-body").focus()
