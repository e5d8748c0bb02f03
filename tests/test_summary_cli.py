"""`laser-tui summary` as a separate process: the good file, and every way a file can be wrong."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from laser_tui.files.priorities_dump import dump_priorities
from laser_tui.files.priorities_file import load_priorities
from laser_tui.model.content import Content
from support.cli import run_laser_tui
from support.summary import (
    GOLDEN_MARKDOWN,
    GOLDEN_TEXT,
    KNOWN_PRIORITIES_FILE,
    known_priorities,
)


def _summary(
    *args: str | Path, own: Path | None = None, before: tuple[str | Path, ...] = ()
) -> subprocess.CompletedProcess[str]:
    """Run `laser-tui [BEFORE...] summary ARGS...`; ``own`` is the person's own priorities file."""
    own_file = str(own or Path("/nonexistent/laser-tui/priorities.toml"))
    env = {"LASER_TUI_PRIORITIES": own_file, "LASER_TUI_KIOSK_CONFIG": None}
    return run_laser_tui(*before, "summary", *args, env=env)


def _one_clear_line(result: subprocess.CompletedProcess[str]) -> str:
    """The single line on stderr of a run that failed cleanly."""
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def test_the_known_file_holds_the_known_priorities(content: Content) -> None:
    loaded = load_priorities(KNOWN_PRIORITIES_FILE, content)
    assert loaded.messages == ()
    assert loaded.priorities == known_priorities(content)


def test_a_good_file_prints_the_plain_text_summary() -> None:
    result = _summary(KNOWN_PRIORITIES_FILE)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == GOLDEN_TEXT.read_text(encoding="utf-8")


def test_format_markdown_prints_the_markdown_summary() -> None:
    result = _summary(KNOWN_PRIORITIES_FILE, "--format", "markdown")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == GOLDEN_MARKDOWN.read_text(encoding="utf-8")


