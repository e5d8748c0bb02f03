"""The targets, the table for people and the JSON line for programs."""

from __future__ import annotations

import json
import platform
from typing import Any

from benchmarks.apps import BARE, LASER
from benchmarks.figures import Target

FRAME_MS = 1000 / 60
"""One frame at 60 Hz."""

STARTUP_RATIO = 1.25
LATENCY_RATIO = 1.5
RSS_RATIO = 1.3
SOAK_GROWTH_MB = 5.0


def targets(figures: dict[str, Any]) -> list[Target]:
    """Every target that the measured figures allow checking."""
    found = []
    for key, where in (("startup_tmux_ms", "real terminal"), ("startup_headless_ms", "headless")):
        if key in figures:
            found.append(
                Target(
                    f"{key.removesuffix('_ms')}_ratio",
                    f"start-up ({where}) at most {STARTUP_RATIO}x the bare app's",
                    figures[key]["ratio"],
                    STARTUP_RATIO,
                    inclusive=True,
                )
            )
    if "key_latency_ms" in figures:
        latency = figures["key_latency_ms"]
        found.append(
            Target(
                "key_latency_median_ratio",
                f"key latency median at most {LATENCY_RATIO}x the bare app's",
                latency["ratio"],
                LATENCY_RATIO,
                inclusive=True,
            )
        )
        found.append(
            Target(
                "key_latency_p99_ms",
                f"key latency 99th percentile under one 60 Hz frame ({FRAME_MS:.1f} ms)",
                latency[LASER]["p99"],
                FRAME_MS,
                inclusive=False,
            )
        )
    if "peak_rss_mb" in figures:
        found.append(
            Target(
                "peak_rss_ratio",
                f"peak RSS at most {RSS_RATIO}x the bare app's",
                figures["peak_rss_mb"]["ratio"],
                RSS_RATIO,
                inclusive=True,
            )
        )
    if LASER in figures.get("kiosk_soak", {}):
        found.append(
            Target(
                "soak_rss_growth_mb",
                f"RSS growth over the kiosk soak under {SOAK_GROWTH_MB:.0f} MB",
                figures["kiosk_soak"][LASER]["rss_growth_mb"],
                SOAK_GROWTH_MB,
                inclusive=False,
            )
        )
    return found


def _spread(figure: dict[str, Any], digits: int) -> str:
    return f"{figure['median']:.{digits}f} ({figure['min']:.{digits}f}-{figure['max']:.{digits}f})"


def _rows(figures: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    rows = []
    labels = {
        "startup_tmux_ms": ("start-up, real terminal (ms)", 0),
        "startup_headless_ms": ("start-up, headless (ms)", 0),
        "ready_headless_ms": ("ready for keys, headless (ms)", 0),
        "key_latency_ms": ("key latency (ms)", 2),
        "peak_rss_mb": ("peak RSS after full flow (MB)", 1),
    }
    for key, (label, digits) in labels.items():
        if key in figures:
            figure = figures[key]
            rows.append(
                (
                    label,
                    _spread(figure[LASER], digits),
                    _spread(figure[BARE], digits),
                    f"{figure['ratio']:.2f}",
                )
            )
        if key == "key_latency_ms" and key in figures:
            rows.append(
                (
                    "key latency, 99th percentile (ms)",
                    f"{figure[LASER]['p99']:.2f}",
                    f"{figure[BARE]['p99']:.2f}",
                    f"{figure['p99_ratio']:.2f}",
                )
            )
    if "kiosk_soak" in figures:
        soak = figures["kiosk_soak"]
        sessions = soak[BARE]["sessions"]
        for label, key, digits in (
            ("soak: RSS growth (MB)", "rss_growth_mb", 2),
            ("soak: widgets alive, growth", "widget_growth", 0),
        ):
            laser = f"{soak[LASER][key]:.{digits}f}" if LASER in soak else "skipped"
            rows.append(
                (f"{label}, {sessions} sessions", laser, f"{soak[BARE][key]:.{digits}f}", "")
            )
    return rows


def table(figures: dict[str, Any], checked: list[Target], header: str) -> str:
    """A plain-text table: each figure as median (min-max), then each target, met or not."""
    rows = [("figure", LASER, f"{BARE} Textual app", "ratio"), *_rows(figures)]
    widths = [max(len(row[column]) for row in rows) for column in range(4)]
    lines = [header, ""]
    for row in rows:
        cells = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        lines.append("  ".join(cells).rstrip())
    if "skipped" in figures.get("kiosk_soak", {}):
        lines += ["", f"kiosk soak skipped for {figures['kiosk_soak']['skipped']}"]
    lines.append("")
    for target in checked:
        verdict = "met" if target.met else "NOT MET"
        lines.append(f"{verdict:>7}  {target.description} (measured {target.value:.2f})")
    return "\n".join(lines)


def json_line(
    mode: str,
    size: tuple[int, int],
    figures: dict[str, Any],
    *,
    busy: bool = False,
    language: str = "en",
) -> str:
    """Every figure and every target in one JSON object on one line."""
    import textual

    checked = targets(figures)
    return json.dumps(
        {
            "benchmark": "laser-tui against a bare Textual app",
            "mode": mode,
            "busy": busy,
            "language": language,
            "terminal_size": list(size),
            "python": platform.python_version(),
            "textual": textual.__version__,
            "figures": figures,
            "targets": {target.name: target.as_json() for target in checked},
            "all_targets_met": all(target.met for target in checked),
        }
    )
