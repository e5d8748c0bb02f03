"""`laser-tui check-content PATH`: errors (exit 2), then warnings and facts for the editor.

Only real errors change the exit status; missing optional parts are warnings, and the words,
reading grades, unpaired outcomes and the lean at equal importance are information.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from laser_tui.model.content import Content
from laser_tui.model.content_places import ContentPlaces, LineOf
from laser_tui.model.content_report import (
    equal_importance_lean,
    grade_per_treatment,
    missing_parts,
    unpaired_outcomes,
    words_per_treatment,
)
from laser_tui.model.safe_text import safe_text


def report_lines(
    path: Path, content: Content, today: dt.date, line_of: LineOf | None = None
) -> list[str]:
    """The lines that follow "ok": warnings first (naming the line, if ``line_of`` knows it),
    then information."""
    where = ContentPlaces(content.model_dump(), line_of)
    lines = [f"warning: {path}: {line}" for line in missing_parts(content, where)]
    if today > content.next_review:
        lines.append(
            f"warning: {path}: next_review: the content was due for review on "
            f"{content.next_review.isoformat()} and has not been reviewed since; the app now tells "
            "every reader so. Review it, then change reviewed, next_review and version"
        )
    names = {t.id: t.short_name for t in content.treatments}
    words = words_per_treatment(content)
    grades = grade_per_treatment(content)
    lines.append(
        "info: words per treatment: " + ", ".join(f"{names[t]} {n}" for t, n in words.items())
    )
    lines.append(
        "info: reading grade per treatment (Flesch-Kincaid estimate): "
        + ", ".join(f"{names[t]} {g:.1f}" for t, g in grades.items())
    )
    lines += [f"info: outcome {line}" for line in unpaired_outcomes(content)]
    for lean in equal_importance_lean(content):
        scores = ", ".join(f"{names[t]} {s:.0f}" for t, s in lean.scores.items())
        verdict = (
            "too close to call"
            if lean.leader is None
            else f"leans to {names[lean.leader]}: check the set of differences"
        )
        lines.append(f"info: every difference at importance {lean.weight}: {scores}: {verdict}")
    return lines


def check_content(path: Path) -> int:
    """Load and check a content file, print what it holds and what it lacks; 0 when valid.
    A file that is not valid gets every problem, one line each, on standard error (2)."""
    from laser_tui.clock import today
    from laser_tui.files.toml_io import load_content, read_limited
    from laser_tui.files.written_values import WrittenValues
    from laser_tui.model.problems import InputProblem

    try:
        content = load_content(path)
    except InputProblem as problem:
        for line in problem.every_line:
            print(line, file=sys.stderr)
        return 2
    print(safe_text(f"ok: {path}: {content.summary_counts()}", one_line=True))
    written = WrittenValues(read_limited(path, str(path)))
    for line in report_lines(path, content, today(), written.line):
        print(safe_text(line, one_line=True))
    return 0
