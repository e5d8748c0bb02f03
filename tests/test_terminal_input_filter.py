"""The input filter drops overlong control sequences, bounds pastes, and passes everything else
unchanged."""

from __future__ import annotations

import itertools
import re

from hypothesis import given
from hypothesis import strategies as st
from textual import events

from laser_tui.terminal.input_filter import (
    MAX_PASTE,
    MAX_SEQUENCE,
    PASTE_END,
    PASTE_SECONDS,
    PASTE_START,
    InputFilter,
)
from laser_tui.terminal.steady_input import SteadyInput

PIECES = st.sampled_from(["\x1b", "[", "9", ";", "u", "a", "~", "<", "M", " ", "é", "\r"])
TEXT = st.lists(PIECES, max_size=200).map("".join)


def filtered(chunks: list[str]) -> str:
    steady = InputFilter()
    return "".join(steady.feed(chunk) for chunk in chunks)


@given(st.text(alphabet=st.characters(blacklist_characters="\x1b")))
def test_text_without_escapes_passes_unchanged(text: str) -> None:
    assert filtered([text]) == text


@given(TEXT, st.lists(st.integers(0, 200), max_size=8))
def test_no_overlong_sequence_gets_through_however_the_input_is_split(
    text: str, cuts: list[int]
) -> None:
    edges = [0, *sorted(cuts), len(text)]
    chunks = [text[a:b] for a, b in itertools.pairwise(edges)]
    out = filtered(chunks)
    for sequence in re.findall(r"\x1b?\[[\x20-\x3f]*", out):
        assert len(sequence) <= MAX_SEQUENCE + 1, repr(sequence)


def test_a_long_code_typed_by_hand_is_dropped_whole() -> None:
    chunks = ["a\x1b", "[", *"2" * 40, "u", "b"]
    assert filtered(chunks) == "a\x1bb"


def test_ordinary_sequences_pass() -> None:
    keys = "\x1b[A\x1b[1;5C\x1b[<35;10;20M\x1b[200~hi\x1b[201~\x1b\x1bq"
    assert filtered([keys]) == keys
    assert filtered(list(keys)) == keys


TYPED_PASTE_START = ["\x1b[", "2", "0", "0", "~"]
"""Alt+[, 2, 0, 0, ~ typed one at a time: a bracketed-paste start nobody pasted."""


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_paste_not_asked_for_loses_its_markers_and_its_text_is_typed() -> None:
    steady = InputFilter(paste=False)
    out = "".join(steady.feed(chunk) for chunk in [*TYPED_PASTE_START, "q"])
    assert out == "q"
    assert steady.feed("\x1b[200~hi\x1b[201~\x1b[A") == "hi\x1b[A"


def test_a_paste_asked_for_ends_after_a_while_however_it_was_typed() -> None:
    clock = Clock()
    steady = InputFilter(clock=clock)
    assert "".join(steady.feed(chunk) for chunk in TYPED_PASTE_START) == PASTE_START
    assert steady.feed("x") == "x" and steady.due() == ""
    clock.now = PASTE_SECONDS + 0.01
    assert steady.due() == PASTE_END
    assert steady.due() == "" and steady.feed("q") == "q"
    assert steady.feed("\x1b[201~") == "", "the paste's own end, late, is dropped"


def test_a_paste_passes_at_most_its_limit_and_drops_the_rest_up_to_its_end() -> None:
    steady = InputFilter(clock=Clock())
    out = steady.feed(PASTE_START + "x" * (MAX_PASTE + 10) + "\x1b[A" + PASTE_END + "q")
    assert out == PASTE_START + "x" * MAX_PASTE + PASTE_END + "q"


def test_forgetting_drops_a_half_read_sequence_and_paste() -> None:
    steady = InputFilter(paste=True, clock=Clock())
    steady.feed("\x1b[200~ab\x1b[2")
    steady.forget()
    assert steady.feed("q") == "q" and steady.due() == ""


def test_the_five_typed_keys_then_a_key_reach_the_app_as_that_key() -> None:
    for paste in (False, True):
        clock = Clock()
        steady = SteadyInput(paste=paste, clock=clock)
        messages = [m for key in TYPED_PASTE_START for m in steady.feed(key.encode())]
        clock.now = PASTE_SECONDS + 0.01  # an asked-for paste ends by itself
        messages += steady.tick()
        messages += steady.feed(b"q")
        messages += steady.tick()
        keys = [m.key for m in messages if isinstance(m, events.Key)]
        assert keys == ["q"], (paste, messages)
