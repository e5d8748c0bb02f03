"""What the home screen shows of the content: title, disclaimer, review dates, treatments.

Pure and pydantic-free, so that the first screen can be painted before pydantic is imported.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from laser_tui.language.catalogue import _
from laser_tui.language.formats import long_date

if TYPE_CHECKING:
    from laser_tui.model.content import Content


def day_words(date: dt.date) -> str:
    """A date as people write it, for example "4 November 2026" ("4 de noviembre de 2026")."""
    return long_date(date)


def overdue_line(next_review: dt.date, today: dt.date) -> str:
    """One plain line from the day after the content's next review date; empty before it."""
    if today <= next_review:
        return ""
    return _(
        "This information was due for review on {date} and has not been reviewed since: check "
        "with your clinic that it is still up to date.",
        date=day_words(next_review),
    )


@dataclass(frozen=True)
class HomeContent:
    """The few content fields the home screen shows."""

    title: str
    disclaimer: str
    reviewed: dt.date
    next_review: dt.date
    treatment_names: tuple[str, ...]

    @classmethod
    def of(cls, content: Content) -> HomeContent:
        """The home screen's fields of validated content."""
        return cls(
            content.title,
            content.disclaimer,
            content.reviewed,
            content.next_review,
            tuple(treatment.name for treatment in content.treatments),
        )
