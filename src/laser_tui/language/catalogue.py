"""Which language is shown, and its messages: gettext catalogues (``.mo``) compiled from the
``.po`` files in ``laser_tui/locale`` when the package is built. English is the messages as
written in the code, so showing it loads no catalogue."""

from __future__ import annotations

import functools
import gettext
from pathlib import Path

ENGLISH = "en"
DOMAIN = "laser_tui"
LOCALE_FOLDER = Path(__file__).resolve().parents[1] / "locale"
"""Where the package's catalogues are: ``locale/<language>/LC_MESSAGES/laser_tui.mo``."""


class _Shown:
    """The language shown in this process, and its catalogue (one per process: a kiosk, a web
    session and the terminal app each run one person)."""

    language = ENGLISH
    catalogue: gettext.NullTranslations = gettext.NullTranslations()


def available() -> tuple[str, ...]:
    """English, then every language with a compiled catalogue, in the order of their tags."""
    found = {mo.parents[1].name for mo in LOCALE_FOLDER.glob(f"*/LC_MESSAGES/{DOMAIN}.mo")}
    return (ENGLISH, *sorted(found - {ENGLISH}))


@functools.cache
def catalogue_of(language: str) -> gettext.NullTranslations:
    """The catalogue of ``language``, loaded once (English, or a language laser-tui does not
    have: the messages as written in the code)."""
    if language == ENGLISH or language not in available():
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALE_FOLDER, languages=[language])


def use(language: str) -> None:
    """Show ``language`` from now on (a tag of ``available()``; anything else is English)."""
    known = language != ENGLISH and language in available()
    _Shown.language = language if known else ENGLISH
    _Shown.catalogue = catalogue_of(_Shown.language)


def current() -> str:
    """The tag of the language shown now."""
    return _Shown.language


def _(message: str, /, **values: object) -> str:
    """``message`` in the language shown, its ``{placeholders}`` filled from ``values``."""
    text = _Shown.catalogue.gettext(message)
    return text.format(**values) if values else text


def ngettext(singular: str, plural: str, count: int, /, **values: object) -> str:
    """The form of a message for ``count`` in the language shown (``{count}`` is filled in,
    with any other ``values``)."""
    return _Shown.catalogue.ngettext(singular, plural, count).format(count=count, **values)


def N_(message: str, /) -> str:
    """Mark ``message`` for the catalogue where it is defined; translate it with ``_`` where it
    is shown."""
    return message
