"""The scoring function, checked on many generated contents and priorities (hypothesis)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from laser_tui.model.content import Content
from laser_tui.model.priorities import MAX_WEIGHT, MIN_WEIGHT, CriterionPriority, Priorities
from laser_tui.model.scoring import TOO_CLOSE_POINTS, Result, Status, score
from support.contents import cases

EPSILON = 1e-9


def with_weight(priorities: Priorities, criterion_id: str, new_weight: int) -> Priorities:
    """The same priorities with one weight changed."""
    return priorities.with_weight(criterion_id, new_weight)


@given(cases())
def test_scores_stay_within_0_and_100(case: tuple[Content, Priorities]) -> None:
    result = score(*case)
    assert set(result.scores) == {t.id for t in case[0].treatments}
    assert all(-EPSILON <= s <= 100 + EPSILON for s in result.scores.values())


def leads(scores: dict[str, float], a: str, b: str) -> bool:
    """Whether ``a`` scores strictly more than ``b``."""
    return scores[a] - scores[b] > EPSILON


@given(cases(), st.data())
def test_raising_what_favours_a_never_turns_a_lead_of_a_over_b_into_one_of_b(
    case: tuple[Content, Priorities], data: st.DataObject
) -> None:
    content, priorities = case
    criterion = data.draw(st.sampled_from(content.criteria))
    a, b = data.draw(st.permutations([t.id for t in content.treatments]))[:2]
    if criterion.fit[a] < criterion.fit[b]:
        a, b = b, a
    before = priorities.with_counts(criterion.id, True)
    for raised in range(before.get(criterion.id).weight + 1, MAX_WEIGHT + 1):
        after = before.with_weight(criterion.id, raised)
        old, new = score(content, before).scores, score(content, after).scores
        if leads(old, a, b):
            assert not leads(new, b, a)
            assert score(content, after).leader != b
        before = after


@given(cases(), st.integers(min_value=2, max_value=MAX_WEIGHT))
def test_multiplying_every_importance_by_one_factor_changes_nothing_shown(
    case: tuple[Content, Priorities], factor: int
) -> None:
    content, priorities = case
    small = Priorities(
        criteria={
            c: CriterionPriority(counts=p.counts, weight=p.weight % (MAX_WEIGHT // factor + 1))
            for c, p in priorities.criteria.items()
        }
    )
    scaled = Priorities(
        criteria={
            c: CriterionPriority(counts=p.counts, weight=p.weight * factor)
            for c, p in small.criteria.items()
        }
    )
    one, other = score(content, small), score(content, scaled)
    assert one.scores == other.scores
    assert (one.status, one.leader, one.too_close) == (other.status, other.leader, other.too_close)
    assert one.margin == pytest.approx(other.margin, abs=EPSILON)


def test_everything_a_little_and_everything_extremely_say_the_same(content: Content) -> None:
    """The example of issue 11: every difference at 1 or 2, and every one at 3, 4 or 5."""
    results = []
    for weight in range(1, MAX_WEIGHT + 1):
        priorities = Priorities(
            criteria={c.id: CriterionPriority(counts=True, weight=weight) for c in content.criteria}
        )
        results.append(score(content, priorities))
    first = results[0]
    for result in results[1:]:
        assert result.scores == first.scores
        assert (result.leader, result.too_close) == (first.leader, first.too_close)


@given(cases(), st.randoms(use_true_random=False))
def test_the_order_of_criteria_does_not_matter(case: tuple[Content, Priorities], rnd: Any) -> None:
    content, priorities = case
    shuffled = list(content.criteria)
    rnd.shuffle(shuffled)
    reordered = content.model_copy(update={"criteria": shuffled})
    assert score(reordered, priorities) == score(content, priorities)


@given(cases())
def test_all_weights_zero_gives_no_leader(case: tuple[Content, Priorities]) -> None:
    content, _ = case
    zero = Priorities(
        criteria={c.id: CriterionPriority(counts=True, weight=0) for c in content.criteria}
    )
    result = score(content, zero)
    assert result.status is Status.ALL_WEIGHTS_ZERO
    assert (result.leader, result.flip, result.too_close) == (None, None, False)
    assert set(result.scores.values()) == {0.0}


@given(cases())
def test_nothing_counted_gives_no_leader(case: tuple[Content, Priorities]) -> None:
    content, _ = case
    uncounted = Priorities(
        criteria={c.id: CriterionPriority(counts=False, weight=5) for c in content.criteria}
    )
    result = score(content, uncounted)
    assert result.status is Status.NOTHING_COUNTED
    assert (result.leader, result.flip, result.too_close) == (None, None, False)


def single_changes(content: Content, priorities: Priorities) -> list[tuple[int, str, int]]:
    """Every change of one counted importance: (size, criterion id, new importance)."""
    return [
        (abs(w - priorities.get(c.id).weight), c.id, w)
        for c in content.criteria
        if priorities.get(c.id).counts
        for w in range(MIN_WEIGHT, MAX_WEIGHT + 1)
        if w != priorities.get(c.id).weight
    ]


def after_change(content: Content, priorities: Priorities, change: tuple[int, str, int]) -> Result:
    """The result after one change of importance."""
    _, criterion_id, new_weight = change
    return score(content, priorities.with_weight(criterion_id, new_weight))


def clear(result: Result) -> str | None:
    """The treatment the result leans to when it is not too close to call."""
    if result.status is not Status.SCORED or result.too_close:
        return None
    return result.leader


@settings(max_examples=150)
@given(cases())
def test_the_flip_is_the_smallest_change_to_a_clear_lean_elsewhere(
    case: tuple[Content, Priorities],
) -> None:
    """Brute force: try every single change and keep those that alter the result."""
    content, priorities = case
    result = score(content, priorities)
    if result.status is not Status.SCORED:
        assert result.flip is None
        return
    now = clear(result)
    flips = [
        change
        for change in single_changes(content, priorities)
        if clear(after_change(content, priorities, change)) not in (None, now)
    ]
    if result.flip is None:
        assert flips == []
        return
    flip = result.flip
    assert flip.from_weight == priorities.get(flip.criterion_id).weight
    after = score(content, priorities.with_weight(flip.criterion_id, flip.to_weight))
    assert not after.too_close
    assert after.leader == flip.new_leader != now
    assert min(size for size, _, _ in flips) == abs(flip.to_weight - flip.from_weight)


@given(cases())
def test_too_close_exactly_when_the_margin_is_under_the_threshold(
    case: tuple[Content, Priorities],
) -> None:
    result = score(*case)
    if result.status is not Status.SCORED:
        assert not result.too_close
        return
    top, second = sorted(result.scores.values(), reverse=True)[:2]
    assert result.margin == pytest.approx(top - second if result.leader else 0.0)
    assert result.too_close == (result.margin < TOO_CLOSE_POINTS)
    if result.leader is not None:
        assert result.scores[result.leader] == top


@given(cases())
def test_contributions_add_up_to_the_scores(case: tuple[Content, Priorities]) -> None:
    result = score(*case)
    for treatment, points in result.contributions.items():
        # The score is their sum as shown: the nearest whole number.
        assert abs(sum(points.values()) - result.scores[treatment]) <= 0.5 + EPSILON


def test_the_formula_on_the_shipped_content(content: Content) -> None:
    """100 × Σ w·fit / Σ w: dramatic change at 5 and short recovery at 2, Σ w = 7."""
    priorities = (
        Priorities.defaults_for(content)
        .with_counts("dramatic_change", True)
        .with_weight("dramatic_change", 5)
        .with_counts("short_recovery", True)
        .with_weight("short_recovery", 2)
    )
    result = score(content, priorities)
    # 100 × (5 × 0.2 + 2 × 0.8) / 7 = 37.1 and 100 × (5 × 0.8 + 2 × 0.2) / 7 = 62.9, shown as
    # 37 and 63: the gap is the one between the shown scores.
    assert result.scores == {"tightening": 37, "resurfacing": 63}
    assert result.leader == "resurfacing"
    assert result.margin == 26
    assert not result.too_close
    assert result.reasons == {
        "tightening": ("short_recovery",),
        "resurfacing": ("dramatic_change",),
    }
    assert result.flip is not None
    # Dramatic change at 1: 68 against 43. At 2 (57.5 against 55) it is still too close.
    assert (result.flip.criterion_id, result.flip.to_weight) == ("dramatic_change", 1)
    assert result.flip.new_leader == "tightening"
