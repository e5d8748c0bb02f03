"""Side by side, Option-Grid style: a row per difference, a column per treatment, with the basis
of each fit; then where each of the seed article's differences went."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Grid, VerticalScroll
from textual.widgets import Static

from laser_tui.language.catalogue import N_, _
from laser_tui.model.content import Content, Criterion
from laser_tui.model.fits import fit_words
from laser_tui.screens.base import LaserScreen
from laser_tui.widgets.facts import SourceList, source_marker


def cell_text(content: Content, criterion: Criterion, treatment_id: str) -> Text:
    """One cell: what it is like, the fit in words, and why (with its sources)."""
    cell = Text.assemble(
        criterion.detail[treatment_id], "\n", (fit_words(criterion.fit[treatment_id]), "italic")
    )
    basis = criterion.basis.get(treatment_id) if criterion.basis else None
    if basis is not None:
        marker = source_marker(content, basis.sources)
        cell.append(
            "\n" + _("Why: {reason} {sources}", reason=basis.reason, sources=marker), style="dim"
        )
    return cell


def seed_lines(content: Content) -> list[Text]:
    """Each of the seed article's differences and where it went."""
    labels = {c.id: c.label for c in content.criteria}
    lines = []
    for difference in content.seed_differences:
        went = ", ".join(f'"{labels[i]}"' for i in difference.became) or _("not kept")
        lines.append(
            Text.assemble(
                f"• {difference.text}\n  ", (_("Now:"), "bold"), f" {went}. {difference.note}"
            )
        )
    return lines


class CompareScreen(LaserScreen):
    """Every difference from the content, one row each, one column per treatment."""

    SUB_TITLE = N_("Side by side")
    AUTO_FOCUS = "#compare-body"
    """Focused when the screen shows, ready to scroll (no on_mount query to fail)."""

    def compose_body(self) -> ComposeResult:
        """The grid of differences, where the seed's differences went, then the sources."""
        content = self.content
        treatments = len(content.treatments)
        grid = Grid(id="compare-grid")
        # One column for the labels, then an equal column per treatment.
        grid.styles.grid_size_columns = treatments + 1
        grid.set_styles(f"grid-columns: 2fr {' '.join(['3fr'] * treatments)};")
        cited = [s for c in content.criteria for s in c.sources]
        with VerticalScroll(id="compare-body", can_focus=True):
            with grid:
                yield Static(Text(_("If you want…"), style="bold"), classes="grid-head")
                for treatment in content.treatments:
                    yield Static(Text.assemble((treatment.name, "bold")), classes="grid-head")
                for criterion in content.criteria:
                    marker = source_marker(content, criterion.sources)
                    yield Static(
                        Text.assemble((criterion.label, "bold"), " ", (marker, "dim")),
                        classes="grid-label",
                    )
                    for treatment in content.treatments:
                        yield Static(
                            cell_text(content, criterion, treatment.id), classes="grid-cell"
                        )
                    cited += [s for b in (criterion.basis or {}).values() for s in b.sources]
            if content.seed_differences:
                yield Static(
                    Text("\n").join(
                        [
                            Text(
                                _("The differences first listed, and where each one went"), "bold"
                            ),
                            *seed_lines(content),
                        ]
                    ),
                    id="seed-differences",
                    classes="fact-section",
                )
            yield SourceList(content, cited)
