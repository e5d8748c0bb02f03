"""The model's words and the summary's exports in Spanish: whole Spanish sentences (no English
function words left), numbers with a decimal comma, dates in words the Spanish way, plurals
right, the too-close sentence's gap still the gap between the scores shown, the summary's
headings in Spanish in text, Markdown, PDF (whose language is "es") and FHIR display text; and
English back, byte for byte, as soon as English is shown again."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given

from laser_tui.export.document import pdf_document
from laser_tui.export.fhir import questionnaire, questionnaire_response
from laser_tui.export.fhir_check import checked
from laser_tui.language.catalogue import use
from laser_tui.model import wording
from laser_tui.model.chances import chance_words, rounding_words, study_words
from laser_tui.model.consultation import answered_count
from laser_tui.model.content import Content
from laser_tui.model.counting import all_treatments, any_treatment
from laser_tui.model.knowledge import KnowledgeCount, count_line, tally
from laser_tui.model.priorities import CriterionPriority, Priorities
from laser_tui.model.readiness import readiness_note, status_line
from laser_tui.model.recovery import stage_words
from laser_tui.model.scoring import Status, score
from laser_tui.model.summary import build_summary
from laser_tui.model.summary_markdown import render_markdown
from laser_tui.model.summary_text import render_text
from support.contents import build_content, cases

pytestmark = pytest.mark.timeout(120)

ENGLISH = re.compile(
    r"\b(the|and|your|you|with|of|is|are|only|points?|because|mainly|scores?|about|people|"
    r"sessions|not|none|seen|in 100|answered|right|what|which|yes)\b",
    re.IGNORECASE,
)
"""English words that no Spanish sentence of the model has (content text aside)."""
SPANISH_HEADINGS = (
    "Mi resumen:",
    "Lo que cuenta para mí",
    "Cómo encajan mis prioridades",
    "¿Tengo lo necesario para hablarlo?",
    "Recuperación, día a día",
    "Lo que cuesta en esta clínica",
    "Preguntas para mi médico",
    "Fuentes",
)
ENGLISH_HEADINGS = (
    "My summary:",
    "What counts for me",
    "How my priorities line up",
    "Am I ready to talk it over?",
    "Questions to ask my clinician",
    "Decision support, not medical advice.",
)
TOO_CLOSE = re.compile(r"se separan solo (\d+) (punto|puntos),")
NOT_TOO_CLOSE = re.compile(r"se separan (\d+) puntos")


def _model_lines(content: Content, priorities: Priorities) -> list[str]:
    """Every sentence of the model about these priorities that has no content text in it
    besides labels and names."""
    result = score(content, priorities)
    return [
        wording.verdict(content, result),
        wording.flip_text(content, result),
        *wording.reasons_text(content, result, priorities),
        status_line(priorities.readiness),
        *((note.message,) if (note := readiness_note(priorities.readiness)) else ()),
        answered_count(content, priorities.consultation),
        all_treatments(len(content.treatments)),
        any_treatment(len(content.treatments)),
    ]


@given(cases())
def test_the_model_speaks_spanish_with_no_english_words_left(
    case: tuple[Content, Priorities],
) -> None:
    content, priorities = case
    use("es")
    for line in filter(None, _model_lines(content, priorities)):
        # Generated labels are "Criterion 0", names "t0": neither is an English function word.
        assert not ENGLISH.search(line), line


@given(cases())
def test_the_spanish_gap_is_the_gap_between_the_scores_shown(
    case: tuple[Content, Priorities],
) -> None:
    content, priorities = case
    use("es")
    result = score(content, priorities)
    said = wording.verdict(content, result) + " " + build_summary(content, priorities).not_too_close
    if result.status is not Status.SCORED or result.leader is None:
        return
    top, second = (result.scores[t] for t in result.ranked()[:2])
    found = TOO_CLOSE.search(said) or NOT_TOO_CLOSE.search(said)
    assert found is not None, said
    assert int(found[1]) == round(top - second)
    if found.re is TOO_CLOSE:
        assert found[2] == ("punto" if int(found[1]) == 1 else "puntos")


@pytest.mark.parametrize(
    ("fits", "said"), [([0.5, 0.49], "solo 1 punto,"), ([0.5, 0.47], "solo 3 puntos,")]
)
def test_the_too_close_sentence_has_the_plural_it_needs(
    in_spanish: None, fits: list[float], said: str
) -> None:
    content = build_content([fits])
    priorities = Priorities(criteria={"c0": CriterionPriority(counts=True, weight=3)})
    verdict = wording.verdict(content, score(content, priorities))
    assert verdict.startswith("Demasiado igualadas para decidir:")
    assert said in verdict


def test_chances_have_a_decimal_comma_and_spanish_words(
    in_spanish: None, spanish_content: Content
) -> None:
    figures = [
        figure
        for outcome in spanish_content.outcomes
        for headline in outcome.figures.values()
        for figure in (headline, *headline.also)
    ]
    said = [
        words
        for figure in figures
        for words in (chance_words(figure), rounding_words(figure) or "", study_words(figure))
        if words
    ]
    assert any(re.search(r"\d,\d", words) for words in said), "a decimal figure is shown"
    assert not [words for words in said if re.search(r"\d\.\d", words)], "no decimal point"
    assert any("de cada 100 personas" in words for words in said)
    assert not [words for words in said if ENGLISH.search(words)]


def test_plurals_and_counts_are_spanish(in_spanish: None, spanish_content: Content) -> None:
    assert "; 1 fue correcta." in count_line(KnowledgeCount(1, 3, 5))
    assert "; 2 fueron correctas." in count_line(KnowledgeCount(2, 3, 5))
    assert all_treatments(2) == "los dos tratamientos"
    assert all_treatments(5) == "los 5 tratamientos"
    questions = spanish_content.knowledge_check or []
    assert tally(questions, {}).startswith(f"{len(questions)} frases.")
    stages = [stage for recovery in spanish_content.recovery for stage in recovery.stages]
    lines = [stage_words(spanish_content, stage)[-1] for stage in stages]
    one = [line for line in lines if line.startswith("(Fuente ")]
    more = [line for line in lines if line.startswith("(Fuentes ")]
    assert one and more
    assert all("," not in line for line in one) and all("," in line for line in more)


def _spanish_priorities(content: Content) -> Priorities:
    priorities = Priorities.defaults_for(content)
    for criterion in content.criteria[:4]:
        priorities = priorities.with_counts(criterion.id, True).with_weight(criterion.id, 4)
    priorities = priorities.with_readiness("sure", False).with_readiness("values", True)
    return priorities.with_concern(content.concerns[0].id, True, content)


def test_the_spanish_summary_has_spanish_headings_dates_and_sentences(
    in_spanish: None, spanish_content: Content
) -> None:
    summary = build_summary(
        spanish_content,
        _spanish_priorities(spanish_content),
        dt.date(2026, 11, 4),
        KnowledgeCount(1, 2, 5),
        today=dt.date(2026, 12, 7),
    )
    text, markdown = render_text(summary), render_markdown(summary)
    for heading in SPANISH_HEADINGS:
        assert heading in text and heading in markdown
    assert "## Lo que cuenta para mí" in markdown
    assert "| Diferencia | Cuenta para mí | Cuánto |" in markdown
    for heading in ENGLISH_HEADINGS:
        assert heading not in text and heading not in markdown
    assert summary.dated.startswith("Prioridades a 4 de noviembre de 2026. ")
    assert "diciembre de 2027" in summary.dated and "December" not in summary.dated
    assert "4 de 5 (muy importante)" in text
    assert max(len(line) for line in text.splitlines()) <= 80
    assert "  Sin responder  " in text, "the answer column is as wide as its widest words"
    for line in (summary.verdict, summary.leaning, summary.flip, *summary.reasons):
        assert line and not ENGLISH.search(line), line


def test_english_comes_back_byte_for_byte(content: Content) -> None:
    priorities = _spanish_priorities(content)
    english = render_text(build_summary(content, priorities, dt.date(2026, 11, 4)))
    use("es")
    spanish = render_text(build_summary(content, priorities, dt.date(2026, 11, 4)))
    use("en")
    again = render_text(build_summary(content, priorities, dt.date(2026, 11, 4)))
    assert spanish != english and "Mi resumen:" in spanish
    assert again == english


def test_fhir_keeps_its_codes_and_says_its_language(content: Content) -> None:
    priorities = _spanish_priorities(content).with_leaning("not_sure")
    english = (questionnaire(content), questionnaire_response(content, priorities))
    use("es")
    spanish = (questionnaire(content), questionnaire_response(content, priorities))

    def codes(resource: object) -> list[str]:
        return re.findall(r'"(?:linkId|code|system|url)": "([^"]*)"', json.dumps(resource))

    for made_in_english, made_in_spanish in zip(english, spanish, strict=True):
        assert codes(made_in_spanish) == codes(made_in_english)
        assert made_in_spanish["language"] == "es" and "language" not in made_in_english
    groups = {item["linkId"]: item["text"] for item in spanish[0]["item"]}
    assert groups["priorities"] == "Lo que cuenta para mí"
    pytest.importorskip("fhir.resources", reason="the fhir extra is not installed")
    for resource in spanish:
        assert checked(resource) is resource  # valid FHIR R4, its language included


def test_the_spanish_pdf_is_in_spanish(
    in_spanish: None, spanish_content: Content, tmp_path: Path
) -> None:
    pytest.importorskip("typst", reason="the pdf extra is not installed")
    from laser_tui.export.pdf import render_pdf
    from support.exports import page_texts, structure

    summary = build_summary(spanish_content, _spanish_priorities(spanish_content))
    document = pdf_document(summary, spanish_content)
    assert document["lang"] == "es"
    pdf = tmp_path / "resumen.pdf"
    pdf.write_bytes(render_pdf(document))
    catalog, _ = structure(pdf)
    assert catalog["lang"] == "es"
    assert catalog["title"] == summary.heading
    pages = page_texts(pdf)
    assert "Página 1 de " in pages[0]
    text = " ".join(" ".join(page.split()) for page in pages)
    for heading in ("Lo que cuenta para mí", "Probabilidades, de cada 100", "Fuentes"):
        assert heading in text
    assert "Apoyo para decidir, no consejo médico." in pages[-1]
