"""The decision panel's and the summary's words: about the person, never a verdict or advice."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given
from hypothesis import strategies as st

from laser_tui.model import wording
from laser_tui.model.content import Content
from laser_tui.model.priorities import READINESS_QUESTIONS, CriterionPriority, Priorities
from laser_tui.model.scoring import Status, score
from laser_tui.model.summary import build_summary
from laser_tui.model.summary_markdown import render_markdown
from laser_tui.model.summary_text import render_text
from support.contents import build_content, cases

ADVICE = re.compile(
    r"you should|recommend|\bchoose (?:t\d|it)|\bmust\b|best for you|\badvise", re.I
)

VERDICT_WORDS = (
    "best",
    "better",
    "worse",
    "worst",
    "ahead",
    "behind",
    "slightly ahead",
    "win",
    "wins",
    "winner",
    "winning",
    "won",
    "lead",
    "leads",
    "leading",
    "leader",
    "beat",
    "beats",
    "recommend",
    "recommends",
    "recommended",
    "recommendation",
    "advise",
    "advised",
    "advises",
    "should",
    "ought",
    "must",
    "superior",
    "inferior",
    "preferable",
    "preferred",
    "optimal",
    "ideal",
    "top choice",
    "first choice",
    "right choice",
    "right treatment",
    "the one for you",
    "go for",
    "go with",
    "pick",
    "favourite",
    "favorite",
    "favour",
    "favours",
    "favor",
    "favors",
    "fits best",
    "fit best",
    "fits better",
    "fit better",
    "best fit",
    "better fit",
    "stronger",
    "weaker",
    "outperforms",
    "outscores",
    "clearly",
    "obviously",
    "edge",
    "verdict",
    "suits you",
)
"""Words that judge a treatment or push a choice: never said by the panel or the summary."""
VERDICT = re.compile(
    r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in VERDICT_WORDS) + r")\b", re.I
)
SURE_QUESTIONS = tuple(READINESS_QUESTIONS.values())
"""The SURE test's own questions (Légaré et al., 2010) are quoted as published, so they are
taken out before the summary is checked ("Do you feel sure about the best choice for you?")."""


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
    """A content with one counted criterion and the given fit per treatment."""
    content = build_content([fits])
    return content, Priorities(criteria={"c0": CriterionPriority(counts=True, weight=weight)})


@given(cases())
def test_the_panel_never_gives_advice(case: tuple[Content, Priorities]) -> None:
    assert not ADVICE.search(everything_said(*case))


@given(cases(), st.sampled_from([None, True, False]))
def test_no_verdict_word_in_the_panel_or_the_summary(
    case: tuple[Content, Priorities], answer: bool | None
) -> None:
    content, priorities = case
    priorities = priorities.with_readiness("sure", answer).with_readiness("support", answer)
    summary = build_summary(content, priorities, dt.date(2026, 12, 1))
    said = [everything_said(content, priorities), render_text(summary), render_markdown(summary)]
    for text in said:
        flat = " ".join(text.split())
        for question in SURE_QUESTIONS:
            flat = flat.replace(question, "")
        assert not VERDICT.search(flat), VERDICT.search(flat)


def test_the_verdict_word_list_catches_what_the_panel_used_to_say() -> None:
    for old in (
        "Tightening is slightly ahead, mainly because of: a short recovery.",
        "would make Resurfacing fit best.",
        "would change which treatment fits best.",
        "Resurfacing fits better on: A dramatic, visible change (5/5).",
    ):
        assert VERDICT.search(old)
    assert not VERDICT.search("Your priorities line up more with Resurfacing.")


@given(cases())
def test_the_verdict_is_about_the_person_or_says_why_there_is_none(
    case: tuple[Content, Priorities],
) -> None:
    content, priorities = case
    result = score(content, priorities)
    text = wording.verdict(content, result)
    if result.status is Status.NOTHING_COUNTED:
        assert text.startswith("No difference counts for you yet")
    elif result.status is Status.ALL_WEIGHTS_ZERO:
        assert "importance 0" in text
    elif result.too_close:
        assert text.startswith("Too close to call")
    else:
        assert result.leader is not None
        leader = content.treatment(result.leader).short_name
        assert text.startswith(f"Your priorities line up more with {leader}")
        mainly = len(result.reasons[result.leader]) > wording.VERDICT_REASONS
        assert ("mainly because of" in text) == mainly


@given(cases())
def test_the_flip_line_only_offers_a_change_that_is_not_too_close(
    case: tuple[Content, Priorities],
) -> None:
    content, priorities = case
    result = score(content, priorities)
    text = wording.flip_text(content, result)
    if result.status is not Status.SCORED:
        assert text == ""
    elif result.flip is None:
        assert text.startswith("No single change")
    else:
        flip = result.flip
        after = score(content, priorities.with_weight(flip.criterion_id, flip.to_weight))
        assert text.startswith("What would change it")
        assert not after.too_close and after.leader == flip.new_leader


@given(cases())
def test_a_partial_list_of_reasons_says_mainly(case: tuple[Content, Priorities]) -> None:
    content, priorities = case
    result = score(content, priorities)
    for line, treatment in zip(
        wording.reasons_text(content, result, priorities), content.treatments, strict=False
    ):
        partial = len(result.reasons[treatment.id]) > wording.LISTED_REASONS
        assert ("mainly" in line) == partial
        assert ("more)" in line) == partial


def test_a_clear_lead_gives_reasons_and_the_flip(content: Content) -> None:
    priorities = (
        Priorities.defaults_for(content)
        .with_counts("dramatic_change", True)
        .with_weight("dramatic_change", 5)
        .with_counts("short_recovery", True)
        .with_weight("short_recovery", 2)
    )
    result = score(content, priorities)
    assert wording.verdict(content, result) == (
        "Your priorities line up more with Resurfacing, because of: a dramatic, visible change."
    )
    assert wording.flip_text(content, result) == (
        "What would change it: with 'A dramatic, visible change' at importance 1 instead of 5, "
        "your priorities would line up more with Tightening."
    )
    assert wording.reasons_text(content, result, priorities) == [
        "What counts for you and lines up more with Tightening: A short recovery (2/5).",
        "What counts for you and lines up more with Resurfacing: A dramatic, visible change (5/5).",
    ]


def test_more_reasons_than_are_listed_say_mainly() -> None:
    content = build_content([[0.9, 0.1], [0.8, 0.2], [0.7, 0.3], [0.6, 0.4]])
    priorities = Priorities(
        criteria={f"c{n}": CriterionPriority(counts=True, weight=3) for n in range(4)}
    )
    result = score(content, priorities)
    assert wording.verdict(content, result) == (
        "Your priorities line up more with t0, mainly because of: criterion 0 and criterion 1."
    )
    assert wording.reasons_text(content, result, priorities) == [
        "What counts for you and lines up more with t0, mainly: Criterion 0 (3/5); "
        "Criterion 1 (3/5); Criterion 2 (3/5) (and 1 more).",
        "Nothing that counts for you lines up more with t1.",
    ]


def test_a_tie_names_only_the_treatments_that_tie() -> None:
    content, priorities = one_criterion([0.5, 0.5, 0.1])
    text = wording.verdict(content, score(content, priorities))
    assert text == (
        "Too close to call: your priorities line up equally with t0 and t1 "
        "(t0 50 vs t1 50 vs t2 10)."
    )


def test_the_gap_said_is_the_gap_between_the_scores_shown() -> None:
    content, priorities = one_criterion([0.5, 0.4934])  # 50 against 49.34, shown as 49
    text = wording.verdict(content, score(content, priorities))
    assert "the scores are only 1 point apart" in text
    content, priorities = one_criterion([0.5, 0.496])  # 50 against 49.6, shown as 50
    text = wording.verdict(content, score(content, priorities))
    assert "line up equally with t0 and t1 (t0 50 vs t1 50)" in text
    assert not re.search(r"only [01] points?|less than", text)


def test_a_gap_of_one_point_is_singular() -> None:
    content, priorities = one_criterion([0.5, 0.49])
    assert "only 1 point apart" in wording.verdict(content, score(content, priorities))
