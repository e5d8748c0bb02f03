"""The reading level of the content, in words for About (IPDAS). Pure; no Textual.

English text gets the Flesch-Kincaid grade; Spanish text the Fernández-Huerta score; text in
any other language is not estimated (no formula is known to the app for it).
"""

from __future__ import annotations

from laser_tui.language.catalogue import _
from laser_tui.model.content import Content
from laser_tui.model.content_report import grade_per_treatment, treatment_texts
from laser_tui.model.spanish_reading import fernandez_huerta, grade_words


def spanish_scores(content: Content) -> dict[str, float]:
    """The Fernández-Huerta score of the text about each treatment."""
    return {t.id: fernandez_huerta(treatment_texts(content, t)) for t in content.treatments}


def reading_level_line(content: Content) -> str:
    """'Reading level ... of the text about each treatment: ... .', by the content's language."""
    if content.language == "es" or content.language.startswith("es-"):
        scores = spanish_scores(content)
        said = ", ".join(
            f"{t.short_name} {round(scores[t.id])} ({grade_words(scores[t.id])})"
            for t in content.treatments
        )
        return _(
            "Reading level of the Spanish text about each treatment (Fernández-Huerta score, "
            "0 very hard to 100 very easy; the aim is 60 or above, grades 7 to 8): {scores}.",
            scores=said,
        )
    if content.language != "en" and not content.language.startswith("en-"):
        return _(
            "The reading level of this content (language {language}) is not estimated: "
            "laser-tui has a formula only for English and Spanish.",
            language=repr(content.language),
        )
    grades = grade_per_treatment(content)
    said = ", ".join(f"{t.short_name} {max(1, round(grades[t.id]))}" for t in content.treatments)
    return _(
        "Reading level of the text about each treatment (Flesch-Kincaid school grade; the aim "
        "is 8 or below): {grades}.",
        grades=said,
    )
