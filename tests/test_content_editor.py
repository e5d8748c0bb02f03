"""What `laser-tui check-content` promises a clinic's content editor: every problem, with its
line and the id of the treatment or criterion it is in, a hint for a common slip, which fact
lacks a certainty, and a warning when one treatment has far fewer words than another."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import given
from hypothesis import strategies as st

from laser_tui.cli.check_content import report_lines
from laser_tui.files.locations import shipped_content_path
from laser_tui.files.toml_io import load_content
from laser_tui.files.toml_places import KeyLines
from laser_tui.model.problems import MAX_LINES, InputProblem

LASER_TUI = Path(sys.executable).with_name("laser-tui")
TODAY = dt.date(2026, 12, 7)
"""Before the shipped content's next review: no overdue warning among the lines."""


def check(path: Path) -> subprocess.CompletedProcess[str]:
    """Run `laser-tui check-content` on ``path`` as an editor does."""
    return subprocess.run(
        [str(LASER_TUI), "check-content", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def shipped() -> dict[str, Any]:
    """The shipped content as data, ready to be changed."""
    return tomllib.loads(shipped_content_path().read_text(encoding="utf-8"))


def write(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return path


def test_every_problem_is_listed_however_many(tmp_path: Path) -> None:
    data = shipped()
    for criterion in data["criteria"]:
        criterion["fit"]["tightening"] = 2
        criterion["fit"]["resurfacing"] = -1
    done = check(write(tmp_path / "clinic.toml", data))
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert len(lines) == 2 * len(data["criteria"]) > MAX_LINES
    assert not any("more problems" in line for line in lines)
    assert "Traceback" not in done.stderr


def test_each_problem_names_its_line_and_the_id_it_belongs_to(tmp_path: Path) -> None:
    data = shipped()
    data["treatments"][1]["risks"][2]["certainty"] = "sure"
    data["criteria"][5]["fit"]["tightening"] = 1.5
    path = write(tmp_path / "clinic.toml", data)
    text = path.read_text(encoding="utf-8").splitlines()
    done = check(path)
    risk, fit = done.stderr.splitlines()[:2]
    sure = text.index('certainty = "sure"') + 1
    assert risk.startswith(
        f'{path}: line {sure}: treatments[2].risks[3].certainty (treatment "resurfacing"): '
    )
    fits = [n for n, line in enumerate(text) if line == "tightening = 1.5"]
    assert fit.startswith(
        f"{path}: line {fits[0] + 1}: criteria[6].fit.tightening "
        f'(criterion "{data["criteria"][5]["id"]}"): '
    )


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ('reviewed = "2026-12-01"', "a date is written without quotes, so remove the quotes"),
        ('format = "1"', "a number is written without quotes, so remove the quotes"),
        ("version = 2026.12", 'text is written in quotes: "2026.12"'),
    ],
)
def test_a_common_slip_gets_a_hint(tmp_path: Path, written: str, hint: str) -> None:
    key = written.split(" = ", maxsplit=1)[0]
    lines = shipped_content_path().read_text(encoding="utf-8").splitlines()
    number = next(n for n, line in enumerate(lines) if line.startswith(f"{key} = "))
    lines[number] = written
    path = tmp_path / "clinic.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(InputProblem) as caught:
        load_content(path)
    [line] = caught.value.lines
    assert line.startswith(f"{path}: line {number + 1}: {key}: ")
    assert f"{hint};" in line


def test_a_fit_written_out_of_100_is_told_how_to_write_it(tmp_path: Path) -> None:
    data = shipped()
    data["criteria"][0]["fit"]["resurfacing"] = 70
    with pytest.raises(InputProblem) as caught:
        load_content(write(tmp_path / "clinic.toml", data))
    assert "a fit runs from 0 to 1 (write 0.7 for 70 in 100)" in caught.value.lines[0]


def test_the_fact_without_a_certainty_is_named_with_its_line(tmp_path: Path) -> None:
    data = shipped()
    del data["treatments"][1]["benefits"][2]["certainty"]
    path = write(tmp_path / "clinic.toml", data)
    text = path.read_text(encoding="utf-8").splitlines()
    lines = report_lines(path, load_content(path), TODAY, KeyLines("\n".join(text)).line)
    header = [n for n, line in enumerate(text) if line == "[[treatments.benefits]]"]
    named = [line for line in lines if "does not say how sure it is" in line]
    assert named == [
        f"warning: {path}: line {header[len(data['treatments'][0]['benefits']) + 2] + 1}: "
        f'treatments[2].benefits[3] (treatment "resurfacing"): '
        f'"{data["treatments"][1]["benefits"][2]["text"][:49]}…" does not say how sure it is; '
        'add certainty = "…" (a level of [certainty])'
    ]


def test_far_fewer_words_for_one_treatment_is_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path / "clinic.toml", shipped())
    assert not any(
        "words against" in line for line in report_lines(path, load_content(path), TODAY)
    )
    data = shipped()
    for section in ("benefits", "risks", "practical", "cautions", "who_it_suits"):
        data["treatments"][0][section] = data["treatments"][0][section][:1]
    path = write(tmp_path / "short.toml", data)
    done = check(path)
    assert done.returncode == 0
    [warning] = [line for line in done.stdout.splitlines() if "words against" in line]
    assert warning.startswith(f"warning: {path}: Tightening has ")
    assert "for Resurfacing: describe every treatment in equal detail" in warning


