"""How a person's priorities line up with each treatment. Pure; imports nothing from Textual.

The formula
-----------
Let C be the differences the person counts ("this counts for me"), w_c in 0..5 the importance
they gave difference c, and fit(t, c) in 0..1 how well treatment t fits a person who wants c
(from the content file). Then, for every treatment t::

    score(t) = 100 * sum over c in C of w_c * fit(t, c)  /  sum over c in C of w_c

a weighted average of the fits, 0 to 100, rounded to the whole number a person sees (halves
up). Every verdict is decided on these shown numbers, so the words never contradict the scores:
60 and 50 are 10 points apart and not too close to call; 60 and 51 are. Only the relative
importances matter: multiplying every importance by the same factor changes neither the scores
nor the verdict. Raising the importance of a difference where A fits better than B never turns
a lead of A over B into a lead of B over A. The order of the differences does not matter (sums
use ``math.fsum`` and are rounded to ``_DIGITS`` decimals before the whole number is taken, so
that equal averages round alike).

The leader is the treatment with the highest score when it is strictly higher than every other.
The margin is the gap between the two highest scores; below ``TOO_CLOSE_POINTS`` the result is
too close to call. The flip is the smallest change of one counted importance after which the
result is not too close and leans to another treatment than now (to any treatment, when it is
too close now).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from laser_tui.model.content import Content
from laser_tui.model.priorities import MAX_WEIGHT, MIN_WEIGHT, Priorities

TOO_CLOSE_POINTS = 10.0
"""Scores closer than this many points (out of 100) are too close to call."""

_TIE = 1e-9
_DIGITS = 9


class Status(Enum):
    """Whether there is anything to score."""

    NOTHING_COUNTED = "nothing_counted"
    ALL_WEIGHTS_ZERO = "all_weights_zero"
    SCORED = "scored"


@dataclass(frozen=True)
class Flip:
    """One importance change after which the priorities would line up clearly with another."""

    criterion_id: str
    from_weight: int
    to_weight: int
    new_leader: str


@dataclass(frozen=True)
class Result:
    """Scores, the contribution of each criterion, the margin and the flip point."""

    status: Status
    scores: dict[str, float]
    """Each treatment's score as shown: a whole number from 0 to 100."""
    contributions: dict[str, dict[str, float]]
    reasons: dict[str, tuple[str, ...]]
    leader: str | None
    margin: float
    too_close: bool
    flip: Flip | None

    def ranked(self) -> list[str]:
        """Treatment ids, highest score first (ties keep the content's order)."""
        return sorted(self.scores, key=lambda t: -self.scores[t])

    @property
    def clear_leader(self) -> str | None:
        """The leader when the result is not too close to call, else None."""
        return None if self.too_close else self.leader


def _counted_weights(content: Content, priorities: Priorities) -> dict[str, int]:
    return {
        c.id: priorities.get(c.id).weight for c in content.criteria if priorities.get(c.id).counts
    }


def _contributions(content: Content, weights: dict[str, int]) -> dict[str, dict[str, float]]:
    """Each treatment's points from each counted criterion (they add up to its score)."""
    total = sum(weights.values())
    scale = 100.0 / total if total else 0.0
    return {
        t.id: {
            c.id: scale * weights[c.id] * c.fit[t.id] for c in content.criteria if c.id in weights
        }
        for t in content.treatments
    }


def shown_score(points: float) -> float:
    """A score as a person sees it: the whole number nearest ``points``, halves rounded up."""
    return float(math.floor(round(points, _DIGITS) + 0.5))


def _totals(contributions: dict[str, dict[str, float]]) -> dict[str, float]:
    return {t: shown_score(math.fsum(points.values())) for t, points in contributions.items()}


def _leader(scores: dict[str, float]) -> tuple[str | None, float]:
    ranked = sorted(scores.values(), reverse=True)
    margin = ranked[0] - ranked[1]
    if margin <= _TIE:
        return None, 0.0
    return max(scores, key=lambda t: scores[t]), margin


def _clear_leader(content: Content, weights: dict[str, int]) -> str | None:
    """The leader of these weights when there is one and it is not too close, else None."""
    if not any(weights.values()):
        return None
    leader, margin = _leader(_totals(_contributions(content, weights)))
    return leader if margin >= TOO_CLOSE_POINTS else None


def _reasons(content: Content, weights: dict[str, int]) -> dict[str, tuple[str, ...]]:
    """Per treatment: counted criteria where it fits more than the best other, strongest first."""
    reasons: dict[str, tuple[str, ...]] = {}
    for treatment in content.treatments:
        advantage: dict[str, float] = {}
        for criterion in content.criteria:
            if criterion.id not in weights or weights[criterion.id] == 0:
                continue
            others = [v for t, v in criterion.fit.items() if t != treatment.id]
            gap = criterion.fit[treatment.id] - max(others)
            if gap > _TIE:
                advantage[criterion.id] = weights[criterion.id] * gap
        reasons[treatment.id] = tuple(sorted(advantage, key=lambda c: (-advantage[c], c)))
    return reasons


def _flip(content: Content, weights: dict[str, int], now: str | None) -> Flip | None:
    """The smallest single change of importance giving a clear lean to another than ``now``."""
    candidates: list[tuple[int, str, int, str]] = []
    for criterion_id, weight in weights.items():
        for new_weight in range(MIN_WEIGHT, MAX_WEIGHT + 1):
            if new_weight == weight:
                continue
            new_leader = _clear_leader(content, {**weights, criterion_id: new_weight})
            if new_leader is not None and new_leader != now:
                candidates.append((abs(new_weight - weight), criterion_id, new_weight, new_leader))
    if not candidates:
        return None
    _, criterion_id, new_weight, new_leader = min(candidates)
    return Flip(criterion_id, weights[criterion_id], new_weight, new_leader)


def score(content: Content, priorities: Priorities) -> Result:
    """Score every treatment of ``content`` against ``priorities`` (see the module docstring)."""
    weights = _counted_weights(content, priorities)
    contributions = _contributions(content, weights)
    totals = _totals(contributions)
    if not weights:
        status = Status.NOTHING_COUNTED
    elif not any(weights.values()):
        status = Status.ALL_WEIGHTS_ZERO
    else:
        status = Status.SCORED
    if status is not Status.SCORED:
        return Result(
            status, totals, contributions, _reasons(content, weights), None, 0.0, False, None
        )
    leader, margin = _leader(totals)
    too_close = margin < TOO_CLOSE_POINTS
    return Result(
        status=status,
        scores=totals,
        contributions=contributions,
        reasons=_reasons(content, weights),
        leader=leader,
        margin=margin,
        too_close=too_close,
        flip=_flip(content, weights, None if too_close else leader),
    )
