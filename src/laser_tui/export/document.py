"""The summary as a list of blocks (headings, paragraphs, tables, lists, pictures of 100). Pure.

The PDF template lays these blocks out in order, so the PDF says what the Markdown summary says,
in the same order, with one more part: the chances, each with its picture of 100. Everything is
plain data (text, numbers, lists), handed to the template as JSON: text is never read as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from laser_tui.language.catalogue import N_, _, current, ngettext
from laser_tui.model.chances import chance_words, picture, rounding_words, study_words
from laser_tui.model.content import Content, Figure
from laser_tui.model.readiness import ALL_YES
from laser_tui.model.skin import (
    NOT_PERSONAL,
    NOT_SURE_LINE,
    SKIN_FIRST,
    SkinAnswer,
    similar_line,
)
from laser_tui.model.summary import NO_QUESTIONS, NOT_ADVICE, Summary, section_heading

Block = dict[str, Any]
PAPERS = {"a4": "a4", "letter": "us-letter"}
"""Paper names on the command line, and typst's names for them."""
CHANCES_HEADING = N_("Chances, out of 100")
CHANCES_INTRO = N_(
    "What was seen in studies, for each treatment: not a personal chance. Each picture has 100 "
    "circles: a filled circle is one in 100 for whom it happened, a circle with a dot one for "
    "whom it may have happened (part of a range), and an empty circle one for whom it did not."
)


def heading(text: str, level: int = 2) -> Block:
    """A heading of level 1 (the title) to 3."""
    return {"kind": "heading", "level": level, "text": text}


def paragraph(text: str, strong: bool = False) -> Block:
    """A paragraph of plain text."""
    return {"kind": "para", "text": text, "strong": strong}


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> Block:
    """A table with a header row."""
    return {"kind": "table", "headers": list(headers), "rows": [list(row) for row in rows]}


def items(texts: Sequence[str], numbered: bool = False) -> Block:
    """A bulleted or numbered list."""
    return {"kind": "list", "items": list(texts), "numbered": numbered}


def _scores(summary: Summary) -> list[Block]:
    rows = [(row.name, row.score_words) for row in summary.scores]
    blocks = [table((_("Treatment"), _("Score")), rows), paragraph(summary.leaning)]
    for text in (summary.verdict, summary.not_too_close, *summary.reasons, summary.flip):
        if text:
            blocks.append(paragraph(text))
    return blocks


def _readiness(summary: Summary) -> list[Block]:
    rows = [(answer.question, answer.words) for answer in summary.readiness]
    blocks = [table((_("Question"), _("My answer")), rows)]
    note = summary.readiness_note
    if note is None:
        blocks.append(paragraph(_(ALL_YES)))
    else:
        blocks += [paragraph(note.message), items(note.points)]
    return [*blocks, paragraph(summary.knowledge)] if summary.knowledge else blocks


def picture_alt(label: str, name: str, figure: Figure) -> str:
    """The picture's text alternative: what it shows, with its counts, in words."""
    drawn = picture(figure)
    if drawn is None:
        return ""
    said = [
        ngettext(
            "{count} filled circle: it happened",
            "{count} filled circles: it happened",
            drawn.filled,
        )
    ]
    if drawn.uncertain:
        said.append(
            ngettext(
                "{count} circle with a dot: may have happened (a range)",
                "{count} circles with a dot: may have happened (a range)",
                drawn.uncertain,
            )
        )
    said.append(
        ngettext(
            "{count} empty circle: it did not happen",
            "{count} empty circles: it did not happen",
            drawn.empty,
        )
    )
    if figure.counted == "people":
        return _(
            "Picture of 100 people for {outcome}, {treatment}: {counts}.",
            outcome=label,
            treatment=name,
            counts="; ".join(said),
        )
    return _(
        "Picture of 100 treatments for {outcome}, {treatment}: {counts}.",
        outcome=label,
        treatment=name,
        counts="; ".join(said),
    )


