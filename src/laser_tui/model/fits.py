"""How well a treatment fits a difference, in words. Pure; imports nothing from Textual."""

from __future__ import annotations

from laser_tui.language.catalogue import _


def fit_words(fit: float) -> str:
    """A fit from 0 to 1 in words."""
    if fit >= 0.7:
        return _("fits well")
    if fit >= 0.4:
        return _("fits partly")
    return _("fits less")
