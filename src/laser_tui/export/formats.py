"""The summary's export formats, the one place that turns a person's answers into file bytes.

The command line, the summary screen and the browser's downloads all use ``export_bytes``, so a
file made from a hand-over at the desk and one downloaded from a tablet are made the same way.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from laser_tui.language.catalogue import N_
from laser_tui.model.content import Content
from laser_tui.model.knowledge import KnowledgeCount
from laser_tui.model.priorities import Priorities
from laser_tui.model.summary import Summary


@dataclass(frozen=True)
class ExportFormat:
    """One way to export: its words, the file's suffix, its media type and download name."""

    key: str
    words: str
    """Its name for a person (translate with ``_`` where shown)."""
    suffix: str
    mime: str

    @property
    def download_name(self) -> str:
        """The file name a browser's download suggests."""
        return "laser-tui" + self.suffix


EXPORTS = {
    "markdown": ExportFormat("markdown", "Markdown", "-summary.md", "text/markdown"),
    "pdf": ExportFormat("pdf", "PDF", "-summary.pdf", "application/pdf"),
    "fhir": ExportFormat("fhir", N_("FHIR record"), "-summary.fhir.json", "application/fhir+json"),
}
"""What the summary screen offers (the command line also has text and fhir-questionnaire)."""


@dataclass(frozen=True)
class Answers:
    """Everything an export says: the content, the person's answers and the summary of them."""

    content: Content
    priorities: Priorities
    summary: Summary
    knowledge: KnowledgeCount | None = None
    code: str | None = None
    """The hand-over code, for a hand-over."""
    handed_over: str = ""
    """The hand-over's line (its code and time), printed on every page of its PDF."""
    authored: dt.datetime | None = None
    """When the answers were saved or handed over."""


def default_paper(environ: dict[str, str] | None = None) -> str:
    """US Letter where the locale is the United States' or Canada's, A4 elsewhere."""
    env = os.environ if environ is None else environ
    locale = next((env[k] for k in ("LC_ALL", "LC_PAPER", "LANG") if env.get(k)), "")
    region = locale.split(".")[0].rpartition("_")[2]
    return "letter" if region in ("US", "CA") else "a4"


def export_bytes(kind: str, answers: Answers, paper: str | None = None) -> bytes:
    """The file of format ``kind`` (a key of EXPORTS, or fhir-questionnaire); InputProblem when
    an optional extra it needs is missing."""
    if kind == "markdown":
        from laser_tui.model.summary_markdown import render_markdown

        return render_markdown(answers.summary).encode("utf-8")
    if kind == "pdf":
        from laser_tui.export.document import pdf_document
        from laser_tui.export.pdf import render_pdf

        document = pdf_document(
            answers.summary, answers.content, paper or default_paper(), answers.handed_over
        )
        return render_pdf(document)
    from laser_tui.export.fhir import as_json, questionnaire, questionnaire_response
    from laser_tui.export.fhir_check import checked

    if kind == "fhir-questionnaire":
        return as_json(checked(questionnaire(answers.content))).encode("utf-8")
    if kind != "fhir":
        raise ValueError(kind)
    response = questionnaire_response(
        answers.content,
        answers.priorities,
        code=answers.code,
        authored=answers.authored,
        knowledge=answers.knowledge,
    )
    return as_json(checked(response)).encode("utf-8")
