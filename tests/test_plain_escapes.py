"""Plain mode prints no escape sequence and no control character, whatever the files hold."""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

import tomli_w

from laser_tui.files.locations import shipped_content_path
from support.plain import (
    COMPARISON_SECTIONS,
    CRITERIA,
    LASER_TUI,
    OPTION_SECTIONS,
    SUMMARY_SECTIONS,
    TREATMENT_SECTIONS,
    menu,
    plain_environment,
    through,
)
from support.summary import KNOWN_PRIORITIES_FILE

EVERY_PART = [
    "1", *through(TREATMENT_SECTIONS[0]), "2", *through(TREATMENT_SECTIONS[1]),
    menu("Side by side"), *through(COMPARISON_SECTIONS),
    menu("What counts"), *[""] * CRITERIA, "", menu("How my priorities"), "",
    menu("Other options"), *through(OPTION_SECTIONS),
    menu("Am I ready"), "yes", "no", "yes", "no", "",
    menu("My summary:"), *through(SUMMARY_SECTIONS), menu("Save my summary"),
    menu("Help"), "help", "repeat", "nonsense", menu("Save my priorities"), "quit",
]  # fmt: skip
"""Every part of the home menu, to its end, and a save."""

_CONTROL = re.compile(rb"[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]")
_PLANTED = "\x1b[2J\x1b]52;c;aGk=\x07\x9b31m\u202e"


def _hostile_content(folder: Path) -> Path:
    data = tomllib.loads(shipped_content_path().read_text(encoding="utf-8"))
    data["treatments"][0]["what_it_is"][0]["text"] += _PLANTED
    data["criteria"][0]["detail"]["tightening"] += _PLANTED
    data["other_options"][0]["name"] += _PLANTED
    data["questions"][0] += _PLANTED
    path = folder / "content.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return path


def _hostile_priorities(folder: Path) -> Path:
    text = KNOWN_PRIORITIES_FILE.read_text(encoding="utf-8")
    planted = text.replace('content = "Laser', 'content = "\\u001b[2JLaser\\u0007')
    assert planted != text
    path = folder / "priorities.toml"
    path.write_text(planted, encoding="utf-8")
    return path


def _visit(*args: str) -> bytes:
    typed = "".join(f"{answer}\n" for answer in EVERY_PART).encode()
    done = subprocess.run(
        [str(LASER_TUI), "--plain", *args],
        input=typed,
        capture_output=True,
        timeout=60,
        check=False,
        env=plain_environment(),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith(b"Goodbye.\n")
    return done.stdout


def test_every_part_prints_plain_lines_only(tmp_path: Path) -> None:
    said = _visit("--priorities", str(tmp_path / "priorities.toml"))
    assert b"Saved to " in said
    assert _CONTROL.search(said) is None


def test_escapes_planted_in_the_files_never_reach_the_terminal(tmp_path: Path) -> None:
    said = _visit("--priorities", str(_hostile_priorities(tmp_path)))
    assert b"these priorities were made with" in said  # the planted line was printed
    assert _CONTROL.search(said) is None
    refused = subprocess.run(  # a content file with control characters is not content (issue 9)
        [str(LASER_TUI), "--plain", "--content", str(_hostile_content(tmp_path))],
        capture_output=True,
        timeout=60,
        check=False,
        env=plain_environment(),
    )
    assert refused.returncode == 2
    assert b"holds the character U+001B (escape)" in refused.stderr
    assert _CONTROL.search(refused.stdout + refused.stderr) is None
