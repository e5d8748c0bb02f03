"""What a content editor should know about a valid content file. Pure; no Textual.

- ``missing_parts``: the optional parts a file lacks, and which facts do not say how sure
  they are (warnings, never errors).
- ``words_per_treatment`` and ``reading_grade``: the balance and reading level of the text;
  ``uneven_words``: a treatment described in far fewer words than another (a warning).
- ``unpaired_outcomes``: outcomes with a figure for some treatments and not for others.
- ``equal_importance_lean``: the scores with every criterion counted at the same importance.

The reading grade is the Flesch-Kincaid grade level,
``0.39 * words / sentences + 11.8 * syllables / words - 15.59``, with syllables estimated as
groups of vowels (a, e, i, o, u, y) in each word, a silent final "e" not counted, at least one
per word. Numbers and signs are not words. It is a rough guide, not a test of understanding.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from laser_tui.language.catalogue import N_, _
from laser_tui.language.formats import number
from laser_tui.model.content import Content, Fact, Treatment
from laser_tui.model.priorities import MAX_WEIGHT, CriterionPriority, Priorities
from laser_tui.model.problems import Location, field_path
from laser_tui.model.safe_text import shorten
from laser_tui.model.scoring import score

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])*")
"""A word: letters (accented ones too, so "láser" is one word), with ' ’ and - inside."""
_VOWELS = re.compile(r"[aeiouy]+")
_SENTENCE_END = re.compile(r"[.!?]+(\s|$)")


