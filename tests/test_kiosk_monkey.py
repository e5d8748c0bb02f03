"""Seeded monkeys: random keys, control keys and escape sequences at a kiosk whose idle warning
and wipe come every fraction of a second, so keys land during every transition.

The bytes go through the kiosk's terminal parser, as they would from a real terminal, so broken
escape sequences, lone escapes, pastes and mouse reports reach the app too. Each monkey also
hands over, starts over and waits out the idle warning on purpose.

Found with these monkeys before the fix (seed 0, then 6 and 18 of a 30-seed run):
``ScreenStackError: No screens on stack`` from input still arriving while the app shut down,
``NoMatches`` from screens closed before their ``on_mount`` ran, and dialogs whose
``dismiss()`` closed the idle warning pushed over them instead of themselves.
"""

from __future__ import annotations

import random
import string
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from textual import events

from laser_tui.kiosk.app import KioskApp
from laser_tui.kiosk.pin import hash_pin
from laser_tui.model.content import Content
from laser_tui.terminal.parser import SteadyParser
from support.kiosk import kiosk_settings
from support.sizes import SMALL

SEEDS = (20261124, 1, 2, 3)
KEYS = 300
BATCH = 12
IDLE_TIMEOUT = 0.25
IDLE_WARNING = 0.25
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
    (2, lambda rng: rng.choice(["g\r", "g\r\r", "g\r\r\r", "\x12y", "\x12y\x12", "\x1b[1114112u"])),
]
"""The last line: hand over (and press enter at once), start over, an oversized code."""


def random_bytes(rng: random.Random) -> str:
    """One random chunk of terminal input."""
    weights = [weight for weight, _ in CHUNKS]
    [(_, make)] = rng.choices(CHUNKS, weights=weights)
    return make(rng)


def assert_consistent(app: KioskApp) -> None:
    """The welcome screen at the bottom, a session's home above it, the idle warning on top."""
    names = [type(screen).__name__ for screen in app.screen_stack]
    assert names[0] == "WelcomeScreen", names
    if app.in_session:
        assert names[1:2] == ["HomeScreen"], names
    assert names.count("HomeScreen") <= 1 and names.count("IdleWarningDialog") <= 1, names
    if "IdleWarningDialog" in names:
        assert names[-1] == "IdleWarningDialog", f"a screen opened over the warning: {names}"
    assert len(names) <= MAX_STACK, names


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.parametrize("seed", SEEDS)
async def test_random_keys_through_every_transition_never_end_or_break_the_kiosk(
    content: Content, tmp_path: Path, seed: int
) -> None:
    settings = kiosk_settings(
        tmp_path,
        pin_hash=hash_pin("a PIN no monkey types 7f3a9c"),
        idle_timeout=IDLE_TIMEOUT,
        idle_warning=IDLE_WARNING,
        code_idle_timeout=2 * IDLE_TIMEOUT,
        code_hold=0.1,
    )
    app = KioskApp(content, settings)
    rng = random.Random(seed)
    parser = SteadyParser()
    keys = 0
    seen: Counter[str] = Counter()
    async with app.run_test(size=SMALL) as pilot:
        while keys < KEYS:
            for _ in range(BATCH):
                for event in parser.feed(random_bytes(rng)):
                    keys += isinstance(event, events.Key)
                    event.set_sender(app)
                    app.post_message(event)
            # Sometimes wait out the idle warning, sometimes press on during it.
            await pilot.pause(rng.choice([0, 0, 0.05, 0.1, IDLE_TIMEOUT, 3 * IDLE_TIMEOUT]))
            assert app.is_running and app.return_code is None, f"ended after {keys} keys"
            assert_consistent(app)
            seen[type(app.screen).__name__] += 1
            seen.update(type(screen).__name__ for screen in app.screen_stack[:-1])
        for event in parser.feed("g\r\r\x12y" * 5):  # still in flight as the app ends
            event.set_sender(app)
            app.post_message(event)
    assert app.return_code is None
    assert {"WelcomeScreen", "HomeScreen"} <= set(seen), seen
    assert len(seen) >= 5, f"the monkey should wander: {seen}"
