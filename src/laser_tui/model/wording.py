"""What the decision panel says, in plain words. Pure; it never tells anyone what to choose.

Every sentence is about the person's priorities ("your priorities line up more with …"), never a
verdict on a treatment. "Counts for you" is the one phrase for a difference the person counts.
"""

from __future__ import annotations

from laser_tui.language.catalogue import N_, _, ngettext
from laser_tui.language.formats import all_of
from laser_tui.model.content import Content
from laser_tui.model.priorities import MAX_WEIGHT, Priorities
from laser_tui.model.scoring import TOO_CLOSE_POINTS, Result, Status

VERDICT_REASONS = 2
"""How many reasons the verdict names; with more, it says "mainly"."""
LISTED_REASONS = 3
"""How many reasons each treatment's line lists; with more, it says "mainly"."""

NOTHING_COUNTED = N_(
    "No difference counts for you yet, so there is nothing to weigh. On the checklist, or "
    "here, press Space on each difference that counts for you."
)
ALL_WEIGHTS_ZERO = N_(
    "Every difference that counts for you has importance 0, so there is nothing to weigh yet. "
    "Raise an importance with → or +."
)


def _names(content: Content) -> dict[str, str]:
    return {t.id: t.short_name for t in content.treatments}


def _labels(content: Content) -> dict[str, str]:
    return {c.id: c.label for c in content.criteria}


def verdict(content: Content, result: Result) -> str:
    """How the person's priorities line up with the treatments (never advice)."""
    names = _names(content)
    if result.status is Status.NOTHING_COUNTED:
        return _(NOTHING_COUNTED)
    if result.status is Status.ALL_WEIGHTS_ZERO:
        return _(ALL_WEIGHTS_ZERO)
    if result.leader is None:
        ranked = result.ranked()
        # TRANSLATORS: between two treatments' scores, as in "Tightening 50 vs Resurfacing 50".
        scores = _(" vs ").join(f"{names[t]} {result.scores[t]:.0f}" for t in ranked)
        tied = [t for t in ranked if result.scores[t] == result.scores[ranked[0]]]
        return _(
            "Too close to call: your priorities line up equally with {treatments} ({scores}).",
            treatments=all_of([names[t] for t in tied]),
            scores=scores,
        )
    if result.too_close:
        return ngettext(
            "Too close to call: the scores are only {count} point apart, and we call anything "
            "under {limit} points too close.",
            "Too close to call: the scores are only {count} points apart, and we call anything "
            "under {limit} points too close.",
            round(result.margin),
            limit=f"{TOO_CLOSE_POINTS:.0f}",
        )
    return _lean(content, result, result.leader)


def _lean(content: Content, result: Result, leader: str) -> str:
    """The priorities line up more with ``leader``, and mainly because of which differences."""
    every = result.reasons[leader]
    reasons = all_of([_labels(content)[c].lower() for c in every[:VERDICT_REASONS]])
    treatment = _names(content)[leader]
    if not every:
        return _("Your priorities line up more with {treatment}.", treatment=treatment)
    if len(every) > VERDICT_REASONS:
        return _(
            "Your priorities line up more with {treatment}, mainly because of: {reasons}.",
            treatment=treatment,
            reasons=reasons,
        )
    return _(
        "Your priorities line up more with {treatment}, because of: {reasons}.",
        treatment=treatment,
        reasons=reasons,
    )


def flip_text(content: Content, result: Result) -> str:
    """The smallest single change of importance that would give a clear lean elsewhere.

    Said only when that change gives a result that is not too close to call.
    """
    if result.status is not Status.SCORED:
        return ""
    flip = result.flip
    if flip is None:
        if result.too_close:
            return _("No single change of one importance would take this out of too close to call.")
        return _(
            "No single change of one importance would make your priorities line up more with "
            "another treatment."
        )
    return _(
        "What would change it: with '{difference}' at importance {weight} instead of "
        "{was}, your priorities would line up more with {treatment}.",
        difference=_labels(content)[flip.criterion_id],
        weight=flip.to_weight,
        was=flip.from_weight,
        treatment=_names(content)[flip.new_leader],
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
            lines.append(
                _(
                    "What counts for you and lines up more with {treatment}, mainly: "
                    "{reasons} (and {more} more).",
                    treatment=name,
                    reasons="; ".join(listed[:LISTED_REASONS]),
                    more=len(listed) - LISTED_REASONS,
                )
            )
        elif listed:
            lines.append(
                _(
                    "What counts for you and lines up more with {treatment}: {reasons}.",
                    treatment=name,
                    reasons="; ".join(listed),
                )
            )
        elif result.status is Status.SCORED:
            lines.append(
                _("Nothing that counts for you lines up more with {treatment}.", treatment=name)
            )
    return lines
