"""Chances in words and as a picture of 100: what the screens say about an outcome figure.

Pure; imports nothing from Textual. A figure is always out of 100. The picture fills
``round(per_100)`` of 100 places (halves round up); a range fills ``round(low)`` places and
marks ``round(high) - round(low)`` more as uncertain. A result of none seen in N fills no place
and marks as uncertain the most a study of N can rule out: about 3 in N (the "rule of three", a
95 % upper bound), as ``round(300 / N)`` in 100, at least 1. The uncertain mark means only that.
Whenever the picture shows a rounded number, ``rounding_words`` says so.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from laser_tui.language.catalogue import N_, _
from laser_tui.language.formats import all_of, number
from laser_tui.model.content import Content, Figure

PLACES = 100

_CHANCES = {
    "people": (
        N_("about {value} in 100 people"),
        N_("up to {high} in 100 people"),
        N_("about {low} to {high} in 100 people"),
        N_(
            "none seen in {size} people; a study this size cannot rule out up to about {bound} "
            "in 100 people"
        ),
    ),
    "sessions": (
        N_("about {value} in 100 sessions"),
        N_("up to {high} in 100 sessions"),
        N_("about {low} to {high} in 100 sessions"),
        N_(
            "none seen in {size} sessions; a study this size cannot rule out up to about "
            "{bound} in 100 sessions"
        ),
    ),
}
"""A chance in words, per what was counted: one figure, up to, a range, none seen."""


def _round(value: float) -> int:
    """Halves round up (0.5 → 1), unlike Python's round to even."""
    return math.floor(value + 0.5)


def number_words(value: float) -> str:
    """A number as people write it: 7, 7.6 (7,6 in Spanish)."""
    return number(value)


@dataclass(frozen=True)
class Picture:
    """How many of the 100 places are filled, uncertain (part of a range) and empty."""

    filled: int
    uncertain: int

    @property
    def empty(self) -> int:
        """The places left over."""
        return PLACES - self.filled - self.uncertain


def upper_bound(figure: Figure) -> int | None:
    """For a figure of none seen in N: the most in 100 a study of N cannot rule out (3 in N)."""
    if not figure.known or figure.per_100 != 0 or figure.size is None:
        return None
    return max(1, min(PLACES, _round(300 / figure.size)))


def picture(figure: Figure) -> Picture | None:
    """The picture of 100 for a known figure; None when the figure is not known."""
    if not figure.known:
        return None
    bound = upper_bound(figure)
    if bound is not None:
        return Picture(0, bound)
    if figure.per_100 is not None:
        return Picture(_round(figure.per_100), 0)
    low, high = _round(figure.low or 0.0), _round(figure.high or 0.0)
    return Picture(low, high - low)


def counted_words(figure: Figure) -> str:
    """What was counted, as a plural: people or sessions."""
    return _("people") if figure.counted == "people" else _("sessions")


def chance_words(figure: Figure) -> str:
    """'about 7 in 100 people', 'about 10 to 15 in 100 people', 'none seen in 29 people: ...',
    'not known'."""
    if not figure.known:
        return _("not known")
    one, up_to, between, none_seen = _CHANCES[
        "people" if figure.counted == "people" else "sessions"
    ]
    bound = upper_bound(figure)
    if bound is not None:
        return _(none_seen, size=figure.size, bound=bound)
    if figure.per_100 is not None:
        return _(one, value=number_words(figure.per_100))
    low, high = number_words(figure.low or 0.0), number_words(figure.high or 0.0)
    if figure.low == 0:
        return _(up_to, high=high)
    return _(between, low=low, high=high)


def rounding_words(figure: Figure) -> str | None:
    """A sentence saying the picture rounds the figure, or None when it shows it exactly."""
    values = [v for v in (figure.per_100, figure.low, figure.high) if v is not None]
    rounded = [v for v in values if v != _round(v)]
    if not figure.known or not rounded:
        return None
    said = all_of(
        [_("{value} as {whole}", value=number_words(v), whole=_round(v)) for v in rounded]
    )
    return _("The picture has whole figures, so it shows {rounded}.", rounded=said)


def study_words(figure: Figure) -> str:
    """Who the figure comes from: the group, how many and for how long."""
    if not figure.known:
        return ""
    if figure.counted == "people":
        return _(
            "Seen in {group}; {size} people; time after treatment: {follow_up}.",
            group=figure.group,
            size=figure.size,
            follow_up=figure.follow_up,
        )
    return _(
        "Seen in {group}; {size} people (counted per session); time after treatment: {follow_up}.",
        group=figure.group,
        size=figure.size,
        follow_up=figure.follow_up,
    )


def figure_sources(figure: Figure | None) -> list[str]:
    """Every source a figure cites, with those of the other studies beside it."""
    if figure is None:
        return []
    return [*figure.sources, *(s for other in figure.also for s in other.sources)]


def named_words(figure: Figure) -> str:
    """A figure shown beside another: its name, then its chance ("Fractional CO2: about 10...")."""
    return f"{figure.name}: {chance_words(figure)}"


def certainty_words(content: Content, level: str | None) -> str:
    """The content's own explanation of a certainty level (empty when there is none)."""
    return next((text for key, text in content.certainty.items() if key == level), "")
