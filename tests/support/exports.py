"""Helpers for the PDF and FHIR export tests: the command, poppler's tools, the PDF's tags."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject

from laser_tui.files.priorities_dump import dump_priorities
from laser_tui.model.content import Content
from support.summary import known_priorities

HANDED_OVER = dt.datetime(2026, 11, 4, 9, 30, tzinfo=dt.UTC)
CODE = "7CD4AE"


def run_summary(
    *args: str | Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run the installed `laser-tui summary ARGS...` with nobody's own priorities file."""
    environ = {**os.environ, "TZ": "UTC", "NO_COLOR": "1", **(env or {})}
    environ["LASER_TUI_PRIORITIES"] = "/nonexistent/laser-tui/priorities.toml"
    environ.pop("LASER_TUI_KIOSK_CONFIG", None)
    return subprocess.run(
        [sys.executable, "-m", "laser_tui", "summary", *map(str, args)],
        capture_output=True,
        env=environ,
        timeout=120,
        check=False,
    )


def handover_folder(tmp_path: Path, content: Content) -> Path:
    """A kiosk hand-over folder holding the known priorities under ``CODE``."""
    folder = tmp_path / "handover"
    folder.mkdir()
    text = dump_priorities(known_priorities(content), content, saved_at=HANDED_OVER)
    (folder / f"{CODE}.toml").write_text(text, encoding="utf-8")
    return folder


def page_texts(pdf: Path) -> list[str]:
    """The text of each page, as poppler's pdftotext lays it out."""
    done = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, timeout=60, check=True
    )
    return done.stdout.decode("utf-8").split("\f")[:-1]


def flat(text: str) -> str:
    """Text with every run of white space made one space (lines and columns joined)."""
    return " ".join(text.split())


def gray_page(pdf: Path, page: int = 1, dpi: int = 20) -> tuple[int, int, bytes]:
    """One page rendered by poppler's pdftoppm in grey: width, height and one byte a pixel."""
    done = subprocess.run(
        ["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page), str(pdf)],
        capture_output=True,
        timeout=60,
        check=True,
    )
    return parse_pgm(done.stdout)


def parse_pgm(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and pixels of a binary PGM (P5, 8 bits) image."""
    magic, width, height, depth, pixels = data.split(maxsplit=4)
    assert (magic, depth) == (b"P5", b"255")
    return int(width), int(height), pixels


def structure(pdf: Path) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """The document catalog's /Lang, /MarkInfo and title, and the structure tree's elements in
    reading order as (tag, alternative text)."""
    reader = PdfReader(pdf)
    root = reader.trailer["/Root"]
    found: list[tuple[str, str]] = []

    def walk(node: Any) -> None:
        node = node.get_object()
        if isinstance(node, ArrayObject):
            for child in node:
                walk(child)
            return
        if not isinstance(node, DictionaryObject):
            return
        if "/S" in node:
            found.append((str(node["/S"]).lstrip("/"), str(node.get("/Alt", ""))))
        if "/K" in node:
            walk(node["/K"])

    walk(root["/StructTreeRoot"])
    catalog = {
        "lang": str(root.get("/Lang", "")),
        "marked": bool(root.get("/MarkInfo", {}).get("/Marked", False)),
        "title": reader.metadata.title if reader.metadata else None,
        "display_title": bool(root.get("/ViewerPreferences", {}).get("/DisplayDocTitle")),
        "size": tuple(float(v) for v in reader.pages[0].mediabox[2:]),
        "pages": len(reader.pages),
    }
    return catalog, found
