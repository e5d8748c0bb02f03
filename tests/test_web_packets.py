"""The reader of textual-serve's packets: whole packets however the bytes are split."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from laser_tui.web.packets import MAX_PACKET_BYTES, PacketReader

_PACKETS = st.lists(
    st.tuples(st.sampled_from(["D", "M", "P"]), st.binary(max_size=300)), max_size=8
)


def _written(packets: list[tuple[str, bytes]]) -> bytes:
    return b"".join(k.encode() + len(p).to_bytes(4, "big") + p for k, p in packets)


@given(packets=_PACKETS, cuts=st.lists(st.integers(min_value=0, max_value=3000), max_size=10))
def test_packets_come_out_whole_however_the_bytes_arrive(
    packets: list[tuple[str, bytes]], cuts: list[int]
) -> None:
    data = _written(packets)
    edges = sorted({0, len(data), *(c for c in cuts if c < len(data))})
    reader = PacketReader()
    read = [p for start, end in pairwise(edges) for p in reader.feed(data[start:end])]
    assert read == packets


def test_a_packet_larger_than_any_message_is_refused() -> None:
    reader = PacketReader()
    assert reader.feed(b"D" + (MAX_PACKET_BYTES).to_bytes(4, "big")) == []
    with pytest.raises(ValueError, match="more than"):
        PacketReader().feed(b"D" + (MAX_PACKET_BYTES + 1).to_bytes(4, "big"))
