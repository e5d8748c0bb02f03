"""The staff PIN: kept only as a salted scrypt hash, locked on misuse; compared in constant time."""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from typing import NamedTuple

SCHEME = "scrypt"
COST = 2**14
BLOCK_SIZE = 8
PARALLELISM = 1
SALT_BYTES = 16
KEY_BYTES = 32
MIN_PIN_LENGTH = 4
MAX_PIN_LENGTH = 64
MAX_TRIES = 3
LOCK_SECONDS = 60.0

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
    if len(pin.strip()) < MIN_PIN_LENGTH:
        return f"a PIN needs at least {MIN_PIN_LENGTH} characters"
    if len(pin) > MAX_PIN_LENGTH:
        return f"a PIN has at most {MAX_PIN_LENGTH} characters"
    if pin != pin.strip():
        return "a PIN cannot start or end with a space"
    return None


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
        raise ValueError("is not a PIN hash made by `laser-tui kiosk-pin`; set the PIN again")
    try:
        cost, block_size, parallelism = (int(f) for f in fields[1:4])
        salt = base64.b64decode(fields[4], validate=True)
        key = base64.b64decode(fields[5], validate=True)
    except (ValueError, binascii.Error):
        raise ValueError("is a damaged PIN hash; set the PIN again") from None
    power_of_two = cost > 1 and cost & (cost - 1) == 0
    if not (
        power_of_two
        and cost <= 2**_MAX_COST_EXPONENT
        and 1 <= block_size <= _MAX_BLOCK_SIZE
        and 1 <= parallelism <= _MAX_PARALLELISM
        and len(salt) >= SALT_BYTES
        and len(key) >= KEY_BYTES
    ):
        raise ValueError("has PIN hash settings out of range; set the PIN again")
    return PinHash(cost, block_size, parallelism, salt, key)


def verify_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` matches the stored hash (compared in constant time)."""
    parts = parse_pin_hash(stored)
    if len(pin) > MAX_PIN_LENGTH:
        return False
    return hmac.compare_digest(_derive(pin, parts), parts.key)


class PinCheck(enum.Enum):
    """What happened when a PIN was tried."""

    RIGHT = "right"
    WRONG = "wrong"
    LOCKED = "locked"


class PinGuard:
    """Checks staff PINs and locks for a minute after three wrong ones in a row."""

    def __init__(self, pin_hash: str | None, clock: Callable[[], float] = time.monotonic) -> None:
        self._pin_hash = pin_hash
        self._clock = clock
        self._wrong = 0
        self._locked_until = 0.0

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
            self._wrong = 0
            return PinCheck.RIGHT
        self._wrong += 1
        if self._wrong >= MAX_TRIES:
            self._wrong = 0
            self._locked_until = self._clock() + LOCK_SECONDS
        return PinCheck.WRONG
