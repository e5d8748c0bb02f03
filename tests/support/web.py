"""Helpers for the browser tests: a fresh browser profile per visitor, downloads, TOML."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from benchmarks.web_browser import CHROMIUM, TerminalPage, launch_chromium
from playwright.sync_api import Browser, BrowserContext, Download, Page, sync_playwright

PHONE_PORTRAIT = {"width": 390, "height": 844}
TABLET = {"width": 1024, "height": 700}


def chromium_browser() -> Iterator[Browser]:
    """Debian's headless Chromium (a module's ``browser`` fixture); CI must have it, elsewhere
    a skip."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium")
        pytest.skip(f"no {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as playwright:
        launched = launch_chromium(playwright)
        yield launched
        launched.close()


def new_tab(browser: Browser, **options: Any) -> tuple[BrowserContext, TerminalPage]:
    """A fresh browser profile (its own cookies and storage) with one tab, touch enabled."""
    context = browser.new_context(**{"viewport": TABLET, "has_touch": True, **options})
    context.set_default_timeout(30_000)
    return context, TerminalPage(context.new_page())


def downloads_of(context: BrowserContext) -> list[Download]:
    """Every download the tabs of ``context`` start (the page follows a download link; any
    tab it might open is watched too)."""
    found: list[Download] = []

    def keep(download: Download) -> None:  # not found.append: Playwright tags handlers
        found.append(download)

    def watch(page: Page) -> None:
        page.on("download", keep)

    for page in context.pages:
        watch(page)
    context.on("page", watch)
    return found


def toml_of(download: Download) -> dict[str, Any]:
    """A downloaded TOML file, parsed."""
    return tomllib.loads(Path(download.path()).read_text(encoding="utf-8"))