LOCATED = '''\
# a comment with [not.a.table] and key = "no"
title = """
[[treatments]]
id = "not a key"
"""
"quoted key".inner = 'it is'
dotted.key.deep = 1
when = 1979-05-27 07:32:00Z
fit = { alpha = 0.5, "beta" = [1, 2], gamma = { deep = true } }
sources = [
  "one",  # a comment, ]
  "two",
  { id = "three" },
]

[[treatments]]
id = "alpha"

[[treatments.risks]]
text = \'\'\'a text with "quotes" and ] and #\'\'\'

[treatments.fit]
beta = 2

[[treatments]]
id = "beta"

[[treatments.risks]]
text = "first of beta"

[[treatments.risks]]
text = "second of beta"
'''


@pytest.mark.parametrize(
    ("location", "line"),
    [
        (("title",), 2),
        (("quoted key", "inner"), 6),
        (("dotted", "key", "deep"), 7),
        (("when",), 8),
        (("fit", "beta", 1), 9),
        (("fit", "gamma", "deep"), 9),
        (("sources", 1), 12),
        (("sources", 2, "id"), 13),
        (("treatments", 0), 16),
        (("treatments", 0, "id"), 17),
        (("treatments", 0, "risks", 0, "text"), 20),
        (("treatments", 0, "fit", "beta"), 23),
        (("treatments", 0, "fit", "gamma"), 22),
        (("treatments", 1, "id"), 26),
        (("treatments", 1, "risks", 1, "text"), 32),
        (("treatments", 1, "risks", 1, "certainty"), 31),
        (("nowhere",), None),
    ],
)
def test_key_lines_follow_every_way_of_writing_a_key(
    location: tuple[int | str, ...], line: int | None
) -> None:
    assert tomllib.loads(LOCATED)  # the text is valid TOML
    assert KeyLines(LOCATED).line(location) == line
    assert KeyLines(LOCATED.replace("\n", "\r\n")).line(location) == line


def leaves(value: object, location: tuple[int | str, ...] = ()) -> list[tuple[int | str, ...]]:
    """Every location in parsed TOML data, tables and lists included."""
    found = [location] if location else []
    if isinstance(value, dict):
        for key, inner in value.items():
            found += leaves(inner, (*location, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += leaves(inner, (*location, index))
    return found


def test_every_key_of_the_shipped_content_is_found_on_its_own_line() -> None:
    text = shipped_content_path().read_text(encoding="utf-8")
    lines, key_lines = text.splitlines(), KeyLines(text)
    for location in leaves(tomllib.loads(text)):
        line = key_lines.line(location)
        assert line is not None, location
        names = [part for part in location if isinstance(part, str)]
        if isinstance(location[-1], str):
            assert names[-1] in lines[line - 1], (location, line)


keys = st.from_regex(r"[A-Za-z0-9_ .\[\]=#-]{1,8}", fullmatch=True)
scalars = st.integers() | st.booleans() | st.text(max_size=12) | st.floats(allow_nan=False)
tables = st.recursive(
    st.dictionaries(keys, scalars, max_size=4),
    lambda inner: st.dictionaries(
        keys, inner | st.lists(inner, min_size=1, max_size=3) | st.lists(scalars), max_size=4
    ),
    max_leaves=20,
)


@given(tables)
def test_key_lines_name_a_line_that_writes_the_key(data: dict[str, Any]) -> None:
    text = tomli_w.dumps(data)
    lines, key_lines = text.split("\n"), KeyLines(text)
    for location in leaves(tomllib.loads(text)):
        line = key_lines.line(location)
        assert line is not None, (location, text)
        written = lines[line - 1]
        if isinstance(location[-1], str):
            assert location[-1] in written or location[-1] in written.replace("\\\\", "\\")
        else:  # a list item: on its list's line or after it, never on a blank line
            assert line >= (key_lines.line(location[:-1]) or 0), (location, text)
            assert written.strip(), (location, text)
