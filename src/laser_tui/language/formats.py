"""Numbers, dates and lists written the way of the language shown ("7,6", "1 de diciembre de
2026", "a, b y c"). English keeps laser-tui's own style and loads nothing; other languages are
written by Babel (CLDR), imported only when such a language is shown. A language's own name
comes from its catalogue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from laser_tui.language.catalogue import ENGLISH, N_, current
from laser_tui.language.in_each import in_language


def number(value: float) -> str:
    """A number as short as it is exact to three places: ``7.6``, ``12``, ``0.25``."""
    if current() == ENGLISH:
        return f"{value:g}"
    from babel.numbers import format_decimal

    return str(format_decimal(value, format="0.###", locale=current()))


def grouped(count: int) -> str:
    """A whole number with its thousands marked: ``1,048,576``; ``1.048.576``."""
    if current() == ENGLISH:
        return f"{count:,}"
    from babel.numbers import format_decimal

    return str(format_decimal(count, locale=current()))


def fixed(value: float, places: int) -> str:
    """A number with ``places`` decimal places: ``8.0``; ``8,0``."""
    if current() == ENGLISH:
        return f"{value:.{places}f}"
    from babel.numbers import format_decimal

    return str(format_decimal(value, format="0." + "0" * places, locale=current()))


def long_date(date: dt.date) -> str:
    """A day in words: ``1 December 2026``; ``1 de diciembre de 2026``."""
    if current() == ENGLISH:
        return f"{date.day} {date:%B %Y}"
    from babel.dates import format_date

    return str(format_date(date, format="long", locale=current()))


def month_year(date: dt.date) -> str:
    """A month in words: ``December 2027``; ``diciembre de 2027``."""
    if current() == ENGLISH:
        return f"{date:%B %Y}"
    from babel.dates import format_skeleton

    return str(format_skeleton("yMMMM", date, locale=current()))


def all_of(items: Sequence[str]) -> str:
    """Items joined as one list: ``a, b and c``; ``a, b y c``."""
    if current() == ENGLISH:
        if len(items) < 2:
            return "".join(items)
        return ", ".join(items[:-1]) + " and " + items[-1]
    from babel.lists import format_list

    return str(format_list(list(items), locale=current()))


# TRANSLATORS: the name of this catalogue's language, written in it, as its readers look for it
# in a list of languages ("Español", "Français", "Português").
OWN_NAME = N_("English")


def language_name(tag: str) -> str:
    """A language's name in that language, as a person looks for it: ``English``, ``Español``
    (from its own catalogue: nothing to load but the catalogue)."""
    return in_language(tag, OWN_NAME)
