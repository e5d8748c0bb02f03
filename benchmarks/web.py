"""`python -m benchmarks.web`: `laser-tui serve` in headless Chromium, several tabs at once.

For each of N tabs (one browser profile each, opened one after another while the earlier ones
stay open): the time from opening the page to the home screen on it. With all N open: memory
(PSS and RSS) and the CPU time each session process used to start, then the CPU they use
while idle, and memory again once every tab has opened every screen. The last line is one
JSON object; benchmarks/README.md says what the figures mean.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from benchmarks.web_browser import TerminalPage, launch_chromium, running_server

MACHINE_GIB = 24
KEPT_FOR_THE_SYSTEM_GIB = 4
CORES = 2
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
IDLE_SECONDS = 5.0
EVERY_SCREEN = ("1", "h", "2", "h", "c", "h", "l", "h", "w", "h", "o", "h", "r", "h", "s", "h")
"""Keys that open every screen from the home menu and come back."""


def pss_and_rss_mb(pid: int) -> tuple[float, float]:
    """A process's proportional and resident set sizes, in MB."""
    fields = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, value, *_ = line.split()
        fields[name.rstrip(":")] = int(value)
    return fields["Pss"] / 1024, fields["Rss"] / 1024


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time a process has used."""
    stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(stat[11]) + int(stat[12])) / CLOCK_TICKS


def spread(values: list[float]) -> dict[str, float]:
    """Median, min and max, rounded."""
    return {
        "median": round(statistics.median(values), 1),
        "min": round(min(values), 1),
        "max": round(max(values), 1),
        "n": len(values),
    }


def measure(tabs: int) -> dict[str, object]:
    """Open ``tabs`` sessions one after another; every figure."""
    with running_server("--max-sessions", str(tabs)) as server, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        pages, open_ms = [], []
        for _ in range(tabs):
            context = browser.new_context(viewport={"width": 1024, "height": 700})
            tab = TerminalPage(context.new_page())
            started = time.perf_counter()
            tab.open(server.url)
            tab.wait_for_home()
            open_ms.append((time.perf_counter() - started) * 1000)
            pages.append(tab)
        sessions = [pid for pid in server.session_pids() if _is_python(pid)]
        memory = [pss_and_rss_mb(pid) for pid in sessions]
        start_cpu = [cpu_seconds(pid) * 1000 for pid in sessions]
        before = sum(cpu_seconds(pid) for pid in sessions)
        pages[0].page.wait_for_timeout(IDLE_SECONDS * 1000)
        idle_percent = (sum(cpu_seconds(pid) for pid in sessions) - before) / IDLE_SECONDS * 100
        for tab in pages:
            tab.focus()
            for key in EVERY_SCREEN:
                tab.press(key)
                tab.wait_for_text("laser-tui —")
        for tab in pages:
            tab.wait_for_text("laser-tui — Home")
        used = [pss_and_rss_mb(pid) for pid in sessions]
        server_pss, _ = pss_and_rss_mb(server.process.pid)
        browser.close()
    pss = statistics.median(m[0] for m in used)
    usable_mb = (MACHINE_GIB - KEPT_FOR_THE_SYSTEM_GIB) * 1024
    startup_cpu_s = statistics.median(start_cpu) / 1000
    return {
        "tabs": tabs,
        "open_to_home_ms": spread(open_ms),
        "session_pss_mb": spread([m[0] for m in memory]),
        "session_rss_mb": spread([m[1] for m in memory]),
        "session_pss_after_every_screen_mb": spread([m[0] for m in used]),
        "session_rss_after_every_screen_mb": spread([m[1] for m in used]),
        "session_startup_cpu_ms": spread(start_cpu),
        "idle_cpu_percent_all_sessions": round(idle_percent, 2),
        "server_pss_mb": round(server_pss, 1),
        "sessions_by_memory_24gb": int(usable_mb / pss),
        "session_starts_per_second_2_cores": round(CORES / startup_cpu_s, 1),
    }


def _is_python(pid: int) -> bool:
    try:
        return "python" in Path(f"/proc/{pid}/comm").read_text()
    except OSError:
        return False


def main(argv: list[str] | None = None) -> int:
    """Run it and print the figures; the last line is JSON."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.web")
    parser.add_argument("--tabs", type=int, default=10, help="sessions open at once")
    figures = measure(parser.parse_args(argv).tabs)
    for name, value in figures.items():
        print(f"{name:36} {value}")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
