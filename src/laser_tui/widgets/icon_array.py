"""A picture of 100: a 10 × 10 grid of symbols, readable without colour, with a legend in words.

Filled places are ``●``, the uncertain part ``◐`` (of a range, or what a study that saw none
cannot rule out) and the rest ``○``: the shapes differ, so the picture reads the same in
high contrast, under NO_COLOR and in print.
contrast, under NO_COLOR and in print.
"""

from __future__ import annotations

from rich.console import Group
from rich.text import Text
from textual.widgets import Static

from laser_tui.language.catalogue import _
from laser_tui.model.chances import (
    Picture,
    counted_words,
    number_words,
    rounding_words,
    upper_bound,
)
from laser_tui.model.content import Figure

FILLED, UNCERTAIN, EMPTY = "●", "◐", "○"
ROW = 10


def grid_rows(drawn: Picture) -> list[str]:
    """Ten rows of ten symbols, filled first, then uncertain, then empty, row by row."""
    symbols = FILLED * drawn.filled + UNCERTAIN * drawn.uncertain + EMPTY * drawn.empty
    return [" ".join(symbols[i : i + ROW]) for i in range(0, len(symbols), ROW)]


def legend_lines(figure: Figure, drawn: Picture) -> list[str]:
    """What each symbol stands for, in words, with the counts."""
    if upper_bound(figure) is not None:
        lines = [
            _(
                "{symbol} = up to {count} in 100: none seen, but a study of {size} {counted} "
                "cannot rule out this many",
                symbol=UNCERTAIN,
                count=drawn.uncertain,
                size=figure.size,
                counted=counted_words(figure),
            ),
            _("{symbol} = {count} in 100: the rest", symbol=EMPTY, count=drawn.empty),
        ]
    else:
        lines = [_("{symbol} = {count} in 100: this happened", symbol=FILLED, count=drawn.filled)]
        if drawn.uncertain:
            high = number_words(figure.high or 0.0)
            lines.append(
                _(
                    "{symbol} = {count} more: not sure (a range, up to {high})",
                    symbol=UNCERTAIN,
                    count=drawn.uncertain,
                    high=high,
                )
            )
        lines.append(
            _("{symbol} = {count} in 100: this did not happen", symbol=EMPTY, count=drawn.empty)
        )
    if figure.counted == "people":
        lines.append(_("Each symbol is one person out of 100."))
    else:
        lines.append(_("Each symbol is one session out of 100."))
    rounding = rounding_words(figure)
    return lines + ([rounding] if rounding else [])


class IconArray(Static):
    """The picture of 100 for one known figure, with its legend."""

    DEFAULT_CSS = """
    IconArray { height: auto; width: auto; }
    """

    def __init__(self, figure: Figure, drawn: Picture, *, id: str | None = None) -> None:
        self.rows = grid_rows(drawn)
        self.legend = legend_lines(figure, drawn)
        super().__init__(
            Group(
                *(Text(row) for row in self.rows),
                *(Text(line) for line in self.legend),
            ),
            classes="icon-array",
            id=id,
        )
