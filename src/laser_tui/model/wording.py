"""What the decision panel says, in plain words. Pure; it never tells anyone what to choose."""

from __future__ import annotations

import math

from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities
from laser_tui.model.scoring import TOO_CLOSE_POINTS, Result, Status

_SAME = 1e-9
"""Scores closer than this are the same score (as in the scoring module)."""


def _names(content: Content) -> dict[str, str]:
    return {t.id: t.short_name for t in content.treatments}


def _labels(content: Content) -> dict[str, str]:
    return {c.id: c.label for c in content.criteria}


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _points(margin: float) -> str:
    """A gap in points, in words that never say '0 points'."""
    if margin < 1:
        return "less than 1 point"
    shown = f"{margin:.0f}"
    return "only 1 point" if shown == "1" else f"only {shown} points"


def verdict(content: Content, result: Result) -> str:
    """How the person's priorities line up with the treatments (never advice)."""
    names = _names(content)
    if result.status is Status.NOTHING_TICKED:
        return (
            "You have not ticked anything that matters to you yet, so there is nothing to "
            "weigh. Tick a difference on the checklist, or press Space on one here."
        )
    if result.status is Status.ALL_WEIGHTS_ZERO:
        return (
            "Every difference you ticked has importance 0, so there is nothing to weigh yet. "
            "Raise an importance with → or +."
        )
    ranked = result.ranked()
    scores = " vs ".join(f"{names[t]} {result.scores[t]:.0f}" for t in ranked)
    if result.leader is None:
        best = result.scores[ranked[0]]
        tied = [t for t in ranked if math.isclose(result.scores[t], best, abs_tol=_SAME)]
        return (
            f"Too close to call: your priorities fit {_join([names[t] for t in tied])} "
            f"equally well ({scores})."
        )
    reasons = [_labels(content)[c].lower() for c in result.reasons[result.leader][:2]]
    because = f", mainly because of: {_join(reasons)}" if reasons else ""
    if result.too_close:
        return (
            f"Too close to call: the scores are {_points(result.margin)} apart, and "
            f"we call anything under {TOO_CLOSE_POINTS:.0f} points too close. "
            f"{names[result.leader]} is slightly ahead{because}."
        )
    return f"Your priorities line up better with {names[result.leader]}{because}."


def flip_text(content: Content, result: Result) -> str:
    """The smallest single change of importance that would change which fits best."""
    if result.leader is None:
        return ""
    if result.flip is None:
        return "No single change of one importance would change which treatment fits best."
    flip = result.flip
    label = _labels(content)[flip.criterion_id]
    return (
        f"What would change it: '{label}' at importance {flip.to_weight} instead of "
        f"{flip.from_weight} would make {_names(content)[flip.new_leader]} fit best."
    )


def reasons_text(content: Content, result: Result, priorities: Priorities) -> list[str]:
    """Per treatment, the ticked priorities it fits better, strongest first."""
    names, labels = _names(content), _labels(content)
    lines = []
    for treatment in content.treatments:
        reasons = result.reasons.get(treatment.id, ())
        listed = [f"{labels[c]} ({priorities.get(c).weight}/5)" for c in reasons[:3]]
        if listed:
            lines.append(f"{names[treatment.id]} fits better on: {'; '.join(listed)}.")
        elif result.status is Status.SCORED:
            lines.append(f"{names[treatment.id]} fits better on none of your ticked priorities.")
    return lines
