"""`laser-tui check-content PATH`: errors (exit 2), then warnings and facts for the editor.

Only real errors change the exit status; missing optional parts are warnings, and the words,
reading grades, unpaired outcomes and the lean at equal importance are information.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from laser_tui.language.catalogue import ENGLISH, _, current
from laser_tui.model.content import Content
from laser_tui.model.content_places import ContentPlaces, LineOf
from laser_tui.model.content_report import (
    equal_importance_lean,
    grade_per_treatment,
    missing_parts,
    unpaired_outcomes,
    words_per_treatment,
)
from laser_tui.model.reading_level import reading_level_line
from laser_tui.model.safe_text import safe_text


def report_lines(
    path: Path, content: Content, today: dt.date, line_of: LineOf | None = None
) -> list[str]:
    """The lines that follow "ok": warnings first (naming the line, if ``line_of`` knows it),
    then information."""
    where = ContentPlaces(content.model_dump(), line_of)
    lines = [
        _("warning: {path}: {problem}", path=path, problem=line)
        for line in missing_parts(content, where)
    ]
    if today > content.next_review:
        lines.append(
            _(
                "warning: {path}: next_review: the content was due for review on {date} and has "
                "not been reviewed since; the app now tells every reader so. Review it, then "
                "change reviewed, next_review and version",
                path=path,
                date=content.next_review.isoformat(),
            )
        )
    names = {t.id: t.short_name for t in content.treatments}
    words = words_per_treatment(content)
    grades = grade_per_treatment(content)
    lines.append(
        _(
            "info: words per treatment: {counts}",
            counts=", ".join(f"{names[t]} {n}" for t, n in words.items()),
        )
    )
    if content.language == "en" or content.language.startswith("en-"):
        lines.append(
            _(
                "info: reading grade per treatment (Flesch-Kincaid estimate): {grades}",
                grades=", ".join(f"{names[t]} {_one_place(g)}" for t, g in grades.items()),
            )
        )
    else:
        lines.append(_("info: {line}", line=reading_level_line(content)))
    lines += [_("info: outcome {line}", line=line) for line in unpaired_outcomes(content)]
    for lean in equal_importance_lean(content):
        scores = ", ".join(f"{names[t]} {s:.0f}" for t, s in lean.scores.items())
        if lean.leader is None:
            line = _(
                "info: every difference at importance {weight}: {scores}: too close to call",
                weight=lean.weight,
                scores=scores,
            )
        else:
            line = _(
                "info: every difference at importance {weight}: {scores}: leans to {name}: check "
                "the set of differences",
                weight=lean.weight,
                scores=scores,
                name=names[lean.leader],
            )
        lines.append(line)
    return lines


def _one_place(value: float) -> str:
    """A number with one decimal place: ``8.0``; ``8,0``."""
    if current() == ENGLISH:
        return f"{value:.1f}"
    from babel.numbers import format_decimal

    return str(format_decimal(value, format="0.0", locale=current()))


def check_content(path: Path, base: Path | None = None) -> int:
    """Load and check a content file, print what it holds and what it lacks; 0 when valid.
    A translated file (one with ``base``, or ``--base``) is compared with its base, which
    it may differ from only in text. A file that is not valid gets every problem, one line
    each, on standard error (2)."""
    from laser_tui.clock import today
    from laser_tui.files.toml_io import load_content, read_limited
    from laser_tui.files.written_values import WrittenValues
    from laser_tui.model.problems import InputProblem

    try:
        content = load_content(path)
        base_path = base or (path.parent / content.base if content.base else None)
        problems = translation_problems(path, base_path) if base_path else []
    except InputProblem as problem:
        for line in problem.every_line:
            print(line, file=sys.stderr)
        return 2
    for line in problems:
        print(safe_text(line, one_line=True), file=sys.stderr)
    if problems:
        return 2
    print(
        safe_text(
            _("ok: {path}: {counts}", path=path, counts=content.summary_counts()), one_line=True
        )
    )
    if base_path:
        print(
            safe_text(
                _(
                    "ok: {path}: differs from its base {base} only in text",
                    path=path,
                    base=base_path,
                )
            )
        )
    written = WrittenValues(read_limited(path, str(path)))
    for line in report_lines(path, content, today(), written.line):
        print(safe_text(line, one_line=True))
    return 0


def translation_problems(path: Path, base: Path) -> list[str]:
    """One line for each difference other than text between a translation and its base (a
    base that cannot be read or is not valid is an ``InputProblem``)."""
    from laser_tui.files.toml_io import load_content, read_document
    from laser_tui.model.content_compare import difference_line, differences
    from laser_tui.model.problems import InputProblem

    try:
        load_content(base)
    except InputProblem as problem:
        raise InputProblem(
            [
                _("{path}: its base file: {line}", path=path, line=line)
                for line in problem.every_line
            ]
        ) from None
    base_data, _written = read_document(base)
    data, written = read_document(path)
    where = ContentPlaces(data, written.line)
    return [difference_line(d, str(path), str(base), where) for d in differences(base_data, data)]
