"""A message in a language other than the one shown: for a screen that speaks to someone who
has not chosen yet (the kiosk's welcome), or a server answering each browser in its own."""

from __future__ import annotations

from laser_tui.language.catalogue import available, catalogue_of, current


def in_language(language: str, message: str, /, **values: object) -> str:
    """``message`` in ``language`` (English if laser-tui does not have it), whatever language
    is shown, its ``{placeholders}`` filled from ``values``."""
    text = catalogue_of(language).gettext(message)
    return text.format(**values) if values else text


def in_each(message: str, /) -> list[str]:
    """``message`` in every language laser-tui has, the one shown first, each written once."""
    languages = (current(), *available())
    return list(dict.fromkeys(in_language(language, message) for language in languages))
