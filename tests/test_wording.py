"""The decision panel's words: how priorities line up, never advice."""

from __future__ import annotations

import re

from hypothesis import given

from laser_tui.model import wording
from laser_tui.model.content import Content
from laser_tui.model.priorities import CriterionPriority, Priorities
from laser_tui.model.scoring import Status, score
from test_scoring import build_content, cases

ADVICE = re.compile(r"you should|recommend|\bchoose\b|\bmust\b|best for you|\badvise", re.I)


def everything_said(content: Content, priorities: Priorities) -> str:
    """All the panel's words for these priorities."""
    result = score(content, priorities)
    return "\n".join(
        [
            wording.verdict(content, result),
            wording.flip_text(content, result),
            *wording.reasons_text(content, result, priorities),
        ]
    )


def one_criterion(fits: list[float], weight: int = 5) -> tuple[Content, Priorities]:
    """A content with one ticked criterion and the given fit per treatment."""
    content = build_content([fits])
    return content, Priorities(criteria={"c0": CriterionPriority(matters=True, weight=weight)})


@given(cases())
def test_the_panel_never_gives_advice(case: tuple[Content, Priorities]) -> None:
    assert not ADVICE.search(everything_said(*case))


@given(cases())
def test_the_verdict_names_the_leader_or_says_why_there_is_none(
    case: tuple[Content, Priorities],
) -> None:
    content, priorities = case
    result = score(content, priorities)
    text = wording.verdict(content, result)
    if result.status is Status.NOTHING_COUNTED:
        assert "not ticked anything" in text
    elif result.status is Status.ALL_WEIGHTS_ZERO:
        assert "importance 0" in text
    elif result.too_close:
        assert text.startswith("Too close to call")
    else:
        assert result.leader is not None
        leader = content.treatment(result.leader).short_name
        assert text.startswith(f"Your priorities line up better with {leader}")


def test_a_clear_lead_gives_reasons_and_the_flip(content: Content) -> None:
    priorities = (
        Priorities.defaults_for(content)
        .with_matters("dramatic_change", True)
        .with_weight("dramatic_change", 5)
        .with_matters("short_recovery", True)
        .with_weight("short_recovery", 2)
    )
    result = score(content, priorities)
    assert wording.verdict(content, result) == (
        "Your priorities line up better with Resurfacing, mainly because of: "
        "a dramatic, visible change."
    )
    assert wording.flip_text(content, result) == (
        "What would change it: 'A dramatic, visible change' at importance 1 instead of 5 "
        "would make Tightening fit best."
    )
    assert wording.reasons_text(content, result, priorities) == [
        "Tightening fits better on: A short recovery (2/5).",
        "Resurfacing fits better on: A dramatic, visible change (5/5).",
    ]


def test_a_tie_names_only_the_treatments_that_tie() -> None:
    content, priorities = one_criterion([0.5, 0.5, 0.1])
    text = wording.verdict(content, score(content, priorities))
    assert text == (
        "Too close to call: your priorities fit t0 and t1 equally well (t0 50 vs t1 50 vs t2 10)."
    )


def test_a_gap_under_one_point_is_never_rounded() -> None:
    content, priorities = one_criterion([0.5, 0.4934])  # 50 against 49.34
    text = wording.verdict(content, score(content, priorities))
    assert "the scores are less than 1 point apart" in text
    assert not re.search(r"only [01] points?", text)


def test_a_gap_of_one_point_is_singular() -> None:
    content, priorities = one_criterion([0.5, 0.49])
    assert "only 1 point apart" in wording.verdict(content, score(content, priorities))
