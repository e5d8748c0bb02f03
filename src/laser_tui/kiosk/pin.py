"""The staff PIN: kept only as a salted scrypt hash, locked on misuse; compared in constant time.

The lock and its growing back-off are kept in a small JSON file (0600, the kiosk user's), so a
restart does not reset them; a damaged, unreadable or out-of-range file counts as a fresh lock
(fail closed, for a bounded time) and says why in ``PinGuard.problem``.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import hmac
import itertools
import json
import math
import secrets
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from laser_tui.files.toml_io import atomic_write, read_limited
from laser_tui.language.catalogue import _
from laser_tui.model.problems import InputProblem

SCHEME = "scrypt"
COST = 2**14
BLOCK_SIZE = 8
PARALLELISM = 1
SALT_BYTES = 16
KEY_BYTES = 32
MIN_PIN_LENGTH = 6
MAX_PIN_LENGTH = 64
MAX_TRIES = 3
LOCK_SECONDS = 60.0
MAX_LOCK_SECONDS = 60.0 * 60
"""Each lock in a row lasts twice as long as the one before, up to an hour."""
MAX_LOCKS = 64
"""More locks in a row than a lock file can hold (the hour is reached after seven)."""
LOCK_HORIZON = 24 * 60 * 60.0
"""A lock file whose lock ends more than a day from now is damaged (an hour is the longest)."""

_MAX_COST_EXPONENT = 20
_MAX_BLOCK_SIZE = 16
_MAX_PARALLELISM = 4


class PinHash(NamedTuple):
    """The parts of a stored PIN hash."""

    cost: int
    block_size: int
    parallelism: int
    salt: bytes
    key: bytes


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(pin: str, parts: PinHash) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"),
        salt=parts.salt,
        n=parts.cost,
        r=parts.block_size,
        p=parts.parallelism,
        dklen=len(parts.key),
        maxmem=256 * parts.cost * parts.block_size * parts.parallelism + 2**20,
    )


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be a staff PIN, or None if it can."""
    if not pin.isprintable():
        return _("a PIN cannot hold control characters (such as Tab, Escape or arrow keys)")
    if len(pin.strip()) < MIN_PIN_LENGTH:
        return _("a PIN needs at least {count} characters", count=MIN_PIN_LENGTH)
    if trivial(pin):
        return _(
            "that PIN is too easy to guess (one character repeated, a run like 123456, abcdef "
            "or qwerty, or a block repeated like 123123)"
        )
    if len(pin) > MAX_PIN_LENGTH:
        return _("a PIN has at most {count} characters", count=MAX_PIN_LENGTH)
    if pin != pin.strip():
        return _("a PIN cannot start or end with a space")
    return None


_KEYBOARD_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm")


