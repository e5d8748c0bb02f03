"""The reading level of Spanish content: a Spanish syllable count and the Fernández-Huerta score,
chosen by the content's language."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from laser_tui.files.locations import shipped_content_path
from laser_tui.files.toml_io import load_content
from laser_tui.model.content_report import reading_grade
from laser_tui.model.reading_level import reading_level_line
from laser_tui.model.spanish_reading import (
    fernandez_huerta,
    grade_words,
    spanish_syllables,
)

SPANISH = shipped_content_path().with_name("content.es.toml")


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("piel", 1),
        ("casa", 2),
        ("láser", 2),
        ("día", 2),  # an accented weak vowel beside a strong one: two syllables
        ("leer", 2),  # two strong vowels: two syllables
        ("aéreo", 4),
        ("ciudad", 2),  # two weak vowels: one
        ("cuidado", 3),
        ("que", 1),  # the u of que is silent
        ("guerra", 2),
        ("pingüino", 3),  # ü is said
        ("y", 1),
        ("hoy", 1),
        ("tratamiento", 4),
        ("hiperpigmentación", 6),
        ("rejuvenecimiento", 7),
        ("EFECTO", 3),
    ],
)
def test_spanish_syllables_of_known_words(word: str, count: int) -> None:
    assert spanish_syllables(word) == count


@given(st.text(alphabet="bcdfglmnprstaeiouáéíóúü", min_size=1, max_size=20))
def test_a_word_has_at_least_one_syllable_and_no_more_than_its_vowels(word: str) -> None:
    vowels = sum(letter in "aeiouáéíóúü" for letter in word)
    assert 1 <= spanish_syllables(word) <= max(1, vowels)


@given(
    st.lists(
        st.sampled_from(["sol", "piel", "casa", "tratamiento", "hiperpigmentación"]),
        min_size=1,
        max_size=30,
    )
)
def test_longer_words_and_sentences_score_lower(words: list[str]) -> None:
    text = " ".join(words) + "."
    longer = " ".join([*words, "rejuvenecimiento"]) + "."
    assert fernandez_huerta([longer]) < fernandez_huerta([text])
    short_sentences = ". ".join(words) + "."
    assert fernandez_huerta([short_sentences]) >= fernandez_huerta([text])


def test_the_score_of_a_known_sentence() -> None:
    # "El sol daña la piel." 5 words, 6 syllables, 1 sentence.
    assert fernandez_huerta(["El sol daña la piel."]) == pytest.approx(
        206.84 - 60 * 6 / 5 - 1.02 * 5
    )


@pytest.mark.parametrize(
    ("score", "words"),
    [(95, "grade 4"), (75, "grade 6"), (65, "grades 7 to 8"), (40, "university"), (-3, "graduate")],
)
def test_grade_words_follow_the_table(score: float, words: str) -> None:
    assert grade_words(score) == words


def test_the_reading_level_is_chosen_by_the_contents_language() -> None:
    spanish = reading_level_line(load_content(SPANISH))
    assert "Fernández-Huerta" in spanish
    assert "Flesch-Kincaid" not in spanish
    english = reading_level_line(load_content())
    assert "Flesch-Kincaid" in english
    other = reading_level_line(load_content(SPANISH).model_copy(update={"language": "fr"}))
    assert "not estimated" in other


def test_a_word_with_an_accented_letter_is_one_word_in_the_counts() -> None:
    # "niño" and "nino" have the same vowels: only the word count could tell them apart.
    assert reading_grade(["Un niño sano."]) == reading_grade(["Un nino sano."])
