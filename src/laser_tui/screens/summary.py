"""The one-screen summary to take to the consultation, with a key to export it as Markdown."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

from rich.markdown import Markdown
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from laser_tui.files import summary_export
from laser_tui.files.priorities_file import display_path
from laser_tui.model.knowledge import knowledge_count
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

    TITLE_TEXT = "My summary"

    BINDINGS = [
        Binding(
            "e",
            "export",
            "Export",
            tooltip="Save this summary as a Markdown file beside your priorities file",
            id="export",
        ),
        Binding(
            "r",
            "app.open('readiness')",
            "Readiness",
            tooltip="Am I ready? The four questions",
            id="open-readiness",
        ),
    ]

    def summary(self) -> Summary:
        """The summary of the person's priorities and this session's knowledge check."""
        app = self.laser_app
        count = knowledge_count(list(self.content.knowledge_check or []), app.knowledge_answers)
        return build_summary(self.content, app.priorities, summary_export.today(), count)

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
            return self.laser_app.SAVES_BY_DOWNLOAD or self.export_path() is not None
        return True

    def action_export(self) -> None:
        """Write the summary as Markdown and say where it went (a download in a browser)."""
        summary = self.summary()
        if self.laser_app.SAVES_BY_DOWNLOAD:
            name = DOWNLOAD_NAME
            text = StringIO(render_markdown(summary))
            self.app.deliver_text(text, save_filename=name, mime_type="text/markdown")
            self.notify(
                safe_text(f"Your summary is downloading: your browser saves it as {name}"),
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
        self.notify(safe_text(f"Summary saved to {display_path(path)}"), markup=False)
