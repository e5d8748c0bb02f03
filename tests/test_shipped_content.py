"""What the shipped content must hold: sourced figures, balance, reading level, no judging
words, no comparison on marketing alone, and no lean when everything counts the same."""

from __future__ import annotations

import math
import re

import pytest

from laser_tui.model.content import Content
from laser_tui.model.content_report import (
    equal_importance_lean,
    grade_per_treatment,
    words_per_treatment,
)
from laser_tui.model.priorities import CriterionPriority, Priorities
from laser_tui.model.scoring import score

JUDGING = re.compile(r"\b(only|just|high risk|low risk|rare|rarely|safer|safe)\b", re.IGNORECASE)
COMPARING = re.compile(r"\b(than|compared?|more|less|higher|lower)\b", re.IGNORECASE)


def person_texts(content: Content) -> list[str]:
    """Every text from the content file that a person reads on screen."""
    texts = [fact.text for t in content.treatments for _, facts in t.sections() for fact in facts]
    texts += [fact.text for option in content.other_options for fact in option.facts]
    for criterion in content.criteria:
        texts += [criterion.label, criterion.difference, *criterion.detail.values()]
        texts += [basis.reason for basis in (criterion.basis or {}).values()]
    for outcome in content.outcomes:
        texts.append(outcome.label)
        for headline in outcome.figures.values():
            for figure in (headline, *headline.also):
                texts += [
                    t for t in (figure.group, figure.note, figure.follow_up, figure.name) if t
                ]
    for concern in content.concerns:
        texts += [concern.label, *(f.text for f in concern.what_it_is + concern.causes)]
        texts += [f.text for f in concern.no_treatment]
    for treatment in content.treatments:
        texts += [aim.text for aim in treatment.aimed_at + treatment.not_aimed_at]
    for question in content.knowledge_check or []:
        texts += [question.statement, question.explanation]
    texts += [*content.certainty.values(), *content.questions]
    texts += [d.note for d in content.seed_differences]
    return texts


def test_the_shipped_file_has_every_new_part(content: Content) -> None:
    assert content.outcomes and content.about and content.certainty
    assert content.knowledge_check is not None and 4 <= len(content.knowledge_check) <= 6
    assert {q.answer for q in content.knowledge_check} == {True, False}
    assert all(s.kind and s.checked for s in content.sources)
    assert all(c.basis for c in content.criteria)
    assert all(f.certainty for t in content.treatments for _, fs in t.sections() for f in fs)
    assert len(content.seed_differences) == 7
    assert "gold_2017" not in {s.id for s in content.sources}


def test_every_outcome_names_each_treatment_and_every_figure_its_study(content: Content) -> None:
    for outcome in content.outcomes:
        assert set(outcome.figures) == {t.id for t in content.treatments}, outcome.id
        for treatment_id, figure in outcome.figures.items():
            where = (outcome.id, treatment_id)
            if figure.known:
                assert figure.sources and figure.size and figure.follow_up, where
                assert figure.group and figure.certainty, where
            else:
                assert figure.note, where  # says why it is not known


def test_the_seed_is_labelled_marketing(content: Content) -> None:
    assert content.source("seed").kind == "marketing"
    assert "marketing" in content.source("seed").publisher


def _not_marketing(content: Content, sources: list[str]) -> bool:
    return any(content.source(s).kind != "marketing" for s in sources)


def test_no_comparison_rests_on_marketing_alone(content: Content) -> None:
    names = [t.short_name.lower() for t in content.treatments]
    cited: list[tuple[str, list[str]]] = [
        (f.text, f.sources) for t in content.treatments for _, fs in t.sections() for f in fs
    ]
    cited += [(f.text, f.sources) for o in content.other_options for f in o.facts]
    for text, sources in cited:
        compares = COMPARING.search(text) or sum(name in text.lower() for name in names) > 0
        if compares:
            assert _not_marketing(content, sources), text
    for criterion in content.criteria:  # every criterion compares the treatments
        assert _not_marketing(content, criterion.sources), criterion.id
        for basis in (criterion.basis or {}).values():
            assert _not_marketing(content, basis.sources), criterion.id
    for outcome in content.outcomes:
        for figure in outcome.figures.values():
            if figure.known:
                assert _not_marketing(content, figure.sources), outcome.id


def test_both_treatments_get_about_the_same_words_at_a_reading_age_of_12(
    content: Content,
) -> None:
    words = words_per_treatment(content)
    assert 0.8 <= words["tightening"] / words["resurfacing"] <= 1.25, words
    grades = grade_per_treatment(content)
    assert all(grade <= 8 for grade in grades.values()), grades


def test_no_judging_words(content: Content) -> None:
    found = [text for text in person_texts(content) if JUDGING.search(text)]
    assert found == []


def test_the_fits_add_up_to_the_same_for_each_treatment(content: Content) -> None:
    """Formula-free: at equal importance any weighted sum or average of fits is then equal."""
    totals = {t.id: math.fsum(c.fit[t.id] for c in content.criteria) for t in content.treatments}
    assert len({round(total, 9) for total in totals.values()}) == 1, totals
    leaning = {t.id: 0 for t in content.treatments}
    for criterion in content.criteria:
        leaning[max(criterion.fit, key=lambda t: criterion.fit[t])] += 1
    assert len(set(leaning.values())) == 1, leaning  # as many differences favour each


@pytest.mark.parametrize("weight", [1, 2, 3, 4, 5])
def test_everything_at_the_same_importance_is_too_close_to_call(
    content: Content, weight: int
) -> None:
    same = CriterionPriority(counts=True, weight=weight)
    result = score(content, Priorities(criteria={c.id: same for c in content.criteria}))
    assert result.too_close and result.leader is None
    lean = equal_importance_lean(content)[weight - 1]
    assert lean.weight == weight and lean.too_close and lean.leader is None
