"""The clinic's prices: a total range per treatment in the clinic's currency. Pure.

Only the clinic's own, dated price list is used; without one the app says to ask the clinic,
never a national average (those are not a person's cost).
"""

from __future__ import annotations

from laser_tui.model.content import Content
from laser_tui.model.content_consultation import TreatmentCost
from laser_tui.model.home_content import day_words

TITLE = "What it costs at this clinic"
NO_PRICES = "This clinic has not given prices; ask them."


def _money(amount: float, currency: str) -> str:
    shown = f"{amount:,.0f}" if amount == round(amount) else f"{amount:,.2f}"
    return f"{shown} {currency}"


def total_range(cost: TreatmentCost) -> tuple[float, float]:
    """The lowest and highest total: the usual sessions at the price, plus the extras."""
    return (
        cost.per_session * cost.sessions_low + cost.extras,
        cost.per_session * cost.sessions_high + cost.extras,
    )


def cost_lines(content: Content) -> list[str]:
    """One line per treatment (and the date of the prices), or the line saying to ask."""
    costs = content.costs
    if costs is None:
        return [NO_PRICES]
    lines = [f"The clinic's own prices, as of {day_words(costs.dated)}, in {costs.currency}."]
    given = {cost.treatment: cost for cost in costs.treatments}
    for treatment in content.treatments:
        cost = given.get(treatment.id)
        if cost is None:
            lines.append(f"{treatment.name}: this clinic has not given a price; ask them.")
            continue
        low, high = (_money(v, costs.currency) for v in total_range(cost))
        total = low if low == high else f"{low} to {high}"
        sessions = (
            f"{cost.sessions_low}"
            if cost.sessions_low == cost.sessions_high
            else f"{cost.sessions_low} to {cost.sessions_high}"
        )
        extras = f", plus {_money(cost.extras, costs.currency)} for extras" if cost.extras else ""
        what = f" ({cost.extras_are})" if cost.extras and cost.extras_are else ""
        lines.append(
            f"{treatment.name}: {total} in all ({_money(cost.per_session, costs.currency)} a "
            f"session, usually {sessions} session{'s' if cost.sessions_high > 1 else ''}"
            f"{extras}{what}). Time off work to plan: {cost.time_off.rstrip('.')}."
        )
    return lines
