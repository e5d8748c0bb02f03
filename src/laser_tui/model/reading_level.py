"""The reading level of the content, in words for About (IPDAS). Pure; no Textual."""

from __future__ import annotations

from laser_tui.model.content import Content
from laser_tui.model.content_report import grade_per_treatment


def reading_level_line(content: Content) -> str:
    """'Reading level (Flesch-Kincaid grade) of the text about each treatment: ... .'"""
    grades = grade_per_treatment(content)
    said = ", ".join(f"{t.short_name} {max(1, round(grades[t.id]))}" for t in content.treatments)
    return (
        f"Reading level of the text about each treatment (Flesch-Kincaid school grade; the aim "
        f"is 8 or below): {said}."
    )
