"""Both treatments' chances side by side, each outcome on the same scale: out of 100."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, VerticalScroll
from textual.widgets import Static

from laser_tui.language.catalogue import N_, _
from laser_tui.model.chances import figure_sources
from laser_tui.model.skin import NOT_PERSONAL, NOT_SURE_LINE, SKIN_FIRST, similar_line, skin_answer
from laser_tui.screens.base import LaserScreen
from laser_tui.widgets.chances import NOT_GIVEN, ChanceDetails, headline, picture_widget
from laser_tui.widgets.facts import SourceList

INTRO = N_(
    "What happened to people in studies, always out of 100, so the figures can be compared. "
    "No study compared the treatments directly: each figure comes from its own group."
)


class ChancesScreen(LaserScreen):
    """One row per outcome, one column per treatment, each with a picture of 100."""

    SUB_TITLE = N_("Chances side by side")

    BINDINGS = [
        Binding(
            "right_square_bracket",
            "outcome(1)",
            N_("Next outcome"),
            tooltip=N_("Jump to the next outcome"),
            id="next-outcome",
        ),
        Binding(
            "left_square_bracket",
            "outcome(-1)",
            N_("Outcome before"),
            tooltip=N_("Jump to the outcome before"),
            id="previous-outcome",
        ),
    ]

    def compose_body(self) -> ComposeResult:
        """The introduction, a grid per outcome, then the sources."""
        content = self.content
        with VerticalScroll(id="chances-body", can_focus=True):
            yield Static(_(INTRO), classes="hint")
            skin = skin_answer(content, self.laser_app.priorities.consultation)
            if skin.given:
                said = _(NOT_SURE_LINE) if skin.not_sure else _(SKIN_FIRST) + " " + _(NOT_PERSONAL)
                yield Static(said, classes="hint", id="skin-like-mine")
            if not content.outcomes:
                yield Static(_("This content file gives no chances yet."), id="no-chances")
            for outcome in content.outcomes:
                yield Static(Text(outcome.label), classes="title chances-outcome")
                figures = [outcome.figures.get(t.id) or NOT_GIVEN for t in content.treatments]
                with Grid(classes="chances-grid"):
                    if skin.group is not None:
                        for figure in figures:
                            line = Text(similar_line(figure, skin))
                            yield Static(line, classes="skin-first")
                    for treatment, figure in zip(content.treatments, figures, strict=True):
                        yield Static(headline(figure, treatment.name))
                    for figure in figures:
                        yield picture_widget(figure)
                    for figure in figures:
                        yield ChanceDetails(content, figure)
            cited = [
                s for o in content.outcomes for f in o.figures.values() for s in figure_sources(f)
            ]
            yield SourceList(content, cited)

    def when_mounted(self) -> None:
        """An equal column per treatment; focus for scrolling."""
        for grid in self.query(".chances-grid").results(Grid):
            grid.styles.grid_size_columns = len(self.content.treatments)
        self.query_one("#chances-body").focus()

    def action_outcome(self, step: int) -> None:
        """Scroll the next (1) or the previous (-1) outcome to the top."""
        body = self.query_one("#chances-body", VerticalScroll)
        tops = [title.virtual_region.y for title in self.query(".chances-outcome")]
        now = round(body.scroll_y)
        after = [y for y in tops if y > now] if step > 0 else [y for y in tops if y < now]
        if after:
            body.scroll_to(y=after[0] if step > 0 else after[-1], animate=False)
