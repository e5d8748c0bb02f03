"""How easy Spanish text is to read: the Fernández-Huerta score with a Spanish syllable count.
Pure; no Textual.

Fernández-Huerta (1959), in its corrected form (Law, 2011):
``206.84 - 60 * syllables / words - 1.02 * words / sentences``, from 0 (very hard) to 100
(very easy). Its own table gives the school grade a score suits; 60 to 70 ("normal") suits
grades 7 to 8, the aim for patient text. It is a rough guide, not a test of understanding.

Syllables are counted as vowel nuclei: a weak vowel (i, u, ü) without an accent joins the vowel
beside it (a diphthong, "tie-rra"), two strong vowels (a, e, o) or an accented weak vowel
beside a strong one are two syllables ("le-er", "dí-a"); the silent u of que, qui, gue, gui is
not a vowel; y is a vowel only as a word of its own.
"""

from __future__ import annotations

import re
from itertools import pairwise

from laser_tui.language.catalogue import N_, _

_WORD = re.compile(r"[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]+")
_SENTENCE_END = re.compile(r"[.!?…]+(\s|$)")
_VOWELS = re.compile(r"[aeiouáéíóúü]+")
_SILENT_U = re.compile(r"(?<=[qg])u(?=[eiéí])")
_STRONG = frozenset("aeoáéó")
_ACCENTED_WEAK = frozenset("íú")

GRADES = (
    (90.0, N_("grade 4")),
    (80.0, N_("grade 5")),
    (70.0, N_("grade 6")),
    (60.0, N_("grades 7 to 8")),
    (50.0, N_("grades 9 to 12")),
    (30.0, N_("university")),
    (float("-inf"), N_("graduate")),
)
"""The lowest score of each band of Fernández-Huerta's table, and the schooling it suits."""


def spanish_syllables(word: str) -> int:
    """An estimate of the syllables in one Spanish word (at least one)."""
    word = _SILENT_U.sub("", word.lower())
    count = 0
    for group in _VOWELS.findall(word):
        count += 1
        for one, other in pairwise(group):
            if _hiatus(one, other):
                count += 1
    return max(1, count)


def _hiatus(one: str, other: str) -> bool:
    """Whether two vowels side by side fall in two syllables."""
    if one in _STRONG and other in _STRONG:
        return True
    return (one in _ACCENTED_WEAK and other in _STRONG) or (
        one in _STRONG and other in _ACCENTED_WEAK
    )


def fernandez_huerta(texts: list[str]) -> float:
    """The Fernández-Huerta score of the texts, each counted as at least one sentence."""
    words = [w for text in texts for w in _WORD.findall(text)]
    if not words:
        return 100.0
    sentences = sum(max(1, len(_SENTENCE_END.findall(text.strip()))) for text in texts)
    syllables = sum(spanish_syllables(w) for w in words)
    return 206.84 - 60 * syllables / len(words) - 1.02 * len(words) / sentences


def grade_words(score: float) -> str:
    """The schooling Fernández-Huerta's table says a score suits ("grades 7 to 8")."""
    return _(next(words for lowest, words in GRADES if score >= lowest))
