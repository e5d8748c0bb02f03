"""The summary as a tagged, accessible PDF (PDF/UA-1), made offline with typst (the pdf extra).

typst tags the PDF (headings, paragraphs, tables with header cells, lists, figures with their
text alternatives), sets its title and language, and, asked for PDF/UA-1, refuses to write a
PDF that lacks any of them. Only typst's own fonts are used, so every machine lays it out alike.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from typing import Any

from laser_tui.language.catalogue import N_, _
from laser_tui.model.problems import InputProblem

TEMPLATE = "summary.typ"
NEEDS_EXTRA = N_(
    "a PDF needs the optional pdf extra: pip install 'laser-tui[pdf]' "
    "(in a clone of laser-tui: .venv/bin/pip install -r requirements-pdf.lock)"
)
"""The one line said when typst is not installed."""


def render_pdf(document: dict[str, Any], made: dt.datetime | None = None) -> bytes:
    """The PDF of ``document`` (from ``document.pdf_document``); InputProblem without typst."""
    try:
        import typst
    except ImportError:
        raise InputProblem([_(NEEDS_EXTRA)]) from None
    template = resources.files(__package__).joinpath(TEMPLATE).read_bytes()
    return typst.compile(
        template,
        sys_inputs={"document": json.dumps(document)},
        ignore_system_fonts=True,
        pdf_standards=["ua-1"],
        timestamp=(made or dt.datetime.now(dt.UTC)).replace(microsecond=0),
    )
