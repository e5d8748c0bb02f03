"""A CPU hog beside the benchmarks: one process spinning on one core (``--busy``).

A busy home laptop is normal; this makes every figure a second time with one core taken.
The hog is always stopped, whatever happens to the run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

SPIN = "while True:\n    pass\n"


def _first_core() -> set[int]:
    """The first core this process may run on (the hog stays there)."""
    return {min(os.sched_getaffinity(0))}


@contextmanager
def cpu_hog(enabled: bool = True) -> Iterator[None]:
    """Run a spinning subprocess on one core while the body runs (nothing if not enabled)."""
    if not enabled:
        yield
        return
    hog = subprocess.Popen(
        [sys.executable, "-c", SPIN],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        os.sched_setaffinity(hog.pid, _first_core())
        yield
    finally:
        hog.kill()
        hog.wait()
