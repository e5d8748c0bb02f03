"""The content file: the shipped one, strict validation, and a clinic's own file in the app."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from laser_tui.app import LaserApp
from laser_tui.files.locations import shipped_content_path
from laser_tui.files.toml_io import load_content
from laser_tui.model.content import Content
from laser_tui.model.problems import InputProblem
from laser_tui.screens.compare import CompareScreen
from laser_tui.screens.decision import DecisionScreen
from laser_tui.screens.treatment import TreatmentScreen
from laser_tui.widgets.score_bar import ScoreBar
from laser_tui.widgets.weight_control import WeightControl
from support.content_files import small_content, write_toml

CRITERIA = [
    "dramatic_change",
    "short_recovery",
    "gentle_procedure",
    "low_risk",
    "one_treatment",
    "evidence",
]
FIX = "fix the content file and try again"


def shipped_data() -> dict[str, Any]:
    """The shipped content as plain TOML data, ready to be broken on purpose."""
    return tomllib.loads(shipped_content_path().read_text(encoding="utf-8"))


def problem_lines(path: Path) -> list[str]:
    """The lines a person sees when ``path`` cannot be loaded."""
    with pytest.raises(InputProblem) as caught:
        load_content(path)
    return caught.value.lines


def test_the_shipped_content_loads_with_the_fixed_ids(content: Content) -> None:
    assert [t.id for t in content.treatments] == ["tightening", "resurfacing"]
    assert [c.id for c in content.criteria] == CRITERIA
    assert {o.id for o in content.other_options} >= {"e_matrix", "facelift", "no_treatment"}
    assert content.questions and content.sources
    assert content.reviewed < content.next_review


def test_the_shipped_content_shows_benefits_and_harms_in_equal_detail(content: Content) -> None:
    sizes = {(t.id, title): len(facts) for t in content.treatments for title, facts in t.sections()}
    for treatment in content.treatments:
        assert len(treatment.benefits) == len(treatment.risks)
        for title, facts in treatment.sections():
            assert len(facts) == sizes[(content.treatments[0].id, title)], (treatment.id, title)


def test_every_criterion_fits_each_treatment_as_the_seed_says(content: Content) -> None:
    resurfacing_better = {"dramatic_change", "one_treatment", "evidence"}
    for criterion in content.criteria:
        better = max(criterion.fit, key=lambda t: criterion.fit[t])
        assert better == ("resurfacing" if criterion.id in resurfacing_better else "tightening")


Breaker = Callable[[dict[str, Any]], None]


def _unknown_key(data: dict[str, Any]) -> None:
    data["criteria"][0]["colour"] = "red"


def _missing_fit(data: dict[str, Any]) -> None:
    del data["criteria"][1]["fit"]["resurfacing"]


def _fit_too_high(data: dict[str, Any]) -> None:
    data["criteria"][2]["fit"]["tightening"] = 1.5


def _fit_below_zero(data: dict[str, Any]) -> None:
    data["criteria"][2]["fit"]["tightening"] = -0.1


def _fit_as_text(data: dict[str, Any]) -> None:
    data["criteria"][2]["fit"]["tightening"] = "0.5"


def _duplicate_id(data: dict[str, Any]) -> None:
    data["criteria"][3]["id"] = "dramatic_change"
    del data["seed_differences"], data["retired_criteria"]  # they name the renamed id


def _unknown_source(data: dict[str, Any]) -> None:
    data["treatments"][0]["risks"][1]["sources"] = ["nowhere"]


def _one_treatment(data: dict[str, Any]) -> None:
    del data["treatments"][1]
    for criterion in data["criteria"]:
        del criterion["fit"]["resurfacing"], criterion["detail"]["resurfacing"]
        del criterion["basis"]["resurfacing"]
    for outcome in data["outcomes"]:
        del outcome["figures"]["resurfacing"]
    data["recovery"] = [r for r in data["recovery"] if r["option"] != "resurfacing"]


@pytest.mark.parametrize(
    ("breaker", "field", "what"),
    [
        (_unknown_key, "criteria[1].colour", "is not a known field"),
        (_missing_fit, "criteria[2].fit", "has no fit for treatment 'resurfacing'"),
        (_fit_too_high, "criteria[3].fit.tightening", "less than or equal to 1 (found 1.5)"),
        (_fit_below_zero, "criteria[3].fit.tightening", "greater than or equal to 0"),
        (_fit_as_text, "criteria[3].fit.tightening", 'valid number (found "0.5")'),
        (_duplicate_id, "criteria[4].id", "'dramatic_change' is already the id of criteria[1]"),
        (_unknown_source, "treatments[1].risks[2].sources", "'nowhere' is not the id of any"),
        (_one_treatment, "treatments", "at least 2 items"),
    ],
)
def test_each_content_problem_is_one_clear_line(
    tmp_path: Path, breaker: Breaker, field: str, what: str
) -> None:
    data = shipped_data()
    breaker(data)
    path = write_toml(tmp_path / "clinic.toml", data)
    [line] = problem_lines(path)
    assert line.startswith(f"{path}: line {_line_of(path, field)}: {field}{_named(data, field)}: ")
    assert what in line
    assert line.endswith(FIX)


def _line_of(path: Path, field: str) -> int:
    """The line a problem with ``field`` should name, as tomli_w writes the file: its k-th
    ``[[list]]`` header for ``list[k]``, then the first header or key after it with the name."""
    lines = path.read_text(encoding="utf-8").splitlines()
    position, tables = 0, ""
    for name, index in re.findall(r"([a-z_]+)(?:\[(\d+)\])?", field):
        tables = f"{tables}.{name}".lstrip(".")
        if index:
            headers = [n for n in range(position, len(lines)) if lines[n] == f"[[{tables}]]"]
            position = headers[int(index) - 1]
        else:
            written = (f"[[{tables}]]", f"[{tables}]", f"{name} =")
            position = next(
                n for n in range(position, len(lines)) if lines[n].lstrip().startswith(written)
            )
    return position + 1


def _named(data: dict[str, Any], field: str) -> str:
    """How a problem names the treatment or criterion ``field`` is in, if it is in one."""
    match = re.match(r"(treatments|criteria)\[(\d+)\]", field)
    if match is None:
        return ""
    kind = {"treatments": "treatment", "criteria": "criterion"}[match[1]]
    return f' ({kind} "{data[match[1]][int(match[2]) - 1]["id"]}")'


def test_every_problem_is_listed_at_once_one_line_each(tmp_path: Path) -> None:
    data = shipped_data()
    _fit_too_high(data)
    _missing_fit(data)
    _duplicate_id(data)
    _unknown_source(data)
    lines = problem_lines(write_toml(tmp_path / "clinic.toml", data))
    assert [line.split(": ")[2].split(" (")[0] for line in lines] == [
        "criteria[3].fit.tightening",
        "criteria[4].id",
        "criteria[2].fit",
        "treatments[1].risks[2].sources",
    ]


def test_a_toml_syntax_error_names_its_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text('format = 1\ntitle = "no end\n', encoding="utf-8")
    [line] = problem_lines(path)
    assert line.startswith(f"{path}: line 2, column 16: ")
    assert "not valid TOML" in line and line.endswith(FIX)


def test_a_file_that_is_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_bytes(b'format = 1\ntitle = "caf\xe9"\n')
    assert problem_lines(path) == [
        f"{path}: line 2: byte 24 is not UTF-8 text; save the file as UTF-8"
    ]


@pytest.mark.parametrize("text", ["", "# only a comment\n"])
def test_an_empty_file_is_one_line(tmp_path: Path, text: str) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text(text, encoding="utf-8")
    [line] = problem_lines(path)
    assert line.startswith(f"{path}: is empty; ")


def test_a_missing_file_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.toml"
    assert problem_lines(path) == [f"{path}: no such file; check the path"]


def test_the_small_clinic_file_is_valid(tmp_path: Path) -> None:
    content = load_content(write_toml(tmp_path / "clinic.toml", small_content()))
    assert [t.id for t in content.treatments] == ["alpha", "beta", "gamma"]
    assert [c.id for c in content.criteria] == ["quick"]


async def test_three_treatments_and_one_criterion_work_in_the_app(tmp_path: Path) -> None:
    content = load_content(write_toml(tmp_path / "clinic.toml", small_content()))
    app = LaserApp(content)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        assert isinstance(app.screen, TreatmentScreen)
        assert app.screen.treatment.id == "gamma"
        await pilot.press("4")  # there is no fourth treatment: nothing happens
        assert isinstance(app.screen, TreatmentScreen)
        await pilot.press("c")
        assert isinstance(app.screen, CompareScreen)
        assert app.screen.query_one("#compare-grid").styles.grid_size_columns == 4
        await pilot.press("w")
        assert isinstance(app.screen, DecisionScreen)
        assert isinstance(app.focused, WeightControl)
        assert app.focused.criterion_id == "quick"
        await pilot.press("space", "right", "right")
        assert app.priorities.get("quick").weight == 5
        assert app.result.leader == "beta"
        assert app.result.scores == pytest.approx({"alpha": 20, "beta": 90, "gamma": 50})
        bars = {bar.id: bar.score for bar in app.screen.query(ScoreBar)}
        assert bars == pytest.approx({"score-alpha": 20, "score-beta": 90, "score-gamma": 50})
