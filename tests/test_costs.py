"""The clinic's prices: a total range per treatment from the clinic's own dated table, or
"ask them"; never a national average. check-content checks the table."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import given
from hypothesis import strategies as st
from textual.widgets import Static

from laser_tui.app import LaserApp
from laser_tui.files.locations import shipped_content_path
from laser_tui.model.content import Content
from laser_tui.model.content_consultation import TreatmentCost
from laser_tui.model.costs import NO_PRICES, cost_lines, total_range
from laser_tui.model.priorities import Priorities
from laser_tui.model.summary import build_summary
from laser_tui.model.summary_text import render_text
from support.sizes import SMALL

LASER_TUI = Path(sys.executable).with_name("laser-tui")
DOC = Path(__file__).parents[1] / "docs" / "clinic-prices.md"


def with_prices() -> dict[str, Any]:
    """The shipped content with the example table of docs/clinic-prices.md."""
    data = tomllib.loads(shipped_content_path().read_text(encoding="utf-8"))
    example = DOC.read_text(encoding="utf-8").split("```toml\n")[1].split("```")[0]
    data.update(tomllib.loads(example))
    return data


def test_without_a_table_it_says_to_ask(content: Content) -> None:
    assert content.costs is None
    assert cost_lines(content) == [NO_PRICES]
    assert NO_PRICES in render_text(build_summary(content, Priorities()))


def test_the_documented_example_gives_the_documented_totals() -> None:
    content = Content.model_validate(with_prices())
    lines = cost_lines(content)
    assert lines[0] == "The clinic's own prices, as of 1 December 2026, in GBP."
    assert lines[1].startswith("Laser skin tightening: 700 GBP to 1,400 GBP in all (350 GBP a")
    assert lines[2].startswith("Laser skin resurfacing: 2,650 GBP in all (2,500 GBP a session")
    assert "numbing, antiviral medicine and aftercare creams" in lines[2]
    assert "Time off work to plan: About two weeks" in lines[2]
    one = with_prices()
    one["costs"]["treatments"].pop()
    assert cost_lines(Content.model_validate(one))[2] == (
        "Laser skin resurfacing: this clinic has not given a price; ask them."
    )


@given(
    price=st.floats(0, 10_000, allow_nan=False),
    low=st.integers(1, 10),
    more=st.integers(0, 10),
    extras=st.floats(0, 1000, allow_nan=False),
)
def test_the_range_is_the_sessions_at_the_price_plus_extras(
    price: float, low: int, more: int, extras: float
) -> None:
    cost = TreatmentCost(
        treatment="t", per_session=price, sessions_low=low, sessions_high=low + more,
        extras=extras, time_off="A day",
    )  # fmt: skip
    first, last = total_range(cost)
    assert first == price * low + extras <= last == price * (low + more) + extras


async def test_recovery_shows_the_prices_or_says_to_ask(
    make_app: Callable[..., LaserApp],
) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("d")
        assert str(app.screen.query_one("#recovery-costs", Static).render()) == NO_PRICES
    priced = LaserApp(Content.model_validate(with_prices()))
    async with priced.run_test(size=SMALL) as pilot:
        await pilot.press("d")
        assert "700 GBP to 1,400 GBP" in str(priced.screen.query_one("#recovery-costs").render())


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ({"currency": "pounds"}, "costs.currency"),
        ({"dated": dt.date(2026, 1, 1), "treatments": [{"treatment": "laser_x"}]}, "laser_x"),
    ],
)
def test_check_content_says_what_to_fix(tmp_path: Path, change: dict[str, Any], said: str) -> None:
    data = with_prices()
    if "treatments" in change:
        data["costs"]["treatments"][0].update(change.pop("treatments")[0])
    data["costs"].update(change)
    path = tmp_path / "clinic.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    done = subprocess.run(
        [str(LASER_TUI), "check-content", str(path)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert line.startswith(f"{path}: line ") and said in line


def test_sessions_low_above_high_is_one_line(tmp_path: Path) -> None:
    data = with_prices()
    data["costs"]["treatments"][0]["sessions_low"] = 9
    path = tmp_path / "clinic.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    done = subprocess.run(
        [str(LASER_TUI), "check-content", str(path)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    [line] = done.stderr.splitlines()
    assert "sessions_low is more than sessions_high" in line
