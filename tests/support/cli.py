"""The installed laser-tui as a command, the way a person runs it: no colour, in UTC."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path


def run_laser_tui(
    *args: str | Path, env: Mapping[str, str | None] = {}
) -> subprocess.CompletedProcess[str]:
    """`python -m laser_tui ARGS`; ``env`` sets variables (None removes one)."""
    environment = {**os.environ, "TZ": "UTC", "NO_COLOR": "1"}
    for name, value in env.items():
        if value is None:
            environment.pop(name, None)
        else:
            environment[name] = value
    return subprocess.run(
        [sys.executable, "-m", "laser_tui", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=60,
        check=False,
    )
