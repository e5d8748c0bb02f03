"""The packets textual-serve writes to a session's standard input: one byte for the type, four
for the payload's size (big-endian), then the payload, as Textual's web driver reads them.

Our own reader, so that a web session imports nothing private from Textual; a size past
``MAX_PACKET_BYTES`` is refused rather than waited for.
"""

from __future__ import annotations

MAX_PACKET_BYTES = 8 * 1024 * 1024
"""Larger than any message the server passes on (aiohttp takes at most 4 MiB at once)."""
_HEADER = 5


class PacketReader:
    """Turns the bytes read so far into whole packets, keeping a partial one for later."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, data: bytes) -> list[tuple[str, bytes]]:
        """The packets ``data`` completes, as (type, payload); ValueError for an oversized one."""
        self._buffer += data
        packets: list[tuple[str, bytes]] = []
        while len(self._buffer) >= _HEADER:
            size = int.from_bytes(self._buffer[1:_HEADER], "big")
            if size > MAX_PACKET_BYTES:
                raise ValueError(f"a packet of {size} bytes, more than {MAX_PACKET_BYTES}")
            end = _HEADER + size
            if len(self._buffer) < end:
                break
            kind = bytes(self._buffer[:1]).decode("utf-8", "ignore")
            packets.append((kind, bytes(self._buffer[_HEADER:end])))
            del self._buffer[:end]
        return packets
