"""The one-screen summary to take to the consultation, with a key to export it as Markdown."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from io import StringIO
from pathlib import Path

from rich.markdown import Markdown
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from laser_tui.clock import today
from laser_tui.files import summary_export
from laser_tui.files.priorities_file import display_path
from laser_tui.language.catalogue import N_, _
from laser_tui.model.knowledge import KnowledgeCount, knowledge_count
from laser_tui.model.problems import InputProblem
from laser_tui.model.safe_text import safe_text
from laser_tui.model.summary import Summary, build_summary
from laser_tui.model.summary_markdown import render_markdown
from laser_tui.screens.base import LaserScreen

DOWNLOAD_NAME = "laser-tui-summary.md"
"""The file name the summary's download suggests in a browser session."""


class SummaryText(Static):
    """Markdown shown as one rich renderable: one widget, so it opens fast at any length.

    Textual's ``Markdown`` widget makes a widget per block and table cell (hundreds here), and
    styling them is most of the time to open the screen. Control characters in the source are
    shown as placeholders; rich's Markdown never reads console markup, so data stays text.
    """

    def __init__(self, source: str, shown: str | None = None, *, id: str | None = None) -> None:
        self.source = source
        """The Markdown of the summary (the same text the export writes)."""
        super().__init__(Markdown(safe_text(shown or source), hyperlinks=False), id=id)


class SummaryScreen(LaserScreen):
    """The summary as formatted text, scrollable; e exports it beside the priorities file."""

    AUTO_FOCUS = "#summary-body"
    """Focused when the screen shows (no on_mount query that fails if it closed early)."""

    SUB_TITLE = N_("My summary")

    BINDINGS = [
        Binding(
            "e",
            "export",
            N_("Export"),
            tooltip=N_("Save this summary as a Markdown file beside your priorities file"),
            id="export",
        ),
        Binding(
            "p",
            "export('pdf')",
            N_("PDF"),
            tooltip=N_("Save this summary as an accessible PDF beside your priorities file"),
            id="export-pdf",
        ),
        Binding(
            "f",
            "export('fhir')",
            N_("FHIR"),
            tooltip=N_("Save your answers as a FHIR record (QuestionnaireResponse) for the clinic"),
            id="export-fhir",
            show=False,  # for clinics, listed in help (F1): the footer fits 80 columns
        ),
        Binding(
            "r",
            "app.open('readiness')",
            N_("Readiness"),
            tooltip=N_("Am I ready? The four questions"),
            id="open-readiness",
        ),
    ]

    def knowledge(self) -> KnowledgeCount:
        """This session's count of the knowledge check."""
        questions = list(self.content.knowledge_check or [])
        return knowledge_count(questions, self.laser_app.session.knowledge_answers)

    def summary(self) -> Summary:
        """The summary of the person's priorities and this session's knowledge check."""
        app = self.laser_app
        day = today()
        return build_summary(self.content, app.priorities, day, self.knowledge(), today=day)

    def compose_body(self) -> ComposeResult:
        """The summary, rendered from the same Markdown that is exported."""
        summary = self.summary()
        with VerticalScroll(id="summary-body", can_focus=True):
            # Addresses as text: a link would be shown twice ("address (address)").
            shown = render_markdown(summary, links=False)
            yield SummaryText(render_markdown(summary), shown, id="summary-text")

    def export_path(self) -> Path | None:
        """Where the export goes, or None when there is no priorities file to put it beside."""
        return self.laser_app.summary_export_path()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer the export only when there is somewhere to put it."""
        if action == "export":
            return self.laser_app.downloads or self.export_path() is not None
        return True

    def action_export(self, kind: str = "markdown") -> None:
        """Write the summary as Markdown and say where it went (a download in a browser); a PDF
        or FHIR record is made in a thread."""
        summary = self.summary()
        if kind != "markdown":
            self._export_in_thread(kind, summary)
            return
        if self.laser_app.downloads:
            name = DOWNLOAD_NAME
            text = StringIO(render_markdown(summary))
            self.app.deliver_text(text, save_filename=name, mime_type="text/markdown")
            self.notify(
                safe_text(
                    _("Your summary is downloading: your browser saves it as {name}", name=name)
                ),
                markup=False,
            )
            return
        path = self.export_path()
        if path is None:
            return
        try:
            summary_export.export_summary(path, summary)
        except InputProblem as problem:
            self.notify(" ".join(problem.lines), severity="error", timeout=20, markup=False)
            return
        said = _("Summary saved to {path}", path=display_path(path))
        self.notify(safe_text(said), markup=False)

    def _export_in_thread(self, kind: str, summary: Summary) -> None:
        from laser_tui.export.formats import Answers
        from laser_tui.screens.summary_files import export_in_thread

        app = self.laser_app
        handed_over = getattr(app, "handed_over", None)
        if not app.downloads and self.export_path() is None:
            return
        beside = None if app.downloads else app.keeper.path
        answers = Answers(self.content, app.priorities, summary, self.knowledge())
        if handed_over is not None:
            from laser_tui.kiosk.handover import handover_line

            answers = replace(
                answers,
                code=handed_over.path.stem,
                handed_over=handover_line(handed_over),
                authored=handed_over.saved_at,
            )
        work = partial(export_in_thread, app, kind, answers, beside)
        self.run_worker(work, thread=True, group="export", description=f"export {kind}")
