"""The input filter drops overlong control sequences and passes everything else unchanged."""

from __future__ import annotations

import itertools
import re

from hypothesis import given
from hypothesis import strategies as st

from laser_tui.terminal.input_filter import MAX_SEQUENCE, InputFilter

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
