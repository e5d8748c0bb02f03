"""The summary, as text and as Markdown: golden files, parsed tables, every case it must say."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from laser_tui.model.consultation import NOTHING_ANSWERED
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities
from laser_tui.model.readiness import ALL_YES, POINTS_TO_RAISE
from laser_tui.model.summary import HEADINGS, NO_QUESTIONS, Summary, build_summary
from laser_tui.model.summary_markdown import inline, render_markdown
from laser_tui.model.summary_text import WIDTH, render_text
from support.summary import GOLDEN_MARKDOWN, GOLDEN_TEXT, KNOWN_AS_OF, golden, known_priorities

ADVICE = ("you should", "recommend", "choose tightening", "choose resurfacing", "best for you is")


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def _text(token: Token) -> str:
    """The text a reader sees for an inline token."""
    return "".join(child.content for child in token.children or [])


def _tables(markdown: str) -> list[list[list[str]]]:
    """Every table as rows of cell texts (the header row first)."""
    tables: list[list[list[str]]] = []
    row: list[str] = []
    for token in _parser().parse(markdown):
        if token.type == "table_open":
            tables.append([])
        elif token.type == "tr_open":
            row = []
        elif token.type == "inline" and tables and token.level >= 4:
            row.append(_text(token))
        elif token.type == "tr_close":
            tables[-1].append(row)
    return tables


def _headings(markdown: str) -> list[tuple[str, str]]:
    tokens = _parser().parse(markdown)
    return [
        (token.tag, _text(tokens[index + 1]))
        for index, token in enumerate(tokens)
        if token.type == "heading_open"
    ]


def _with_answers(priorities: Priorities, **answers: bool | None) -> Priorities:
    for question, answer in answers.items():
        priorities = priorities.with_readiness(question, answer)
    return priorities


@pytest.fixture
def known(content: Content) -> Summary:
    return build_summary(content, known_priorities(content), KNOWN_AS_OF)


def test_text_matches_the_golden_file(known: Summary) -> None:
    text = render_text(known)
    assert text == golden(GOLDEN_TEXT, text)


def test_markdown_matches_the_golden_file(known: Summary) -> None:
    markdown = render_markdown(known)
    assert markdown == golden(GOLDEN_MARKDOWN, markdown)


def test_text_fits_80_columns_and_has_no_markup(known: Summary) -> None:
    text = render_text(known)
    assert max(len(line) for line in text.splitlines()) <= WIDTH
    assert "**" not in text and "|" not in text and "\x1b" not in text


def test_markdown_tables_survive_a_markdown_parser(content: Content, known: Summary) -> None:
    priorities, scores, readiness = _tables(render_markdown(known))
    assert priorities[0] == ["Difference", "Counts for me", "How much"]
    assert [row[0] for row in priorities[1:]] == [c.label for c in content.criteria]
    assert priorities[1] == ["A dramatic, visible change", "Yes", "5 of 5 (extremely important)"]
    assert priorities[5] == ["One treatment rather than a series", "No", "–"]
    assert scores == [
        ["Treatment", "Score"],
        ["Tightening", "45 out of 100"],
        ["Resurfacing", "55 out of 100"],
    ]
    assert [row[1] for row in readiness[1:]] == ["No", "Yes", "Yes", "Not answered"]


def test_markdown_has_every_section_in_order(known: Summary) -> None:
    assert _headings(render_markdown(known)) == [
        ("h1", "My summary: Laser skin tightening or laser skin resurfacing?"),
        ("h2", "What counts for me"),
        ("h2", "How my priorities line up"),
        ("h2", "Am I ready to talk it over?"),
        ("h2", "Recovery, day by day"),
        ("h2", "What it costs at this clinic"),
        ("h2", "To discuss with my clinician"),
        ("h2", "Questions to ask my clinician"),
        ("h2", "Sources"),
    ]


def test_the_summary_says_everything_the_issue_asks_for(content: Content, known: Summary) -> None:
    for text in (render_text(known), " ".join(render_markdown(known).split())):
        flat = " ".join(text.split())
        assert "line up more with Resurfacing, because of: a dramatic, visible change" in flat
        assert "Not too close to call: the scores are 10 points apart" in flat
        assert (
            "What counts for you and lines up more with Resurfacing: A dramatic, visible change "
            "(5/5)" in flat
        )
        assert "What would change it: with 'A dramatic, visible change' at importance 2" in flat
        assert "What bothers me: spots and uneven colour." in flat
        assert POINTS_TO_RAISE["sure"] in flat
        assert "Not answered yet: Do you have enough support" in flat
        assert NOTHING_ANSWERED in flat
        assert all(" ".join(q.split()) in flat for q in content.questions)
        assert all(source.title in flat for source in content.sources)
        assert "Priorities as of 4 November 2026" in flat
        assert "reviewed 1 December 2026; next review due December 2027" in flat
        assert content.disclaimer in flat
        assert content.clinician_prompt in flat
        said = flat.split(HEADINGS["sources"])[0]  # a cited title may say "recommendations"
        assert not any(phrase in said.lower() for phrase in ADVICE)


def test_nothing_counted_is_said_plainly(content: Content) -> None:
    summary = build_summary(content, Priorities.defaults_for(content))
    text = " ".join(render_text(summary).split())
    assert "No difference was marked as counting for me, so there is nothing to weigh yet." in text
    assert "not scored" in text and "Too close" not in text and "would change it" not in text
    assert "Priorities as of" not in text


def test_all_weights_zero_is_said_plainly(content: Content) -> None:
    priorities = Priorities.defaults_for(content).with_counts("low_risk", True)
    summary = build_summary(content, priorities.with_weight("low_risk", 0))
    assert "has importance 0, so there is nothing to weigh yet" in summary.verdict
    assert {row.score for row in summary.scores} == {None}


def test_too_close_is_said_once_by_the_verdict(content: Content) -> None:
    priorities = Priorities.defaults_for(content)
    for criterion_id in ("dramatic_change", "short_recovery"):
        priorities = priorities.with_counts(criterion_id, True)
    summary = build_summary(content, priorities)
    assert summary.verdict.startswith("Too close to call")
    assert summary.not_too_close == ""
    assert render_text(summary).count("Too close to call") == 1


def test_readiness_all_yes_has_no_note(content: Content) -> None:
    priorities = _with_answers(
        Priorities.defaults_for(content), sure=True, understand=True, values=True, support=True
    )
    summary = build_summary(content, priorities)
    assert summary.readiness_note is None
    assert ALL_YES in render_text(summary) and ALL_YES in render_markdown(summary)


def test_readiness_not_answered_lists_the_questions(content: Content) -> None:
    summary = build_summary(content, Priorities.defaults_for(content))
    assert summary.readiness_note is not None
    assert "not answered these questions yet" in summary.readiness_note.message
    assert summary.readiness_note.points == tuple(a.question for a in summary.readiness)


def test_three_treatments_and_no_questions(content: Content) -> None:
    data: dict[str, Any] = content.model_dump()
    third = {**data["treatments"][0], "id": "third", "name": "A third way", "short_name": "Third"}
    data["treatments"].append(third)
    for criterion in data["criteria"]:
        criterion["fit"]["third"] = 0.0
        criterion["detail"]["third"] = "Not at all"
        criterion["basis"]["third"] = {"reason": "None", "sources": ["seed"]}
    data["questions"] = []
    wider = Content.model_validate(data)
    priorities = Priorities.defaults_for(wider).with_counts("dramatic_change", True)
    summary = build_summary(wider, priorities)
    assert "the two highest scores are" in summary.not_too_close
    _, scores, _ = _tables(render_markdown(summary))
    assert [row[0] for row in scores[1:]] == ["Tightening", "Resurfacing", "Third"]
    assert NO_QUESTIONS in " ".join(render_text(summary).split())


# Printable text of any kind, including every character Markdown treats specially.
_awkward = st.text(
    st.characters(
        codec="utf-8",
        categories=("L", "N", "P", "S", "Zs"),
        exclude_characters="\u2028\u2029",
        max_codepoint=0x2FFF,
    )
    | st.sampled_from(list("\\`*_[]<>|~&!#+-=.()0123456789 ")),
    min_size=1,
    max_size=90,
).filter(lambda text: text.strip() != "")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(labels=st.lists(_awkward, min_size=6, max_size=6), disclaimer=_awkward, question=_awkward)
def test_any_text_keeps_tables_intact_and_lines_short(
    content: Content, labels: list[str], disclaimer: str, question: str
) -> None:
    criteria = [
        c.model_copy(update={"label": label})
        for c, label in zip(content.criteria, labels, strict=True)
    ]
    edited = content.model_copy(
        update={"criteria": criteria, "disclaimer": disclaimer, "questions": [question]}
    )
    summary = build_summary(edited, Priorities.defaults_for(edited).with_counts("low_risk", True))
    markdown = render_markdown(summary)
    tables = _tables(markdown)
    assert len(tables) == 3
    assert [row[0] for row in tables[0][1:]] == [" ".join(label.split()) for label in labels]
    assert all(len(row) == 3 for row in tables[0])
    assert len(_headings(markdown)) == 9
    assert max(len(line) for line in render_text(summary).splitlines()) <= WIDTH


@given(text=_awkward)
def test_inline_markdown_shows_the_text_itself(text: str) -> None:
    tokens = _parser().parse(inline(text) + "\n")
    assert [token.type for token in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    assert _text(tokens[1]) == " ".join(text.split())
