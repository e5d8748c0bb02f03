"""The clinic's prices: a total range per treatment in the clinic's currency. Pure.

Only the clinic's own, dated price list is used; without one the app says to ask the clinic,
never a national average (those are not a person's cost).
"""

from __future__ import annotations

from laser_tui.language.catalogue import ENGLISH, N_, _, current, ngettext
from laser_tui.model.content import Content
from laser_tui.model.content_consultation import TreatmentCost
from laser_tui.model.home_content import day_words

TITLE = N_("What it costs at this clinic")
NO_PRICES = N_("This clinic has not given prices; ask them.")


def _money(amount: float, currency: str) -> str:
    """An amount with its currency code, in the shown language's digits: 1,500 USD; 1500 USD."""
    whole = amount == round(amount)
    if current() == ENGLISH:
        shown = f"{amount:,.0f}" if whole else f"{amount:,.2f}"
    else:
        from babel.numbers import format_decimal

        pattern = "#,##0" if whole else "#,##0.00"
        shown = str(format_decimal(amount, format=pattern, locale=current()))
    return f"{shown} {currency}"


def _between(low: str, high: str) -> str:
    """One value, or a range of two: '2', '2 to 4'."""
    return low if low == high else _("{low} to {high}", low=low, high=high)


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
        return [_(NO_PRICES)]
    lines = [
        _(
            "The clinic's own prices, as of {date}, in {currency}.",
            date=day_words(costs.dated),
            currency=costs.currency,
        )
    ]
    given = {cost.treatment: cost for cost in costs.treatments}
    for treatment in content.treatments:
        cost = given.get(treatment.id)
        if cost is None:
            lines.append(
                _(
                    "{treatment}: this clinic has not given a price; ask them.",
                    treatment=treatment.name,
                )
            )
            continue
        lines.append(_cost_line(treatment.name, cost, costs.currency))
    return lines


def _cost_line(name: str, cost: TreatmentCost, currency: str) -> str:
    """One treatment's total, price a session, usual sessions, extras and time off."""
    low, high = (_money(v, currency) for v in total_range(cost))
    sessions = ngettext(
        "{sessions} session",
        "{sessions} sessions",
        cost.sessions_high,
        sessions=_between(str(cost.sessions_low), str(cost.sessions_high)),
    )
    said = {
        "treatment": name,
        "total": _between(low, high),
        "price": _money(cost.per_session, currency),
        "sessions": sessions,
        "time_off": cost.time_off.rstrip("."),
    }
    if not cost.extras:
        return _(
            "{treatment}: {total} in all ({price} a session, usually {sessions}). Time off "
            "work to plan: {time_off}.",
            **said,
        )
    extras = _money(cost.extras, currency)
    if cost.extras_are:
        extras = _("{amount} for extras ({what})", amount=extras, what=cost.extras_are)
    else:
        extras = _("{amount} for extras", amount=extras)
    return _(
        "{treatment}: {total} in all ({price} a session, usually {sessions}, plus {extras}). "
        "Time off work to plan: {time_off}.",
        extras=extras,
        **said,
    )
