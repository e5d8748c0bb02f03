"""Running the plain mode as a person does: answers typed into a pipe, the lines it prints."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from laser_tui.files.toml_io import load_content
from laser_tui.model.content import Content
from laser_tui.plain.comparison import comparison_sections
from laser_tui.plain.menu import items
from laser_tui.plain.other_options import options_sections
from laser_tui.plain.start import converse
from laser_tui.plain.talk import Talk
from laser_tui.plain.treatments import treatment_sections
from laser_tui.plain.visit import Visit

LASER_TUI = Path(sys.executable).with_name("laser-tui")
GOLDEN = Path(__file__).parent.parent / "golden"
_STAMP = re.compile(r"\d{8}T\d{6}Z")


def plain_environment(**extra: str) -> dict[str, str]:
    """The environment of the test, without anything that switches plain mode on by itself."""
    environment = {k: v for k, v in os.environ.items() if k not in ("ACCESSIBLE", "TERM")}
    return {**environment, "TERM": "xterm-256color", **extra}


def run_plain(
    answers: Sequence[str],
    priorities: Path,
    *args: str,
    environment: dict[str, str] | None = None,
    stdin: bytes | None = None,
) -> subprocess.CompletedProcess[str]:
    """The installed laser-tui --plain, with ``answers`` typed one per line, then end of input."""
    typed = stdin if stdin is not None else "".join(f"{a}\n" for a in answers).encode()
    done = subprocess.run(
        [str(LASER_TUI), "--plain", "--priorities", str(priorities), *args],
        input=typed,
        capture_output=True,
        timeout=60,
        check=False,
        env=environment or plain_environment(),
    )
    return subprocess.CompletedProcess(
        done.args,
        done.returncode,
        done.stdout.decode("utf-8"),
        done.stderr.decode("utf-8"),
    )


def converse_here(content: Content, answers: Sequence[str], priorities: Path) -> tuple[str, int]:
    """The plain mode in this process (fast, for many cases): what it printed, its exit code."""
    session = Visit.start(content, priorities)
    out = io.StringIO()
    typed = io.StringIO("".join(f"{a}\n" for a in answers))
    code = converse(Talk(typed, out, echo=True, terminal=False), session)
    return out.getvalue(), code


def normalised(text: str, folder: Path) -> str:
    """A transcript with the test's folder and file time stamps made fixed (the day is frozen
    for every test: conftest.py)."""
    text = text.replace(str(folder), "TMP")
    return _STAMP.sub("STAMP", text)


def menu(label: str) -> str:
    """What to type on the home menu of the shipped content for the item starting ``label``."""
    entries = items(load_content())
    return str(next(n for n, item in enumerate(entries, 1) if item.label.startswith(label)))


MENU_SIZE = len(items(load_content()))
MENU_QUESTION = f"Your choice, 1 to {MENU_SIZE}:"
MENU_PROBLEM = f"Please type a number from 1 to {MENU_SIZE}."

SHIPPED = load_content()
CRITERIA = len(SHIPPED.criteria)
"""How many differences the shipped content has (the weighing asks about each)."""
TREATMENT_SECTIONS = [len(treatment_sections(SHIPPED, t)) for t in SHIPPED.treatments]
COMPARISON_SECTIONS = len(comparison_sections(SHIPPED))
OPTION_SECTIONS = len(options_sections(SHIPPED))
SUMMARY_SECTIONS = 10


def through(sections: int) -> list[str]:
    """The Enters that read every section of a part and go back to the home menu."""
    return [""] * sections
