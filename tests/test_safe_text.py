"""Text from files is shown as text: control and bidirectional characters become placeholders."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from laser_tui.model.problems import MAX_LINES, InputProblem
from laser_tui.model.safe_text import is_unsafe, safe_text, shorten, unsafe_characters
from laser_tui.plain.talk import plain


def test_escapes_bells_and_overrides_become_placeholders() -> None:
    assert safe_text("a\x1b[2Jb\x07c\u202ed\x9be\x7f") == "a␛[2Jb␇c\ufffdd\ufffde␡"


def test_newlines_and_tabs_stay_unless_one_line() -> None:
    assert safe_text("a\nb\tc") == "a\nb\tc"
    assert safe_text("a\nb\tc\r", one_line=True) == "a b c␍"


def test_the_first_unsafe_character_is_named() -> None:
    assert unsafe_characters("ok\x1b]0;title\x07") == "U+001B (escape)"
    assert unsafe_characters("\u2066x") == "U+2066 (left-to-right isolate)"
    assert unsafe_characters("plain [b]markup[/b]\n\tis text") is None


def test_shorten_cuts_long_text() -> None:
    assert shorten("x" * 100, 10) == "x" * 9 + "…"


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_nothing_unsafe_is_left(text: str) -> None:
    shown = safe_text(text)
    assert not any(is_unsafe(ch) and ch not in "\n\t" for ch in shown)
    assert not any(is_unsafe(ch) for ch in safe_text(text, one_line=True))


def test_the_plain_mode_leaves_out_exactly_what_the_screens_replace() -> None:
    """One definition of unsafe characters: the plain mode drops what the screens show as a
    placeholder (bidirectional marks included), and keeps the rest."""
    every = "".join(map(chr, [*range(0x250), 0x061C, *range(0x2000, 0x2070), 0xFFFD]))
    kept = plain(every)
    assert kept == "".join(ch for ch in every.replace("\t", " ") if ch == "\n" or not is_unsafe(ch))
    assert "\u200e" not in kept and "\u061c" not in kept
    assert safe_text("a\u200fb") == "a\ufffdb"


def test_problem_lines_are_safe_one_line_and_counted() -> None:
    problem = InputProblem([f"f: line {n}\x1b[2J\n" for n in range(MAX_LINES + 5)])
    assert len(problem.lines) == MAX_LINES + 1
    assert "\x1b" not in str(problem)
    assert "\n" not in problem.lines[0]
    assert problem.lines[-1].startswith("… and 5 more problems")