def trivial(pin: str) -> bool:
    """Whether ``pin`` is one character or one block repeated (123123), a run of digits or
    letters up or down (123456, 987654, abcdef), or a run along a keyboard row (qwerty)."""
    size = len(pin)
    if any(size % block == 0 and pin[:block] * (size // block) == pin for block in range(1, size)):
        return True
    lower = pin.lower()
    if any(lower in row or lower in row[::-1] for row in _KEYBOARD_ROWS):
        return True
    if pin.isascii() and (pin.isdigit() or pin.isalpha()):
        base = 10 if pin.isdigit() else 26
        steps = {(ord(b) - ord(a)) % base for a, b in itertools.pairwise(lower)}
        return steps in ({1}, {base - 1})
    return False


def hash_pin(pin: str) -> str:
    """A new salted scrypt hash of ``pin``, as stored in the kiosk configuration."""
    problem = pin_problem(pin)
    if problem:
        raise ValueError(problem)
    salt = secrets.token_bytes(SALT_BYTES)
    parts = PinHash(COST, BLOCK_SIZE, PARALLELISM, salt, b"\0" * KEY_BYTES)
    key = _derive(pin, parts)
    return f"{SCHEME}${COST}${BLOCK_SIZE}${PARALLELISM}${_b64(salt)}${_b64(key)}"


def parse_pin_hash(text: str) -> PinHash:
    """The parts of a stored hash; ValueError saying what is wrong if it is not one of ours."""
    fields = text.split("$")
    if len(fields) != 6 or fields[0] != SCHEME:
        raise ValueError(_("is not a PIN hash made by `laser-tui kiosk-pin`; set the PIN again"))
    try:
        cost, block_size, parallelism = (int(f) for f in fields[1:4])
        salt = base64.b64decode(fields[4], validate=True)
        key = base64.b64decode(fields[5], validate=True)
    except (ValueError, binascii.Error):
        raise ValueError(_("is a damaged PIN hash; set the PIN again")) from None
    power_of_two = cost > 1 and cost & (cost - 1) == 0
    if not (
        power_of_two
        and cost <= 2**_MAX_COST_EXPONENT
        and 1 <= block_size <= _MAX_BLOCK_SIZE
        and 1 <= parallelism <= _MAX_PARALLELISM
        and len(salt) >= SALT_BYTES
        and len(key) >= KEY_BYTES
    ):
        raise ValueError(_("has PIN hash settings out of range; set the PIN again"))
    return PinHash(cost, block_size, parallelism, salt, key)


def verify_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` matches the stored hash (compared in constant time)."""
    parts = parse_pin_hash(stored)
    if len(pin) > MAX_PIN_LENGTH:
        return False
    return hmac.compare_digest(_derive(pin, parts), parts.key)


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number a lock file holds")


def _whole_number(written: str) -> int:
    if len(written) > 20:
        raise ValueError("a number in it is too long")
    return int(written)


def lock_state(data: object, now: float) -> tuple[int, int, float]:
    """Wrong PINs, locks in a row and when the lock ends, from a lock file's parsed JSON;
    ValueError saying what is out of range."""
    names = ("wrong", "locks", "locked_until")
    if not isinstance(data, dict) or sorted(data) != sorted(names):
        raise ValueError(f"must hold {', '.join(names)} and nothing else")
    wrong, locks, until = (data[name] for name in names)
    if type(wrong) is not int or not 0 <= wrong < MAX_TRIES:
        raise ValueError(f"wrong must be a whole number from 0 to {MAX_TRIES - 1}")
    if type(locks) is not int or not 0 <= locks <= MAX_LOCKS:
        raise ValueError(f"locks must be a whole number from 0 to {MAX_LOCKS}")
    if type(until) not in (int, float) or not math.isfinite(until) or until > now + LOCK_HORIZON:
        raise ValueError("locked_until must be a time no more than a day from now")
    return wrong, locks, float(until)


class PinCheck(enum.Enum):
    """What happened when a PIN was tried."""

    RIGHT = "right"
    WRONG = "wrong"
    LOCKED = "locked"


class PinGuard:
    """Checks staff PINs; three wrong ones in a row lock it for a minute, each further lock in
    a row twice as long (up to an hour). Kept in ``state_path`` if given."""

    def __init__(
        self,
        pin_hash: str | None,
        clock: Callable[[], float] = time.time,
        state_path: Path | None = None,
    ) -> None:
        self._pin_hash = pin_hash
        self._clock = clock
        self._state_path = state_path
        self._wrong = 0
        self._locks = 0
        self._locked_until = 0.0
        self.problem: str | None = None
        """Why the lock file could not be used (the kiosk logs it), or None."""
        if state_path is not None:
            self._load(state_path)

    def _load(self, path: Path) -> None:
        if not path.exists() and not path.is_symlink():
            return
        try:
            raw = read_limited(path, str(path))
            data = json.loads(raw, parse_constant=_no_constant, parse_int=_whole_number)
            self._wrong, self._locks, self._locked_until = lock_state(data, self._clock())
        except InputProblem as problem:
            self._damaged(problem.lines[0])
        except ValueError as error:  # JSON's own errors too
            self._damaged(f"{path}: {error}")
        except RecursionError:
            self._damaged(f"{path}: is nested too deep to be a PIN lock file")

    def _damaged(self, why: str) -> None:
        """Lock for a minute (never unlock) and keep a good lock file; say why."""
        self._wrong, self._locks = 0, 1
        self._locked_until = self._clock() + LOCK_SECONDS
        self.problem = (
            f"the PIN lock file cannot be used ({why}); the staff exit is locked for "
            f"{LOCK_SECONDS:.0f} s and the file is written again"
        )
        self._save()

    def _save(self) -> None:
        if self._state_path is None:
            return
        data = {"wrong": self._wrong, "locks": self._locks, "locked_until": self._locked_until}
        try:
            self._state_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            atomic_write(self._state_path, json.dumps(data).encode(), 0o600)
        except OSError:
            pass  # the lock still holds in memory

    @property
    def next_lock_seconds(self) -> float:
        """How long the next lock will last."""
        return float(min(MAX_LOCK_SECONDS, LOCK_SECONDS * 2.0**self._locks))

    @property
    def enabled(self) -> bool:
        """Whether there is a PIN at all."""
        return self._pin_hash is not None

    @property
    def tries_left(self) -> int:
        """Wrong PINs still allowed before the lock."""
        return MAX_TRIES - self._wrong

    def locked_for(self) -> float:
        """Seconds until PINs can be tried again; 0 when not locked."""
        return max(0.0, self._locked_until - self._clock())

    def check(self, pin: str) -> PinCheck:
        """Try ``pin``: right, wrong (counted), or locked (not even checked)."""
        if self._pin_hash is None or self.locked_for() > 0:
            return PinCheck.LOCKED
        if verify_pin(pin, self._pin_hash):
            self._wrong = self._locks = 0
            self._save()
            return PinCheck.RIGHT
        self._wrong += 1
        if self._wrong >= MAX_TRIES:
            self._locked_until = self._clock() + self.next_lock_seconds
            self._wrong = 0
            self._locks += 1
        self._save()
        return PinCheck.WRONG
