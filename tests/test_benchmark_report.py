"""The benchmark's table shows what was measured, whichever benchmarks ran (``--only``)."""

from __future__ import annotations

from typing import Any

from benchmarks.report import table, targets

SPREAD = {"median": 300.0, "min": 290.0, "max": 320.0, "n": 15}
STARTUP_ONLY: dict[str, Any] = {
    "startup_tmux_ms": {"laser-tui": SPREAD, "bare": SPREAD, "ratio": 1.0},
    "startup_headless_ms": {"laser-tui": SPREAD, "bare": SPREAD, "ratio": 1.0},
}


def test_a_run_without_the_key_latency_has_a_table_without_it() -> None:
    shown = table(STARTUP_ONLY, targets(STARTUP_ONLY), "header")
    assert "start-up, headless (ms)" in shown
    assert "key latency" not in shown
    assert "99th percentile" not in shown
