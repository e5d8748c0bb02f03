"""What a page may say over its websocket, checked before its session hears it.

textual-serve passes a page's messages on as they come: a resize to 0 by 0 (or to a million
columns) reaches the app, and a malformed message ends the session with a traceback. Here a
message is a JSON list naming a known kind, with an argument of the right type; sizes are
clamped as the page's query is; a resize to the size the session already has is not passed
on; anything else is ignored.
"""

from __future__ import annotations

import json
from typing import Protocol

from aiohttp import WSMsgType, web

from laser_tui.web.limits import clamp_size

MAX_PING = 32
"""Characters of a ping's argument echoed back (the page sends a time in milliseconds)."""


class PageSession(Protocol):
    """What a session takes from its page (textual-serve's AppService)."""

    async def send_bytes(self, data: bytes) -> bool: ...
    async def set_terminal_size(self, width: int, height: int) -> None: ...
    async def blur(self) -> None: ...
    async def focus(self) -> None: ...


def _parsed(text: str) -> tuple[str, object] | None:
    """The kind and argument of a message, or None if it is not a JSON list naming a kind."""
    try:
        envelope = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(envelope, list) or not envelope or not isinstance(envelope[0], str):
        return None
    return envelope[0], envelope[1] if len(envelope) > 1 else None


async def forward_messages(
    websocket: web.WebSocketResponse, session: PageSession, size: tuple[int, int]
) -> None:
    """Pass what the page says to ``session`` (which starts at ``size``) until it closes."""
    async for message in websocket:
        if message.type != WSMsgType.TEXT or (parsed := _parsed(message.data)) is None:
            continue
        kind, argument = parsed
        if kind == "stdin" and isinstance(argument, str):
            await session.send_bytes(argument.encode("utf-8", "surrogatepass"))
        elif kind == "resize" and isinstance(argument, dict):
            asked = (
                clamp_size(argument.get("width"), size[0]),
                clamp_size(argument.get("height"), size[1]),
            )
            if asked != size:
                size = asked
                await session.set_terminal_size(*size)
        elif kind == "ping" and isinstance(argument, str) and len(argument) <= MAX_PING:
            await websocket.send_json(["pong", argument])
        elif kind == "blur":
            await session.blur()
        elif kind == "focus":
            await session.focus()