def syllables(word: str) -> int:
    """An estimate of the syllables in one word (vowel groups; a final silent 'e' dropped)."""
    word = word.lower().strip("'’-")
    count = len(_VOWELS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(1, count)


def reading_grade(texts: list[str]) -> float:
    """The Flesch-Kincaid grade of the texts, each counted as at least one sentence."""
    words = [w for text in texts for w in _WORD.findall(text)]
    if not words:
        return 0.0
    sentences = sum(max(1, len(_SENTENCE_END.findall(text.strip()))) for text in texts)
    syllable_count = sum(syllables(w) for w in words)
    return 0.39 * len(words) / sentences + 11.8 * syllable_count / len(words) - 15.59


def treatment_texts(content: Content, treatment: Treatment) -> list[str]:
    """Every text the app shows about one treatment: its facts, fits and chances."""
    texts = [fact.text for _title, facts in treatment.sections() for fact in facts]
    for criterion in content.criteria:
        texts.append(criterion.detail[treatment.id])
        if criterion.basis and treatment.id in criterion.basis:
            texts.append(criterion.basis[treatment.id].reason)
    for outcome in content.outcomes:
        figure = outcome.figures.get(treatment.id)
        if figure is not None:
            texts += [t for t in (figure.group, figure.note) if t]
    return texts


def words_per_treatment(content: Content) -> dict[str, int]:
    """How many words the app shows about each treatment."""
    return {
        t.id: sum(len(_WORD.findall(text)) for text in treatment_texts(content, t))
        for t in content.treatments
    }


def grade_per_treatment(content: Content) -> dict[str, float]:
    """The reading grade of each treatment's text (see the module docstring)."""
    return {t.id: reading_grade(treatment_texts(content, t)) for t in content.treatments}


EVEN_WORDS = 0.8
"""The fewest words one treatment may have, as a share of another's, before a warning."""


def uneven_words(content: Content) -> str | None:
    """A warning when one treatment is described in far fewer words than another."""
    words = words_per_treatment(content)
    fewest, most = min(words, key=words.__getitem__), max(words, key=words.__getitem__)
    if words[fewest] >= EVEN_WORDS * words[most]:
        return None
    names = {t.id: t.short_name for t in content.treatments}
    return _(
        "{fewest} has {fewest_words} words against {most_words} for {most}: describe every "
        "treatment in equal detail (within {low} to {high} times the words of each other)",
        fewest=names[fewest],
        fewest_words=words[fewest],
        most_words=words[most],
        most=names[most],
        low=number(EVEN_WORDS),
        high=number(1 / EVEN_WORDS),
    )


def facts_without_certainty(content: Content) -> list[tuple[Location, str]]:
    """Where each treatment fact that does not say how sure it is sits, and its text."""
    sections = [n for n, f in Treatment.model_fields.items() if f.annotation == list[Fact]]
    return [
        (("treatments", t, section, f), fact.text)
        for t, treatment in enumerate(content.treatments)
        for section in sections
        for f, fact in enumerate(getattr(treatment, section))
        if fact.certainty is None
    ]


def missing_parts(content: Content, where: Callable[[Location], str] = field_path) -> list[str]:
    """The optional parts this file lacks, one line each; each fact without a certainty is
    named ``where`` it is, unless none of them has one."""
    lines: list[str] = []
    wanted = {
        "certainty": N_("no [certainty] table explaining how sure each level is"),
        "outcomes": N_("no [[outcomes]]: no chances (about N in 100) to show"),
        "about": N_("no [about] table: who made the content, how, funding, conflicts"),
        "knowledge_check": N_("no [[knowledge_check]] questions"),
    }
    lines += [_(line) for field, line in wanted.items() if not getattr(content, field)]
    unchecked = [s.id for s in content.sources if s.kind is None or s.checked is None]
    if unchecked:
        lines.append(_("sources without a kind or a checked date: {ids}", ids=", ".join(unchecked)))
    no_basis = [c.id for c in content.criteria if c.basis is None]
    if no_basis:
        lines.append(
            _("criteria without a stated basis for their fits: {ids}", ids=", ".join(no_basis))
        )
    facts = [f for t in content.treatments for _title, fs in t.sections() for f in fs]
    unsure = facts_without_certainty(content)
    if unsure and len(unsure) == len(facts):
        lines.append(
            _(
                "{count} of {total} treatment facts do not say how sure they are",
                count=len(unsure),
                total=len(facts),
            )
        )
    elif unsure:
        lines.append(
            _(
                "{count} of {total} treatment facts do not say how sure they are, each named below",
                count=len(unsure),
                total=len(facts),
            )
        )
    if len(unsure) < len(facts):
        lines += [
            _(
                '{where}: "{text}" does not say how sure it is; add certainty = "…" (a level of '
                "[certainty])",
                where=where(place),
                text=shorten(text, 50),
            )
            for place, text in unsure
        ]
    words = uneven_words(content)
    return lines if words is None else [*lines, words]


def unpaired_outcomes(content: Content) -> list[str]:
    """Outcomes with a figure for some treatments and none (or 'not known') for others."""
    lines = []
    for outcome in content.outcomes:
        known = [t.short_name for t in content.treatments if _known(content, outcome.id, t.id)]
        if known and len(known) < len(content.treatments):
            lacking = [t.short_name for t in content.treatments if t.short_name not in known]
            lines.append(
                _(
                    "{id}: a figure for {known}, none for {lacking}",
                    id=outcome.id,
                    known=", ".join(known),
                    lacking=", ".join(lacking),
                )
            )
    return lines


def _known(content: Content, outcome_id: str, treatment_id: str) -> bool:
    outcome = next(o for o in content.outcomes if o.id == outcome_id)
    figure = outcome.figures.get(treatment_id)
    return figure is not None and figure.known


@dataclass(frozen=True)
class Lean:
    """The scores with every criterion counted at one importance."""

    weight: int
    scores: dict[str, float]
    too_close: bool
    leader: str | None


def equal_importance_lean(content: Content) -> list[Lean]:
    """For each importance 1..5, every criterion counted at it: scores and whether too close."""
    leans = []
    for weight in range(1, MAX_WEIGHT + 1):
        everything = CriterionPriority(counts=True, weight=weight)
        priorities = Priorities(criteria={c.id: everything for c in content.criteria})
        result = score(content, priorities)
        leader = None if result.too_close else result.leader
        leans.append(Lean(weight, result.scores, result.too_close, leader))
    return leans
