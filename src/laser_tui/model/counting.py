"""Fixed words that count the treatments of the content file ("both", "all three").

Pure and pydantic-free, so the first screen can use it before the content is validated.
"""

from __future__ import annotations

from laser_tui.language.catalogue import N_, _

_ALL = {2: N_("both treatments"), 3: N_("all three treatments"), 4: N_("all four treatments")}
_ANY = {
    2: N_("either laser treatment"),
    3: N_("any of the three treatments"),
    4: N_("any of the four treatments"),
}


def all_treatments(count: int) -> str:
    """Every treatment, counted: "both treatments" for two, "all three treatments", ..."""
    if count in _ALL:
        return _(_ALL[count])
    return _("all {count} treatments", count=count)


def any_treatment(count: int) -> str:
    """Any one treatment: "either laser treatment" for two, "any of the three treatments", ..."""
    if count in _ANY:
        return _(_ANY[count])
    return _("any of the {count} treatments", count=count)
