"""Today's date, from the system clock or, for tests and demonstrations, from LASER_TUI_TODAY.

Every date the app compares with the content (its review date) or writes on a summary comes from
here, so a test can freeze the day for the app and every laser-tui process it starts.
"""

from __future__ import annotations

import datetime as dt
import os

from laser_tui.language.catalogue import _
from laser_tui.model.problems import InputProblem

TODAY_VARIABLE = "LASER_TUI_TODAY"


def today() -> dt.date:
    """The day it is, or the day LASER_TUI_TODAY gives (YYYY-MM-DD)."""
    given = os.environ.get(TODAY_VARIABLE, "").strip()
    if not given:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(given)
    except ValueError:
        raise InputProblem(
            [
                _(
                    "{variable}: found {value}, which is not a date; give one as YYYY-MM-DD (for "
                    "example 2026-12-07) or unset {variable}",
                    variable=TODAY_VARIABLE,
                    value=repr(given),
                )
            ]
        ) from None
