"""How a person's priorities line up with each treatment. Pure; imports nothing from Textual.

The formula
-----------
Let K be the number of criteria the person ticked ("this matters to me"), w_c in 0..5 the
weight they gave criterion c, and fit(t, c) in 0..1 how well treatment t fits criterion c
(from the content file). Then, for every treatment t::

    score(t) = 100 * sum over ticked c of w_c * fit(t, c)  /  (5 * K)

so 100 means "fits every ticked priority fully, each at the top weight". Raising the weight of
a criterion where A fits better than B never lowers score(A) - score(B), and the order of the
criteria does not matter (sums use ``math.fsum``).

The leader is the treatment with the highest score when it is strictly ahead. The margin is the
gap between the two highest scores; below ``TOO_CLOSE_POINTS`` the result is too close to call.
The flip is the smallest change of one ticked weight after which another treatment would lead.
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


class Status(Enum):
    """Whether there is anything to score."""

    NOTHING_TICKED = "nothing_ticked"
    ALL_WEIGHTS_ZERO = "all_weights_zero"
    SCORED = "scored"


@dataclass(frozen=True)
class Flip:
    """One weight change that would change which treatment fits best."""

    criterion_id: str
    from_weight: int
    to_weight: int
    new_leader: str


@dataclass(frozen=True)
class Result:
    """Scores, the contribution of each criterion, the margin and the flip point."""

    status: Status
    scores: dict[str, float]
    contributions: dict[str, dict[str, float]]
    reasons: dict[str, tuple[str, ...]]
    leader: str | None
    margin: float
    too_close: bool
    flip: Flip | None

    def ranked(self) -> list[str]:
        """Treatment ids, highest score first (ties keep the content's order)."""
        return sorted(self.scores, key=lambda t: -self.scores[t])


def _ticked_weights(content: Content, priorities: Priorities) -> dict[str, int]:
    return {
        c.id: priorities.get(c.id).weight for c in content.criteria if priorities.get(c.id).matters
    }


def _scores(content: Content, weights: dict[str, int]) -> dict[str, dict[str, float]]:
    """Each treatment's points from each ticked criterion."""
    scale = 100.0 / (MAX_WEIGHT * len(weights)) if weights else 0.0
    return {
        t.id: {
            c.id: scale * weights[c.id] * c.fit[t.id] for c in content.criteria if c.id in weights
        }
        for t in content.treatments
    }


def _leader(scores: dict[str, float]) -> tuple[str | None, float]:
    ranked = sorted(scores.values(), reverse=True)
    margin = ranked[0] - ranked[1]
    if margin <= _TIE:
        return None, 0.0
    return max(scores, key=lambda t: scores[t]), margin


def _totals(content: Content, weights: dict[str, int]) -> dict[str, float]:
    return {t: math.fsum(points.values()) for t, points in _scores(content, weights).items()}


def _reasons(content: Content, weights: dict[str, int]) -> dict[str, tuple[str, ...]]:
    """Per treatment: ticked criteria where it beats the best other, strongest first."""
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


def _flip(content: Content, weights: dict[str, int], leader: str) -> Flip | None:
    candidates: list[tuple[int, str, int, str]] = []
    for criterion_id, weight in weights.items():
        for new_weight in range(MIN_WEIGHT, MAX_WEIGHT + 1):
            if new_weight == weight:
                continue
            new_leader, _ = _leader(_totals(content, {**weights, criterion_id: new_weight}))
            if new_leader is not None and new_leader != leader:
                candidates.append((abs(new_weight - weight), criterion_id, new_weight, new_leader))
    if not candidates:
        return None
    _, criterion_id, new_weight, new_leader = min(candidates)
    return Flip(criterion_id, weights[criterion_id], new_weight, new_leader)


def score(content: Content, priorities: Priorities) -> Result:
    """Score every treatment of ``content`` against ``priorities`` (see the module docstring)."""
    weights = _ticked_weights(content, priorities)
    contributions = _scores(content, weights)
    totals = {t: math.fsum(points.values()) for t, points in contributions.items()}
    if not weights:
        status = Status.NOTHING_TICKED
    elif not any(weights.values()):
        status = Status.ALL_WEIGHTS_ZERO
    else:
        status = Status.SCORED
    leader, margin = _leader(totals) if status is Status.SCORED else (None, 0.0)
    return Result(
        status=status,
        scores=totals,
        contributions=contributions,
        reasons=_reasons(content, weights),
        leader=leader,
        margin=margin,
        too_close=status is Status.SCORED and margin < TOO_CLOSE_POINTS,
        flip=_flip(content, weights, leader) if leader is not None else None,
    )