def _figure(content: Content, label: str, name: str, figure: Figure | None) -> Block:
    """One treatment's chance: its words, and its picture of 100 when the figure is known."""
    drawn = picture(figure) if figure is not None else None
    if figure is None or drawn is None:
        note = figure.note if figure is not None and figure.note else ""
        text = " ".join(filter(None, [_("{treatment}: not known.", treatment=name), note]))
        return {"name": name, "text": text}
    words = [f"{name}: {chance_words(figure)}.", study_words(figure)]
    words += [figure.note or "", rounding_words(figure) or ""]
    cited = sorted(set(figure.sources), key=content.source_number)
    numbers = ", ".join(str(content.source_number(s)) for s in cited)
    words.append(_("Sources: {numbers}.", numbers=numbers))
    return {
        "name": name,
        "filled": drawn.filled,
        "uncertain": drawn.uncertain,
        "alt": picture_alt(label, name, figure),
        "text": " ".join(word for word in words if word),
    }


def _chances(content: Content, skin: SkinAnswer) -> list[Block]:
    """Per outcome, each treatment side by side on the same scale, out of 100; with a
    burn-and-tan answer, the study group of similar skin first."""
    blocks = [heading(_(CHANCES_HEADING)), paragraph(_(CHANCES_INTRO))]
    if skin.given:
        said = [_(NOT_SURE_LINE)] if skin.not_sure else [_(SKIN_FIRST), _(NOT_PERSONAL)]
        blocks.append(paragraph(" ".join(said)))
    for outcome in content.outcomes:
        figures = [(t, outcome.figures.get(t.id)) for t in content.treatments]
        cells = [_figure(content, outcome.label, t.short_name, figure) for t, figure in figures]
        blocks.append(heading(outcome.label, level=3))
        if skin.group is not None:
            blocks.append(items([f"{t.short_name}: {similar_line(f, skin)}" for t, f in figures]))
        blocks.append({"kind": "pictures", "cells": cells})
    return blocks if content.outcomes else []


def _sources(summary: Summary) -> list[str]:
    return [
        f"{source.title}. {source.publisher}." + (f" {source.url}" if source.url else "")
        for source in summary.sources
    ]


def summary_blocks(summary: Summary, content: Content, handed_over: str = "") -> list[Block]:
    """Every block of the summary, in reading order (``handed_over``: the hand-over's line)."""
    blocks = [heading(summary.heading, level=1)]
    if handed_over:
        blocks.append(paragraph(handed_over, strong=True))
    blocks += [paragraph(summary.dated), {"kind": "quote", "text": summary.disclaimer}]
    priorities = [(row.label, row.counts_words, row.importance_words) for row in summary.priorities]
    blocks += [
        heading(section_heading("priorities")),
        table((_("Difference"), _("Counts for me"), _("How much")), priorities),
        heading(section_heading("scores")),
        *_scores(summary),
        *_chances(content, summary.skin_answer),
        heading(section_heading("readiness")),
        *_readiness(summary),
        *(
            [heading(section_heading("recovery")), items(summary.recovery)]
            if summary.recovery
            else []
        ),
        heading(section_heading("costs")),
        items(summary.costs),
        *([heading(section_heading("discuss")), items(summary.discuss)] if summary.discuss else []),
        heading(section_heading("questions")),
        items(summary.questions, numbered=True)
        if summary.questions
        else paragraph(_(NO_QUESTIONS)),
        heading(section_heading("sources")),
        items(_sources(summary), numbered=True),
        *(paragraph(line) for line in summary.no_hurry),
        paragraph(summary.clinician_prompt, strong=True),
        paragraph(_(NOT_ADVICE)),
    ]
    return blocks


def pdf_document(
    summary: Summary, content: Content, paper: str = "a4", handed_over: str = ""
) -> dict[str, Any]:
    """What the PDF template needs: title, language, paper, the running line and the blocks."""
    return {
        "title": summary.heading,
        "lang": current().partition("-")[0],
        "paper": PAPERS[paper],
        "running": handed_over,
        # TRANSLATORS: the PDF's page header; keep {page} and {pages} as they are.
        "page": _("Page {page} of {pages}", page="{page}", pages="{pages}"),
        "footer": _(NOT_ADVICE),
        "blocks": summary_blocks(summary, content, handed_over),
    }
