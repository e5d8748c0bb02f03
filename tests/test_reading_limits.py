"""What laser-tui reads: ordinary files, up to a size, up to a depth, numbers as written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from laser_tui.files.toml_io import MAX_DEPTH, MAX_FILE_BYTES, read_document, too_deep
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
