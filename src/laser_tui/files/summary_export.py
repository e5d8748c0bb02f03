"""Writing the summary to a Markdown file beside the priorities file, atomically."""

from __future__ import annotations

from pathlib import Path

from laser_tui.files.toml_io import atomic_write, why_not
from laser_tui.language.catalogue import _
from laser_tui.model.problems import InputProblem
from laser_tui.model.summary import Summary
from laser_tui.model.summary_markdown import render_markdown

SUFFIX = "-summary.md"


def summary_path_for(priorities_path: Path, suffix: str = SUFFIX) -> Path:
    """Where the summary of a priorities file goes: beside it, e.g. priorities-summary.md."""
    return priorities_path.with_name(priorities_path.stem + suffix)


def export_summary(path: Path, summary: Summary) -> None:
    """Write ``summary`` as Markdown to ``path`` (0600), or raise InputProblem with one line."""
    write_export(path, render_markdown(summary).encode("utf-8"))


def write_export(path: Path, data: bytes) -> None:
    """Write an export's bytes to ``path`` (0600), or raise InputProblem with one line."""
    try:
        atomic_write(path, data)
    except OSError as error:
        reason = why_not(error)
        raise InputProblem(
            [
                _(
                    "{path}: the summary could not be saved ({reason}); check the folder and try "
                    "again",
                    path=path,
                    reason=reason,
                )
            ]
        ) from None
