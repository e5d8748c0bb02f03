"""The benchmark command runs end to end in its quick mode and ends with every figure as JSON.

No time or memory is asserted: the figures are checked for presence and shape only.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
APPS = ("laser-tui", "bare")
SPREAD = {"median", "min", "max", "n"}
FIGURES_WITH_RATIO = (
    "startup_tmux_ms",
    "startup_headless_ms",
    "ready_headless_ms",
    "key_latency_ms",
    "peak_rss_mb",
)
TARGETS = {
    "startup_tmux_ratio",
    "startup_headless_ratio",
    "key_latency_median_ratio",
    "key_latency_p99_ms",
    "peak_rss_ratio",
}

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.timeout(660),  # the module's one quick benchmark run may take up to 600 s
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


@pytest.fixture(scope="module")
def quick_run() -> subprocess.CompletedProcess[str]:
    """`python -m benchmarks --quick`, as `bash benchmarks/run --quick` runs it."""
    return subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.fixture(scope="module")
def report(quick_run: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    """The JSON object on the last line."""
    assert quick_run.returncode == 0, quick_run.stderr
    last_line = quick_run.stdout.strip().splitlines()[-1]
    parsed: dict[str, Any] = json.loads(last_line)
    return parsed


def test_a_table_comes_before_the_json_line(quick_run: subprocess.CompletedProcess[str]) -> None:
    lines = quick_run.stdout.strip().splitlines()
    assert lines[0].startswith("laser-tui against a bare Textual app")
    assert any(line.startswith("start-up, real terminal (ms)") for line in lines[:-1])
    assert not any(line.startswith("{") for line in lines[:-1])


def test_every_figure_is_there_for_both_apps_with_its_ratio(report: dict[str, Any]) -> None:
    assert report["mode"] == "quick"
    assert report["busy"] is False
    figures = report["figures"]
    assert set(FIGURES_WITH_RATIO) <= set(figures)
    for name in FIGURES_WITH_RATIO:
        for app in APPS:
            spread = figures[name][app]
            assert set(spread) >= SPREAD, (name, app)
            assert spread["min"] <= spread["median"] <= spread["max"], (name, app)
            assert spread["n"] >= 1
        assert figures[name]["ratio"] > 0


def test_ready_for_keys_comes_after_the_first_paint(report: dict[str, Any]) -> None:
    figures = report["figures"]
    for app in APPS:
        ready, painted = figures["ready_headless_ms"][app], figures["startup_headless_ms"][app]
        assert ready["min"] >= painted["min"]


def test_key_latency_has_a_99th_percentile_over_every_press(report: dict[str, Any]) -> None:
    latency = report["figures"]["key_latency_ms"]
    for app in APPS:
        assert latency[app]["n"] >= 16
        assert latency[app]["median"] <= latency[app]["p99"] <= latency[app]["max"]
    assert latency["p99_ratio"] > 0


def test_every_target_says_whether_it_is_met(report: dict[str, Any]) -> None:
    targets = report["targets"]
    assert set(targets) >= TARGETS
    for target in targets.values():
        assert isinstance(target["met"], bool)
        assert {"description", "value", "limit"} <= set(target)
    assert report["all_targets_met"] == all(target["met"] for target in targets.values())


def test_the_kiosk_soak_reports_memory_and_widgets(report: dict[str, Any]) -> None:
    soak = report["figures"]["kiosk_soak"]
    measured = [app for app in APPS if app in soak]
    assert "bare" in measured
    if "laser-tui" not in measured:
        assert "kiosk mode" in soak["skipped"]
    else:
        assert "soak_rss_growth_mb" in report["targets"]
    for app in measured:
        figure = soak[app]
        assert figure["sessions"] == 5
        assert figure["rss_growth_mb"] == round(figure["rss_end_mb"] - figure["rss_start_mb"], 2)
        assert figure["widget_growth"] == figure["widgets_end"] - figure["widgets_start"]
        assert len(figure["rss_trace_mb"]) >= 2
