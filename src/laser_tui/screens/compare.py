"""Side by side, Option-Grid style: a row per difference, a column per treatment."""

from __future__ import annotations

from rich.markup import escape
from textual.app import ComposeResult
from textual.containers import Grid, VerticalScroll
from textual.widgets import Static

from laser_tui.screens.base import LaserScreen
from laser_tui.widgets.facts import SourceList, source_marker


def fit_words(fit: float) -> str:
    """A fit from 0 to 1 in words."""
    if fit >= 0.7:
        return "fits well"
    if fit >= 0.4:
        return "fits partly"
    return "fits less"


class CompareScreen(LaserScreen):
    """Every difference from the content, one row each, one column per treatment."""

    TITLE_TEXT = "Side by side"
    AUTO_FOCUS = "#compare-body"
    """Focused when the screen shows, ready to scroll (no on_mount query to fail)."""

    def compose_body(self) -> ComposeResult:
        """The grid of differences, then the sources."""
        content = self.content
        treatments = len(content.treatments)
        grid = Grid(id="compare-grid")
        # One column for the labels, then an equal column per treatment.
        grid.styles.grid_size_columns = treatments + 1
        grid.set_styles(f"grid-columns: 2fr {' '.join(['3fr'] * treatments)};")
        with VerticalScroll(id="compare-body", can_focus=True):
            with grid:
                yield Static("[b]If you want…[/b]", classes="grid-head")
                for treatment in content.treatments:
                    yield Static(f"[b]{escape(treatment.name)}[/b]", classes="grid-head")
                for criterion in content.criteria:
                    marker = escape(source_marker(content, criterion.sources))
                    yield Static(
                        f"[b]{escape(criterion.label)}[/b] [dim]{marker}[/]",
                        classes="grid-label",
                    )
                    for treatment in content.treatments:
                        fit = criterion.fit[treatment.id]
                        yield Static(
                            f"{escape(criterion.detail[treatment.id])}\n[i]{fit_words(fit)}[/i]",
                            classes="grid-cell",
                        )
            yield SourceList(content, [s for c in content.criteria for s in c.sources])
