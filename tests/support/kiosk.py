"""Helpers shared by the kiosk tests: a staff PIN, its hash, and a kiosk app on a temp folder."""

from __future__ import annotations

import functools
from pathlib import Path

from laser_tui.kiosk.app import KioskApp
from laser_tui.kiosk.pin import hash_pin
from laser_tui.kiosk.settings import KioskSettings
from laser_tui.model.content import Content

STAFF_PIN = "4096"


@functools.cache
def staff_pin_hash() -> str:
    """The hash of STAFF_PIN (made once: scrypt is deliberately slow)."""
    return hash_pin(STAFF_PIN)


def kiosk_settings(folder: Path, **overrides: object) -> KioskSettings:
    """Settings with a PIN and hand-overs under ``folder``; keyword arguments override."""
    values: dict[str, object] = {
        "handover_dir": folder / "handover",
        "pin_hash": staff_pin_hash(),
        **overrides,
    }
    return KioskSettings.model_validate(values)


def make_kiosk(content: Content, folder: Path, **overrides: object) -> KioskApp:
    """A kiosk app on the shipped content, hand-overs under ``folder``."""
    return KioskApp(content, kiosk_settings(folder, **overrides))
