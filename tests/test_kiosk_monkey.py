"""A seeded monkey: thousands of random keys, control keys and escape sequences at a kiosk.

The bytes go through Textual's own terminal parser, as they would from a real terminal, so
broken escape sequences, lone escapes, pastes and mouse reports reach the app too.
"""

from __future__ import annotations

import random
import string
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from textual import events
from textual._xterm_parser import XTermParser

from laser_tui.kiosk.app import KioskApp
from laser_tui.kiosk.pin import hash_pin
from laser_tui.model.content import Content
from support.kiosk import kiosk_settings
from support.sizes import SMALL

SEED = 20261124
KEYS = 3000
BATCH = 20
MAX_STACK = 8
"""Welcome, home, a screen, help, start over, the PIN dialog, the idle warning: and no more."""

NAVIGATION = "12clwohg?ynq \r\t"
NAMED_SEQUENCES = [
    *(f"\x1b[{c}" for c in "ABCDHFZ"),
    *(f"\x1b[1;{m}{c}" for m in (2, 3, 5, 6) for c in "ABCD"),
    *(f"\x1bO{c}" for c in "PQRS"),
    *(f"\x1b[{n}~" for n in (2, 3, 5, 6, 15, 17, 18, 19, 20, 21, 23, 24)),
    "\x1b\x1b",
    "\x1b[I",
    "\x1b[O",
]


def _csi_garbage(rng: random.Random) -> str:
    # At most 6 characters: Textual 8.2.8's parser itself raises on a CSI-u code point beyond
    # U+10FFFF (e.g. ESC[9999999u), which no keyboard sends.
    middle = "".join(rng.choice("0123456789;?<>=") for _ in range(rng.randrange(0, 7)))
    return f"\x1b[{middle}{rng.choice(string.ascii_letters + '~@')}"


def _kitty_key(rng: random.Random) -> str:
    return f"\x1b[{rng.choice([99, 100, 113, 122, 92, 112, 27, 13, 9])};{rng.randrange(1, 9)}u"


def _mouse(rng: random.Random) -> str:
    button = rng.choice([0, 1, 2, 32, 35, 64, 65])
    return f"\x1b[<{button};{rng.randrange(1, 81)};{rng.randrange(1, 25)}{rng.choice('Mm')}"


def _paste(rng: random.Random) -> str:
    text = "".join(rng.choice(string.printable) for _ in range(rng.randrange(0, 20)))
    return f"\x1b[200~{text}\x1b[201~"


CHUNKS: list[tuple[int, Callable[[random.Random], str]]] = [
    (30, lambda rng: rng.choice(string.ascii_letters + string.digits + string.punctuation)),
    (30, lambda rng: rng.choice(NAVIGATION)),
    (14, lambda rng: chr(rng.choice([*range(32), 127]))),
    (14, lambda rng: rng.choice(NAMED_SEQUENCES)),
    (4, _csi_garbage),
    (3, _kitty_key),
    (3, _mouse),
    (1, _paste),
    (1, lambda rng: rng.choice(["é", "ß", "漢", "😀", "\u200b", "\x1b" + rng.choice("abcxq")])),
]


def random_bytes(rng: random.Random) -> str:
    """One random chunk of terminal input."""
    weights = [weight for weight, _ in CHUNKS]
    [(_, make)] = rng.choices(CHUNKS, weights=weights)
    return make(rng)


async def test_thousands_of_random_keys_never_end_or_break_the_kiosk(
    content: Content, tmp_path: Path
) -> None:
    settings = kiosk_settings(tmp_path, pin_hash=hash_pin("a PIN no monkey types 7f3a9c"))
    app = KioskApp(content, settings)
    rng = random.Random(SEED)
    parser = XTermParser()
    keys = 0
    seen: Counter[str] = Counter()
    async with app.run_test(size=SMALL) as pilot:
        while keys < KEYS:
            for _ in range(BATCH):
                for event in parser.feed(random_bytes(rng)):
                    keys += isinstance(event, events.Key)
                    event.set_sender(app)
                    app.post_message(event)
            await pilot.pause()
            assert app.is_running and app.return_code is None, f"ended after {keys} keys"
            assert len(app.screen_stack) <= MAX_STACK, app.screen_stack
            seen[type(app.screen).__name__] += 1
    assert app.return_code is None
    visited = set(seen)
    assert {"WelcomeScreen", "HomeScreen"} <= visited, seen
    assert len(visited) >= 8, f"the monkey should wander: {seen}"