def test_a_missing_file_is_one_clear_line(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.toml"
    line = _one_clear_line(_summary(missing))
    assert line == f"{missing}: no such file; check the path"


def test_a_malformed_file_names_line_and_column(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("format = 1\n[priorities.low_risk\nweight = 2\n", encoding="utf-8")
    line = _one_clear_line(_summary(broken))
    assert line.startswith(f"{broken}: line 2, column ")
    assert "not valid TOML" in line


def test_a_bad_value_is_named_and_nothing_is_printed(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    text = KNOWN_PRIORITIES_FILE.read_text(encoding="utf-8")
    bad.write_text(text.replace("weight = 5", "weight = 9"), encoding="utf-8")
    line = _one_clear_line(_summary(bad))
    assert line.startswith(f"{bad}: priorities.dramatic_change.weight (found 9)")


def test_an_unknown_output_format_is_refused() -> None:
    line = _one_clear_line(_summary(KNOWN_PRIORITIES_FILE, "--format", "docx"))
    assert line == (
        "--format 'docx' is not a format laser-tui knows: "
        "use text, markdown, pdf, fhir, fhir-questionnaire"
    )


def test_a_file_in_a_newer_format_is_refused(tmp_path: Path) -> None:
    newer = tmp_path / "newer.toml"
    text = KNOWN_PRIORITIES_FILE.read_text(encoding="utf-8")
    newer.write_text(text.replace("format = 3", "format = 99"), encoding="utf-8")
    line = _one_clear_line(_summary(newer))
    assert line.startswith(f"{newer}: format = 99 is newer than this laser-tui understands")


def test_without_a_file_it_prints_your_own_priorities(tmp_path: Path) -> None:
    result = _summary(own=KNOWN_PRIORITIES_FILE)
    assert (result.returncode, result.stdout) == (0, GOLDEN_TEXT.read_text(encoding="utf-8"))
    missing = tmp_path / "mine.toml"
    assert _one_clear_line(_summary(own=missing)) == f"{missing}: no such file; check the path"


def test_priorities_and_content_can_come_before_the_command() -> None:
    result = _summary(before=("--priorities", KNOWN_PRIORITIES_FILE))
    assert (result.returncode, result.stdout) == (0, GOLDEN_TEXT.read_text(encoding="utf-8"))
    wrong = _summary(KNOWN_PRIORITIES_FILE, before=("--content", "/no/such/content.toml"))
    assert _one_clear_line(wrong).startswith("/no/such/content.toml: no such file")


def test_a_folder_is_not_a_priorities_file(tmp_path: Path) -> None:
    line = _one_clear_line(_summary(tmp_path))
    assert line == f"{tmp_path}: is a folder, not a file; give a file's path"


@pytest.fixture
def handover_dir(tmp_path: Path, content: Content) -> Path:
    """A kiosk hand-over folder holding the known priorities under the code 7CD4AE."""
    folder = tmp_path / "handover"
    folder.mkdir()
    handed_over = dt.datetime(2026, 11, 4, 9, 30, tzinfo=dt.UTC)
    text = dump_priorities(known_priorities(content), content, saved_at=handed_over)
    (folder / "7CD4AE.toml").write_text(text, encoding="utf-8")
    return folder


HANDED_OVER = dt.datetime(2026, 11, 4, 9, 30, tzinfo=dt.UTC).astimezone()
HANDOVER_LINE = f"Hand-over 7CD 4AE, handed over {HANDED_OVER.day} {HANDED_OVER:%B %Y at %H:%M}."
"""What ties the paper to the patient: the code and when it was handed over."""


def test_open_prints_a_kiosk_hand_over(handover_dir: Path) -> None:
    result = _summary("--open", "7cd 4ae", "--handover-dir", handover_dir)
    assert (result.returncode, result.stderr) == (0, "")
    golden = GOLDEN_TEXT.read_text(encoding="utf-8")
    assert result.stdout == f"{HANDOVER_LINE}\n\n{golden}"


def test_the_hand_over_line_writes_its_date_as_the_summary_does(handover_dir: Path) -> None:
    first, _, rest = _summary("--open", "7CD4AE", "--handover-dir", handover_dir).stdout.partition(
        "\n"
    )
    found = re.search(r"Priorities as of (\d{1,2} [A-Z][a-z]+ \d{4})\.", rest)
    assert found is not None, rest
    assert f", handed over {found[1]} at " in first, (first, found[1])


def test_open_finds_the_folder_in_the_kiosk_configuration(
    handover_dir: Path, tmp_path: Path
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(f"handover_dir = {json.dumps(str(handover_dir))}\n", encoding="utf-8")
    result = _summary("--open", "7CD-4AE", "--kiosk-config", config, "--format", "markdown")
    assert (result.returncode, result.stderr) == (0, "")
    golden = GOLDEN_MARKDOWN.read_text(encoding="utf-8")
    assert result.stdout == f"**{HANDOVER_LINE}**\n\n{golden}"


def test_open_with_an_unknown_or_mistyped_code_is_one_clear_line(handover_dir: Path) -> None:
    unknown = _one_clear_line(_summary("--open", "2222 22", "--handover-dir", handover_dir))
    assert unknown.startswith(f"{handover_dir}: no hand-over with code 222222; check the code")
    mistyped = _one_clear_line(_summary("--open", "hello", "--handover-dir", handover_dir))
    assert mistyped.startswith("'hello' is not a hand-over code")
    empty = _one_clear_line(_summary("--open", "", "--handover-dir", handover_dir))
    assert empty.startswith("an empty code is not a hand-over code"), "never your own file"
    long = _one_clear_line(_summary("--open", "7" * 100_000, "--handover-dir", handover_dir))
    assert long.startswith("a code of 100,000 characters is not") and len(long) < 200


def test_open_and_a_file_together_are_refused(handover_dir: Path) -> None:
    both = _summary(KNOWN_PRIORITIES_FILE, "--open", "7CD4AE", "--handover-dir", handover_dir)
    assert _one_clear_line(both) == "give a priorities file or --open CODE, not both"


def test_a_damaged_hand_over_prints_nothing(handover_dir: Path) -> None:
    path = handover_dir / "7CD4AE.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("weight = 5", "weight = 9"))
    result = _summary("--open", "7CD4AE", "--handover-dir", handover_dir)
    assert result.returncode == 2 and result.stdout == ""
    assert "Traceback" not in result.stderr
    first, last = result.stderr.strip().splitlines()
    assert first.startswith(f"{path}: priorities.dramatic_change.weight (found 9)")
    assert last == f"{path}: nothing was opened; ask the patient to hand over again at the kiosk"


def _summary_into(stdout: int | None, preexec: object = None) -> subprocess.CompletedProcess[str]:
    """Run `laser-tui summary KNOWN` with its standard output on ``stdout``."""
    env = {**os.environ, "TZ": "UTC", "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "laser_tui", "summary", str(KNOWN_PRIORITIES_FILE)],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        timeout=60,
        check=False,
        preexec_fn=preexec,  # type: ignore[arg-type]
    )


def test_a_reader_that_went_away_ends_it_quietly() -> None:
    """`laser-tui summary F | true`: the pipe has no reader, as when the reader has quit."""
    read, write = os.pipe()
    os.close(read)
    try:
        result = _summary_into(write)
    finally:
        os.close(write)
    assert (result.returncode, result.stderr) == (141, "")


@pytest.mark.skipif(
    "faketime" in os.environ.get("LD_PRELOAD", ""),
    reason="libfaketime opens a file of its own as the process starts, which takes the closed "
    "descriptor 1 (.ci/run's second run, under faketime)",
)
def test_a_closed_standard_output_is_one_line() -> None:
    result = _summary_into(None, preexec=lambda: os.close(1))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "laser-tui: standard output is closed, so nothing can be shown"
    ]
