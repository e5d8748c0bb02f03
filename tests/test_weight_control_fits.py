"""A weight change repaints its control without a layout: every weight's line must fit."""

from __future__ import annotations

from collections.abc import Callable

from laser_tui.app import LaserApp
from laser_tui.model.priorities import MAX_WEIGHT, MIN_WEIGHT
from laser_tui.widgets.weight_control import WeightControl
from support.sizes import SMALL


async def test_every_weight_line_fits_the_control_at_the_smallest_size(
    make_app: Callable[..., LaserApp],
) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("w", "space")
        control = app.screen.query(WeightControl).first()
        width = control.content_size.width
        for weight in range(MIN_WEIGHT, MAX_WEIGHT + 1):
            control.weight = weight
            weight_line = control.render().plain.split("\n")[-1]
            assert str(weight) in weight_line
            assert len(weight_line) <= width, (weight, weight_line, width)
