"""What the decision panel says, in plain words. Pure; it never tells anyone what to choose.

Every sentence is about the person's priorities ("your priorities line up more with …"), never a
verdict on a treatment. "Counts for you" is the one phrase for a difference the person counts.
"""

from __future__ import annotations

from laser_tui.model.content import Content
from laser_tui.model.priorities import MAX_WEIGHT, Priorities
from laser_tui.model.scoring import TOO_CLOSE_POINTS, Result, Status

VERDICT_REASONS = 2
"""How many reasons the verdict names; with more, it says "mainly"."""
LISTED_REASONS = 3
"""How many reasons each treatment's line lists; with more, it says "mainly"."""

NOTHING_COUNTED = (
    "No difference counts for you yet, so there is nothing to weigh. On the checklist, or "
    "here, press Space on each difference that counts for you."
)
ALL_WEIGHTS_ZERO = (
    "Every difference that counts for you has importance 0, so there is nothing to weigh yet. "
    "Raise an importance with → or +."
)


def _names(content: Content) -> dict[str, str]:
    return {t.id: t.short_name for t in content.treatments}


def _labels(content: Content) -> dict[str, str]:
    return {c.id: c.label for c in content.criteria}


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _points(margin: float) -> str:
    """A gap between two shown scores (whole numbers, at least 1 apart), in points."""
    return "only 1 point" if margin == 1 else f"only {margin:.0f} points"


def verdict(content: Content, result: Result) -> str:
    """How the person's priorities line up with the treatments (never advice)."""
    names = _names(content)
    if result.status is Status.NOTHING_COUNTED:
        return NOTHING_COUNTED
    if result.status is Status.ALL_WEIGHTS_ZERO:
        return ALL_WEIGHTS_ZERO
    if result.leader is None:
        ranked = result.ranked()
        scores = " vs ".join(f"{names[t]} {result.scores[t]:.0f}" for t in ranked)
        tied = [t for t in ranked if result.scores[t] == result.scores[ranked[0]]]
        return (
            f"Too close to call: your priorities line up equally with "
            f"{_join([names[t] for t in tied])} ({scores})."
        )
    if result.too_close:
        return (
            f"Too close to call: the scores are {_points(result.margin)} apart, and "
            f"we call anything under {TOO_CLOSE_POINTS:.0f} points too close."
        )
    every = result.reasons[result.leader]
    reasons = [_labels(content)[c].lower() for c in every[:VERDICT_REASONS]]
    mainly = "mainly " if len(every) > VERDICT_REASONS else ""
    because = f", {mainly}because of: {_join(reasons)}" if reasons else ""
    return f"Your priorities line up more with {names[result.leader]}{because}."


def flip_text(content: Content, result: Result) -> str:
    """The smallest single change of importance that would give a clear lean elsewhere.

    Said only when that change gives a result that is not too close to call.
    """
    if result.status is not Status.SCORED:
        return ""
    flip = result.flip
    if flip is None:
        if result.too_close:
            return "No single change of one importance would take this out of too close to call."
        return (
            "No single change of one importance would make your priorities line up more with "
            "another treatment."
        )
    label = _labels(content)[flip.criterion_id]
    return (
        f"What would change it: with '{label}' at importance {flip.to_weight} instead of "
        f"{flip.from_weight}, your priorities would line up more with "
        f"{_names(content)[flip.new_leader]}."
    )


def reasons_text(content: Content, result: Result, priorities: Priorities) -> list[str]:
    """Per treatment, the differences that count for the person and line up more with it."""
    names, labels = _names(content), _labels(content)
    lines = []
    for treatment in content.treatments:
        reasons = result.reasons.get(treatment.id, ())
        listed = [f"{labels[c]} ({priorities.get(c).weight}/{MAX_WEIGHT})" for c in reasons]
        name = names[treatment.id]
        if len(listed) > LISTED_REASONS:
            more = len(listed) - LISTED_REASONS
            lines.append(
                f"What counts for you and lines up more with {name}, mainly: "
                f"{'; '.join(listed[:LISTED_REASONS])} (and {more} more)."
            )
        elif listed:
            lines.append(f"What counts for you and lines up more with {name}: {'; '.join(listed)}.")
        elif result.status is Status.SCORED:
            lines.append(f"Nothing that counts for you lines up more with {name}.")
    return lines
