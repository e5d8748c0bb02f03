"""One command for every benchmark: ``bash benchmarks/run [--quick|--reduced] [--busy]``.

Prints a table, then, as its last line, one JSON object with every figure and target.
Exits 0 when every benchmark ran (met targets or not: they are reported, not enforced),
1 when a benchmark could not run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from dataclasses import dataclass
from typing import Any

from benchmarks.busy import cpu_hog
from benchmarks.report import json_line, table, targets
from benchmarks.startup import TERMINAL_SIZE, BenchmarkError
from benchmarks.suite import measure_latency, measure_peak_rss, measure_soak, measure_startup
from laser_tui.language.catalogue import available


@dataclass(frozen=True)
class Plan:
    """How many repeats each measurement makes."""

    mode: str
    startup_repeats: int
    latency_chunks: int
    presses_per_chunk: int
    rss_repeats: int
    soak_sessions: int


FULL = Plan(
    "full",
    startup_repeats=15,
    latency_chunks=5,
    presses_per_chunk=100,
    rss_repeats=3,
    soak_sessions=1000,
)
QUICK = Plan(
    "quick",
    startup_repeats=1,
    latency_chunks=1,
    presses_per_chunk=16,
    rss_repeats=1,
    soak_sessions=5,
)
REDUCED = Plan(
    "reduced",
    startup_repeats=8,
    latency_chunks=2,
    presses_per_chunk=100,
    rss_repeats=2,
    soak_sessions=1000,
)
"""Fewer repeats than the full run but enough for figures: for a shared machine."""

PARTS = ("startup", "latency", "rss", "soak")


def measure(plan: Plan, parts: tuple[str, ...] = PARTS) -> dict[str, Any]:
    """Run the benchmarks of the plan named in ``parts``; the figures by name."""
    figures: dict[str, Any] = {}
    if "startup" in parts:
        figures.update(measure_startup(plan.startup_repeats))
    if "latency" in parts:
        figures["key_latency_ms"] = measure_latency(plan.latency_chunks, plan.presses_per_chunk)
    if "rss" in parts:
        figures["peak_rss_mb"] = measure_peak_rss(plan.rss_repeats)
    if "soak" in parts:
        figures["kiosk_soak"] = measure_soak(plan.soak_sessions)
    return figures


def _parts(text: str) -> tuple[str, ...]:
    parts = tuple(part.strip() for part in text.split(",") if part.strip())
    unknown = [part for part in parts if part not in PARTS]
    if unknown or not parts:
        raise argparse.ArgumentTypeError(f"choose from {', '.join(PARTS)} (comma-separated)")
    return parts


def main(argv: list[str] | None = None) -> int:
    """Parse the options, run the benchmarks, print the table and the JSON line."""
    parser = argparse.ArgumentParser(
        prog="bash benchmarks/run",
        description="Benchmark laser-tui against a bare Textual app (start-up, key latency, "
        "memory, kiosk soak). The last line printed is one JSON object with every figure.",
    )
    parser.add_argument(
        "--quick", action="store_true", help="a few repeats only: checks that everything runs"
    )
    parser.add_argument(
        "--reduced", action="store_true", help="fewer repeats than the full run (about half)"
    )
    parser.add_argument(
        "--busy", action="store_true", help="measure beside a CPU hog spinning on one core"
    )
    parser.add_argument(
        "--only",
        type=_parts,
        default=PARTS,
        metavar="PARTS",
        help=f"run only these benchmarks, comma-separated: {', '.join(PARTS)}",
    )
    parser.add_argument(
        "--lang",
        choices=available(),
        default="en",
        help="the language laser-tui starts in (its start-up, keys and memory in that language)",
    )
    args = parser.parse_args(argv)
    os.environ["LANGUAGE"] = args.lang  # every laser-tui started or built from now on
    plan = QUICK if args.quick else REDUCED if args.reduced else FULL
    if shutil.which("tmux") is None:
        print(
            "benchmarks: tmux is needed for the real-terminal start-up; install it", file=sys.stderr
        )
        return 1
    try:
        with cpu_hog(args.busy):
            figures = measure(plan, args.only)
    except BenchmarkError as error:
        print(f"benchmarks: {error}", file=sys.stderr)
        return 1
    header = (
        f"laser-tui against a bare Textual app, {TERMINAL_SIZE[0]}x{TERMINAL_SIZE[1]}, "
        f"{plan.mode} run{', beside a CPU hog on one core' if args.busy else ''}, "
        f"laser-tui in {args.lang}; "
        "each figure is median (min-max)"
    )
    print(table(figures, targets(figures), header))
    print(
        json_line(plan.mode, TERMINAL_SIZE, figures, busy=args.busy, language=args.lang),
        flush=True,
    )
    return 0
