"""Which language to start in: the ``--lang`` option, else the environment as gettext reads
it (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``), else English."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from laser_tui.language.catalogue import ENGLISH, available

ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def _tags(value: str) -> Iterable[str]:
    """The language tags of one variable: ``es_MX.UTF-8`` gives ``es-MX`` then ``es``."""
    for part in value.split(":"):
        name = part.partition(".")[0].partition("@")[0]
        if not name or name in {"C", "POSIX"}:
            continue
        language, _, region = name.partition("_")
        if region:
            yield f"{language.lower()}-{region.upper()}"
        yield language.lower()


def from_environment(environment: Mapping[str, str]) -> str:
    """The first language the environment asks for that laser-tui has, else English."""
    offered = available()
    for variable in ENVIRONMENT:
        value = environment.get(variable, "")
        if not value:
            continue
        for tag in _tags(value):
            if tag in offered:
                return tag
        if variable != "LANGUAGE":
            break  # LC_ALL / LC_MESSAGES / LANG: the first one set decides, as in gettext
    return ENGLISH


def chosen(option: str | None, environment: Mapping[str, str]) -> str:
    """The language to start in: the option when it is one laser-tui has, else the
    environment's (the command line refuses an option it does not have before this)."""
    if option is not None and option in available():
        return option
    return from_environment(environment)
