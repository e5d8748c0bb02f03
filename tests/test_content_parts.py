"""The optional content parts: chances, how sure, basis, retired ids, and check-content's report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from laser_tui.cli.check_content import report_lines
from laser_tui.files.priorities_file import load_priorities, read_priorities
from laser_tui.files.toml_io import load_content
from laser_tui.model.content import Content, Figure
from laser_tui.model.content_report import reading_grade, syllables
from support.content_files import small_content, write_toml

KNOWN = {"group": "people in one study", "size": 30, "follow_up": "6 months"}
KNOWN |= {"certainty": "small_studies", "sources": ["leaflet"]}


def test_a_figure_is_a_number_a_range_or_not_known() -> None:
    assert Figure.model_validate({"per_100": 37, **KNOWN}).per_100 == 37
    assert Figure.model_validate({"low": 10, "high": 15, **KNOWN}).high == 15
    assert not Figure.model_validate({"known": False}).known


@pytest.mark.parametrize(
    "figure",
    [
        {"per_100": 101, **KNOWN},
        {"per_100": 5, "low": 1, "high": 9, **KNOWN},
        {"low": 15, "high": 10, **KNOWN},
        {"low": 15, **KNOWN},
        {"per_100": 5},
        {"known": False, "per_100": 5},
        {**KNOWN},
    ],
)
def test_a_figure_that_is_not_one_of_them_is_refused(figure: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        Figure.model_validate(figure)


def with_new_parts() -> dict[str, Any]:
    """The small clinic file with chances, certainty and a retired criterion."""
    data = small_content()
    data["certainty"] = {"small_studies": "One small study."}
    data["outcomes"] = [
        {
            "id": "redness",
            "label": "Redness",
            "figures": {"alpha": {"per_100": 5, **KNOWN}, "beta": {"known": False}},
        }
    ]
    data["retired_criteria"] = [{"id": "fast", "became": ["quick"], "note": "merged"}]
    data["reviewed"], data["next_review"] = dt.date(2026, 1, 1), dt.date(2027, 1, 1)
    return data


def test_an_older_file_loads_and_check_content_warns_without_failing(tmp_path: Path) -> None:
    path = write_toml(tmp_path / "clinic.toml", small_content())
    lines = report_lines(path, load_content(path), dt.date(2026, 12, 7))
    warnings = [line for line in lines if line.startswith("warning:")]
    assert any("no [[outcomes]]" in line for line in warnings)
    assert any("no [about] table" in line for line in warnings)
    assert any("without a stated basis" in line for line in warnings)
    assert any(line.startswith("info: words per treatment: Alpha") for line in lines)


def test_check_content_names_unpaired_outcomes_and_the_lean(tmp_path: Path) -> None:
    path = write_toml(tmp_path / "clinic.toml", with_new_parts())
    lines = report_lines(path, load_content(path), dt.date(2026, 12, 7))
    assert "info: outcome redness: a figure for Alpha, none for Beta, Gamma" in lines
    assert any("importance 3" in line and "leans to Beta" in line for line in lines)


@pytest.mark.parametrize(
    ("where", "value", "says"),
    [
        (("outcomes", 0, "figures", "alpha", "certainty"), "review", "not explained"),
        (("outcomes", 0, "figures", "alpha", "sources"), ["nowhere"], "not the id of any"),
        (("outcomes", 0, "figures"), {"delta": {"known": False}}, "not a treatment id"),
        (("retired_criteria", 0, "became"), ["gone"], "not a criterion id"),
        (("retired_criteria", 0, "id"), "quick", "still a criterion"),
    ],
)
def test_new_parts_are_cross_checked(
    tmp_path: Path, where: tuple[Any, ...], value: Any, says: str
) -> None:
    data = with_new_parts()
    table: Any = data
    for key in where[:-1]:
        table = table[key]
    table[where[-1]] = value
    with pytest.raises(ValidationError, match=says):
        Content.model_validate(data)


def test_a_saved_retired_id_still_loads_and_says_what_happened(tmp_path: Path) -> None:
    content = Content.model_validate(with_new_parts())
    data = {"format": 1, "priorities": {"fast": {"matters": True, "weight": 5}}}
    loaded = read_priorities(data, content, tmp_path / "p.toml")
    assert loaded.problems == ()
    assert loaded.priorities.get("quick").weight == 5
    assert loaded.priorities.get("quick").counts
    assert [n for n in loaded.notes if "priorities.fast" in n] == [
        f"{tmp_path / 'p.toml'}: priorities.fast: merged; your answer for it now counts for "
        '"A quick treatment"'
    ]


def test_syllables_and_grade_are_simple_estimates() -> None:
    assert [syllables(w) for w in ("skin", "laser", "treatment", "recovery", "the")] == [
        1,
        2,
        2,
        4,
        1,
    ]
    assert reading_grade(["The cat sat on the mat."]) < 1
    assert reading_grade(["Ablative resurfacing necessitates considerable convalescence."]) > 12


def test_a_file_saved_with_the_seven_old_differences_loads_into_the_new_ones() -> None:
    path = Path(__file__).parent / "data" / "priorities-2026-11.toml"
    loaded = load_priorities(path, load_content())
    weights = {c: (p.counts, p.weight) for c, p in loaded.priorities.criteria.items()}
    assert weights == {
        "dramatic_change": (True, 5),
        "short_recovery": (True, 2),
        "gentle_procedure": (True, 1),
        "low_risk": (True, 1),
        "one_treatment": (False, 3),
        "evidence": (False, 3),
    }
    assert loaded.priorities.concerns == ("lines_scars", "colour_spots")
    assert loaded.problems == ()
    retired = [note for note in loaded.notes if "was joined" in note]
    assert len(retired) == 3
    now_concerns = [note for note in loaded.notes if "what bothers you, not weighed" in note]
    assert len(now_concerns) == 1
    assert all(note.count("\n") == 0 for note in loaded.notes)
    assert loaded.priorities.readiness.understand is True
