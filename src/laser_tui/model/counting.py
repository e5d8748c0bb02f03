"""Fixed words that count the treatments of the content file ("both", "all three").

Pure and pydantic-free, so the first screen can use it before the content is validated.
"""

from __future__ import annotations

_ALL = {2: "both", 3: "all three", 4: "all four"}
_NUMBERS = {3: "three", 4: "four"}


def all_treatments(count: int) -> str:
    """Every treatment, counted: "both treatments" for two, "all three treatments", ..."""
    return f"{_ALL.get(count, f'all {count}')} treatments"


def any_treatment(count: int) -> str:
    """Any one treatment: "either laser treatment" for two, "any of the three treatments", ..."""
    if count == 2:
        return "either laser treatment"
    return f"any of the {_NUMBERS.get(count, str(count))} treatments"
