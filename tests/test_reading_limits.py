"""What laser-tui reads: ordinary files, up to a size, up to a depth, numbers as written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from laser_tui.files.toml_io import MAX_FILE_BYTES, read_document
from laser_tui.files.toml_limits import MAX_DEPTH, past_the_limits, too_deep
from laser_tui.model.problems import InputProblem


def _problem(path: Path) -> str:
    with pytest.raises(InputProblem) as raised:
        read_document(path)
    assert len(raised.value.lines) == 1
    return raised.value.lines[0]


def test_nesting_up_to_the_limit_is_read_and_beyond_it_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "f.toml"
    path.write_text("a = 1\nb = " + "[" * MAX_DEPTH + "]" * MAX_DEPTH + "\n")
    assert read_document(path)[0]["a"] == 1
    path.write_text("a = 1\n\nb = " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "\n")
    assert f": line 3: tables and lists are nested more than {MAX_DEPTH} deep" in _problem(path)


def test_brackets_in_strings_and_comments_do_not_count(tmp_path: Path) -> None:
    many = "[{" * MAX_DEPTH * 2
    path = tmp_path / "f.toml"
    path.write_text(
        f"a = \"{many}\"\nb = '{many}'\nc = \"\"\"\n{many}\n\"\"\"\nd = '''{many}'''\n"
        f'e = "quote \\" {many}"\n# {many}\n[t]\nf = [[1], [2]]\n'
    )
    assert read_document(path)[0]["t"]["f"] == [[1], [2]]


@settings(max_examples=50, deadline=None)
@given(st.recursive(st.integers(), lambda inner: st.lists(inner, max_size=3), max_leaves=30))
def test_too_deep_agrees_with_the_real_depth(value: object) -> None:
    def depth(item: object) -> int:
        return 1 + max(map(depth, item), default=0) if isinstance(item, list) else 0

    text = f"a = {value!r}\n".replace("'", '"')
    found = too_deep(text, 3)
    assert (found is not None) == (depth(value) > 3)


def _levels(item: object) -> int:
    """How many tables and lists are open around the deepest value of ``item``."""
    if isinstance(item, dict):
        return 1 + max(map(_levels, item.values()), default=0)
    if isinstance(item, list):
        return 1 + max(map(_levels, item), default=0)
    return 0


_TABLES = st.recursive(
    st.integers(0, 9),
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.sampled_from("abc"), inner),
    max_leaves=12,
)


@settings(max_examples=80, deadline=None)
@given(st.dictionaries(st.sampled_from("xyz"), _TABLES, min_size=1))
def test_too_deep_counts_headers_and_agrees_with_the_parsed_depth(data: dict[str, object]) -> None:
    text = tomli_w.dumps(data)  # nested tables become [a.b.c] and [[a.b]] headers
    deep = _levels(data) - 1 > 3
    assert (too_deep(text, 3) is not None) == deep, text
    assert (past_the_limits(data, 3) == "deep") == deep


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("a.b.c = 1\nd.e.f.g = 1\n", None),
        ("a.b.c = 1\nd.e.f.g.h = 1\n", 2),
        ("[a.b]\nc.d = 1\n", None),
        ("[a.b]\nc.d.e = 1\n", 2),
        ("[[a.b]]\nc = 1\n[a.c]\nd.e = [1]\n", 4),
        ("x = 1.5\ny = 2026-01-01T00:00:00.5Z\n[a.b.c]\n# a.b.c.d.e\nd = 'e.f.g.h'\n", None),
        ("a = { b.c = 1, d = [{ e.f = 2 }] }\n", 1),
        ("a = { b.c = 1, d = { e = 2 } }\n", None),
        ('a.b = 1 # .c.d.e.f\n["x.y.z.w".v]\nq = 1\n', None),
    ],
)
def test_dotted_keys_and_headers_count_as_levels(text: str, line: int | None) -> None:
    assert too_deep(text, 3) == line


def test_a_long_dotted_key_or_header_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "f.toml"
    path.write_text("a = 1\n" + ".".join(["k"] * 1500) + " = 1\n")
    assert f": line 2: tables and lists are nested more than {MAX_DEPTH} deep" in _problem(path)
    path.write_text("a = 1\n\n[" + ".".join(["k"] * (MAX_DEPTH + 1)) + "]\n")
    assert ": line 3: tables and lists are nested" in _problem(path)
    path.write_text("[" + ".".join(["k"] * MAX_DEPTH) + "]\n")
    assert read_document(path)[0]["k"]["k"]


@pytest.mark.parametrize(
    "number", ["9" * 4400, "0x" + "f" * 5000, "9223372036854775808", "-9223372036854775809"]
)
def test_a_whole_number_too_large_names_its_line(tmp_path: Path, number: str) -> None:
    path = tmp_path / "f.toml"
    path.write_text(f"a = 1\nb = 'x'\n[t]\nc = [1, {number}]\n")
    problem = _problem(path)
    assert f": line 4: the number {number[:20]}" in problem
    assert "is too large to use" in problem
    assert len(problem) < 200
    path.write_text("a = 9223372036854775807\nb = -9223372036854775808\n")
    assert read_document(path)[0]["b"] == -(2**63)


def test_a_number_too_large_is_shown_as_written(tmp_path: Path) -> None:
    path = tmp_path / "f.toml"
    path.write_text("a = 1\nb = 1e309\n")
    assert ": line 2: the number 1e309 is too large to use" in _problem(path)
    path.write_text("a = inf\n")
    assert read_document(path)[0]["a"] == float("inf")  # written as inf: the field decides


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "f.toml"
    path.write_bytes(b"\xef\xbb\xbfa = 1\n")
    assert read_document(path)[0] == {"a": 1}


def test_special_and_large_files_are_refused_without_reading(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    assert "is not an ordinary file" in _problem(fifo)
    zero = tmp_path / "zero.toml"
    zero.symlink_to("/dev/zero")
    assert "is not an ordinary file" in _problem(zero)
    large = tmp_path / "large.toml"
    with large.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing is read, nothing is stored
    assert f"is {MAX_FILE_BYTES + 1:,} bytes, more than laser-tui reads" in _problem(large)
    assert "is a folder" in _problem(tmp_path)
