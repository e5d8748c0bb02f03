"""The picture of 100: N filled for N in 100, ranges with a third symbol, 0 and 100, rounding."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from laser_tui.app import LaserApp
from laser_tui.model.chances import Picture, chance_words, picture, rounding_words
from laser_tui.model.content import Figure
from laser_tui.widgets.icon_array import EMPTY, FILLED, UNCERTAIN, grid_rows, legend_lines
from support.sizes import SMALL

STUDY = {"group": "people", "size": 50, "follow_up": "a year", "certainty": "small_studies"}
STUDY |= {"sources": ["a"]}


def figure(**numbers: float) -> Figure:
    """A known figure with the given per_100, or low and high."""
    return Figure.model_validate({**numbers, **STUDY})


def symbols(rows: list[str]) -> str:
    """The symbols of the grid, in reading order."""
    return "".join(rows).replace(" ", "")


@given(st.integers(min_value=1, max_value=100))
def test_n_in_100_fills_n_of_100_places(n: int) -> None:
    shown = figure(per_100=n)
    drawn = picture(shown)
    assert drawn is not None
    rows = grid_rows(drawn)
    assert len(rows) == 10 and all(len(row.split()) == 10 for row in rows)
    assert symbols(rows) == FILLED * n + EMPTY * (100 - n)
    assert legend_lines(shown, drawn)[0] == f"{FILLED} = {n} in 100: this happened"
    assert rounding_words(shown) is None


@given(st.integers(0, 99).flatmap(lambda low: st.tuples(st.just(low), st.integers(low + 1, 100))))
def test_a_range_shows_its_uncertain_part_with_a_third_symbol(bounds: tuple[int, int]) -> None:
    low, high = bounds
    shown = figure(low=low, high=high)
    drawn = picture(shown)
    assert drawn is not None
    assert symbols(grid_rows(drawn)) == FILLED * low + UNCERTAIN * (high - low) + EMPTY * (
        100 - high
    )
    legend = legend_lines(shown, drawn)
    assert any(line.startswith(f"{UNCERTAIN} = {high - low} more: not sure") for line in legend)


def test_none_and_everyone() -> None:
    none, everyone = picture(figure(per_100=0)), picture(figure(per_100=100))
    assert none is not None and everyone is not None
    assert symbols(grid_rows(none)) == UNCERTAIN * 6 + EMPTY * 94  # 0 of 50: up to 6 in 100
    assert symbols(grid_rows(everyone)) == FILLED * 100
    assert chance_words(figure(per_100=0)) == (
        "none seen in 50 people; a study this size cannot rule out up to about 6 in 100 people"
    )
    assert chance_words(figure(per_100=100)) == "about 100 in 100 people"


@pytest.mark.parametrize(("size", "bound"), [(29, 10), (303, 1), (21, 14), (3, 100), (1, 100)])
def test_none_seen_shows_what_a_study_that_size_cannot_rule_out(size: int, bound: int) -> None:
    shown = Figure.model_validate({**STUDY, "per_100": 0, "size": size})
    drawn = picture(shown)
    assert drawn == Picture(0, bound)
    assert f"none seen in {size} people" in chance_words(shown)
    assert f"up to about {bound} in 100" in chance_words(shown)
    legend = legend_lines(shown, drawn)
    assert legend[0].startswith(f"{UNCERTAIN} = up to {bound} in 100: none seen, but a study")
    assert not any("did not happen" in line or line.startswith(FILLED) for line in legend)


@given(st.integers(min_value=1, max_value=100_000))
def test_none_seen_is_never_drawn_as_all_did_not_happen(size: int) -> None:
    shown = Figure.model_validate({**STUDY, "per_100": 0, "size": size})
    drawn = picture(shown)
    assert drawn is not None and drawn.filled == 0
    assert 1 <= drawn.uncertain <= 100
    assert abs(drawn.uncertain - min(100, 300 / size)) <= 0.5 or drawn.uncertain == 1


def test_a_zero_figure_needs_its_group_size() -> None:
    with pytest.raises(ValueError, match="a figure of 0 needs size"):
        Figure.model_validate({**STUDY, "per_100": 0, "size": None})


@pytest.mark.parametrize(
    ("numbers", "filled", "said"),
    [
        ({"per_100": 7.6}, 8, "The picture has whole figures, so it shows 7.6 as 8."),
        ({"per_100": 0.5}, 1, "The picture has whole figures, so it shows 0.5 as 1."),
        ({"per_100": 0.4}, 0, "The picture has whole figures, so it shows 0.4 as 0."),
        ({"low": 2.5, "high": 12}, 3, "The picture has whole figures, so it shows 2.5 as 3."),
    ],
)
def test_rounding_is_said_in_words(numbers: dict[str, float], filled: int, said: str) -> None:
    shown = figure(**numbers)
    drawn = picture(shown)
    assert drawn is not None and drawn.filled == filled
    assert rounding_words(shown) == said
    assert legend_lines(shown, drawn)[-1] == said


def test_not_known_has_no_picture_and_says_so() -> None:
    unknown = Figure(known=False)
    assert picture(unknown) is None
    assert chance_words(unknown) == "not known"


def test_per_100_treatments_is_said() -> None:
    assert chance_words(figure(per_100=11, counted="treatments")) == "about 11 in 100 sessions"


def test_picture_snapshot(
    snap_compare: Callable[..., bool], make_app: Callable[..., LaserApp]
) -> None:
    assert snap_compare(make_app(), press=["n"], terminal_size=SMALL)


def test_picture_snapshot_in_high_contrast(
    snap_compare: Callable[..., bool], make_app: Callable[..., LaserApp]
) -> None:
    assert snap_compare(make_app(high_contrast=True), press=["n"], terminal_size=SMALL)


def test_picture_snapshot_without_colour(
    snap_compare: Callable[..., bool],
    make_app: Callable[..., LaserApp],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    assert app.no_color
    assert snap_compare(app, press=["n"], terminal_size=SMALL)
