"""The summary screen's PDF and FHIR exports, made in a thread (a PDF takes a moment).

Beside the priorities file (``priorities-summary.pdf``, ``priorities-summary.fhir.json``), or in
a browser session as a download. The kiosk has neither: its summary screen offers no export.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from laser_tui.export.formats import EXPORTS, Answers, export_bytes
from laser_tui.files.priorities_file import display_path
from laser_tui.files.summary_export import summary_path_for, write_export
from laser_tui.language.catalogue import _
from laser_tui.model.problems import InputProblem
from laser_tui.model.safe_text import safe_text

if TYPE_CHECKING:
    from laser_tui.app import LaserApp


def export_in_thread(app: LaserApp, kind: str, answers: Answers, priorities: Path | None) -> None:
    """Make the ``kind`` export of ``answers``; save it beside ``priorities`` or download it.

    Runs in a worker thread: everything it tells the app goes through ``call_from_thread``.
    """
    export = EXPORTS[kind]
    try:
        data = export_bytes(kind, answers)
        if priorities is not None:
            path = summary_path_for(priorities, export.suffix)
            write_export(path, data)
    except InputProblem as problem:
        app.call_from_thread(
            app.notify, " ".join(problem.lines), severity="error", timeout=20, markup=False
        )
        return
    if priorities is None:
        name = export.download_name
        app.call_from_thread(
            app.deliver_binary, BytesIO(data), save_filename=name, mime_type=export.mime
        )
        said = _(
            "Your summary ({kind}) is downloading: your browser saves it as {name}",
            kind=_(export.words),
            name=name,
        )
    else:
        said = _("Summary saved as {kind} to {path}", kind=_(export.words), path=display_path(path))
    app.call_from_thread(app.notify, safe_text(said), markup=False)
