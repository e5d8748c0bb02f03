"""Every error line in Spanish (issue 28): still one line naming the file and the line or field,
with the value as written and what to do, and no English left in it; the command line's own
words in Spanish; and a hand-over made in Spanish read in English (the priorities file keeps
ids and numbers, not words)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from laser_tui.files.locations import shipped_content_path
from laser_tui.files.priorities_dump import dump_priorities
from laser_tui.files.priorities_file import display_path, priorities_from_bytes
from laser_tui.files.toml_io import load_content
from laser_tui.language.catalogue import use
from laser_tui.model.content import Content
from laser_tui.model.problems import InputProblem
from support.cli import run_laser_tui
from support.summary import GOLDEN_TEXT, known_priorities

pytestmark = pytest.mark.timeout(120)

ENGLISH = re.compile(
    r"\b(the|and|your|you|is|are|must|should|found|fix|ignored|was|were|it|its|of|to|be|"
    r"line|column|value|number|file|with|not|this|that|there|which|only|used|left|out)\b",
    re.IGNORECASE,
)
"""English words that a Spanish line must not hold (outside field names and values)."""
QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")

GOOD = dump_priorities(known_priorities(load_content()), load_content())
"""A good priorities file (English words in its comments only); each case breaks one line."""

BROKEN_PRIORITIES = [
    # (what replaces what, the field or line named, the value as written)
    (("weight = 5", "weight = 9"), "priorities.dramatic_change.weight", "9"),
    (("weight = 5", "weight = 0x10"), "priorities.dramatic_change.weight", "0x10"),
    (("weight = 5", 'weight = "5"'), "priorities.dramatic_change.weight", '"5"'),
    (("counts = true", 'counts = "yes"'), "counts", '"yes"'),
    (("counts = true", "counts = yes"), "línea", "counts = yes"),
    (("[priorities.dramatic_change]", "[priorities.dramatic_chnage]"), "dramatic_chnage", ""),
    (("format = 4", "format = 99"), "format", "99"),
    (("format = 4", 'format = "four"'), "format", '"four"'),
    (("format = 4", "format = 4\nleaning = 7"), "leaning", "7"),
    (("format = 4", 'format = 4\nleaning = "maybe"'), "leaning", '"maybe"'),
    (("format = 4", 'format = 4\nsaved_at = "yesterday"'), "saved_at", '"yesterday"'),
    (("format = 4", "format = 4\ncolour = 1"), "colour", ""),
    (("concerns = [", 'concerns = [ "nope",'), "concerns", '"nope"'),
    (("[readiness]", '[readiness]\nunknown_question = "x"'), "readiness.unknown_question", ""),
    (("[clinician]", '[clinician]\nnot_a_question = "x"'), "clinician.not_a_question", ""),
    (("[priorities.dramatic_change]", "[priorities.dramatic_change"), "línea", ""),
    (("format = 4", "format = 4\nbig = 1e400"), "línea", "1e400"),
]


def _spanish_only(line: str) -> str:
    """``line`` without the file name, quoted values and TOML names, for an English check."""
    words = QUOTED.sub("", line)
    return re.sub(r"[\w./-]*[_.=\[\]][\w./\[\]-]*|\btrue\b|\bfalse\b|laser-tui", "", words)


def _one_spanish_line(line: str, source: str, where: str, written: str) -> None:
    assert "\n" not in line and line.startswith(f"{source}: "), line
    assert where in line, (where, line)
    assert written in line, ("the value as written", written, line)
    left = ENGLISH.findall(_spanish_only(line.removeprefix(f"{source}: ")))
    assert not left, (left, line)


@pytest.mark.parametrize("case", BROKEN_PRIORITIES)
def test_each_priorities_problem_is_one_spanish_line(
    tmp_path: Path,
    in_spanish: None,
    spanish_content: Content,
    case: tuple[tuple[str, str], str, str],
) -> None:
    (old, new), where, written = case
    assert old in GOOD
    path = tmp_path / "priorities.toml"
    loaded = priorities_from_bytes(GOOD.replace(old, new, 1).encode(), path, spanish_content)
    lines = [*loaded.problems, *loaded.notes]
    assert loaded.problems or loaded.newer_format, lines
    named = [line for line in lines if where in line]
    assert named, lines
    for line in named:
        _one_spanish_line(line, display_path(path), where, written)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    weight=st.integers(min_value=6, max_value=2**63 - 1)
    | st.integers(min_value=-(2**63), max_value=-1)
)
def test_a_weight_out_of_range_is_told_in_spanish_as_written(tmp_path: Path, weight: int) -> None:
    use("es")
    text = GOOD.replace("weight = 5", f"weight = {weight:_}", 1)
    path = tmp_path / "priorities.toml"
    loaded = priorities_from_bytes(text.encode(), path, _spanish())
    (line,) = [line for line in loaded.problems if "dramatic_change" in line]
    _one_spanish_line(line, display_path(path), f"(se encontró {weight:_})", f"{weight:_}")
    assert "debe ser un número entero de 0 a 5" in line, line


CONTENT_BREAKS = [
    (('version = "2026.12"', "version = 2026"), "version", "2026"),
    (('version = "2026.12"', 'version = "2026.12"\ncolour = "red"'), "colour", ""),
    (("reviewed = 2026", 'reviewed = "2026'), "columna", ""),
    (('title = "Laser skin', 'title = "\\u001b Laser skin'), "title", "U+001B"),
]


def _spanish() -> Content:
    """The shipped Spanish content, read once (a fixture's repr would fill hypothesis's report)."""
    if not _SPANISH:
        _SPANISH.append(load_content(shipped_content_path("es")))
    return _SPANISH[0]


_SPANISH: list[Content] = []


@pytest.mark.parametrize(("change", "where", "written"), CONTENT_BREAKS)
def test_each_content_problem_is_one_spanish_line(
    tmp_path: Path, in_spanish: None, change: tuple[str, str], where: str, written: str
) -> None:
    old, new = change
    text = shipped_content_path("en").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "content.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(InputProblem) as problem:
        load_content(path)
    (line,) = problem.value.every_line
    _one_spanish_line(line, str(path), where, written)
    assert re.search(r": línea \d+[:,] ", line), "the line of the file is named"
    assert line.endswith("corrija el archivo de contenido y vuelva a intentarlo"), line


def test_a_toml_mistake_names_the_line_and_column_in_spanish(
    tmp_path: Path, in_spanish: None
) -> None:
    path = tmp_path / "content.toml"
    path.write_text('format = 1\ntitle = "unfinished\n', encoding="utf-8")
    with pytest.raises(InputProblem) as problem:
        load_content(path)
    (line,) = problem.value.lines
    assert line == (
        f"{path}: línea 2, columna 20: carácter no permitido '\\n' (no es TOML válido); corrija "
        "el archivo de contenido y vuelva a intentarlo"
    )


def test_laser_tui_in_spanish_with_a_broken_content_file_says_so_and_exits_2(
    tmp_path: Path,
) -> None:
    path = tmp_path / "content.toml"
    text = shipped_content_path("en").read_text(encoding="utf-8")
    path.write_text(text.replace('version = "2026.12"', "version = 2026", 1), encoding="utf-8")
    done = run_laser_tui("--lang", "es", "--content", path)
    assert done.returncode == 2, done.stderr
    assert done.stderr == (
        f"{path}: línea 14: version: debe ser texto (se encontró 2026): el texto se escribe "
        'entre comillas: "2026"; corrija el archivo de contenido y vuelva a intentarlo\n'
    )
    english = run_laser_tui("--content", path)
    assert english.stderr.startswith(f"{path}: line 14: version: Input should be a valid string")


def test_summary_in_spanish_of_a_broken_priorities_file_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "priorities.toml"
    path.write_text(GOOD.replace("weight = 5", "weight = 9", 1), encoding="utf-8")
    done = run_laser_tui("summary", path, "--lang", "es")
    assert (done.returncode, done.stdout) == (2, "")
    (line,) = done.stderr.splitlines()
    _one_spanish_line(line, str(path), "priorities.dramatic_change.weight", "(se encontró 9)")


def test_the_command_line_help_is_in_spanish() -> None:
    done = run_laser_tui("--lang", "es", "--help")
    assert done.returncode == 0
    said = " ".join(done.stdout.split())
    assert "¿tensado cutáneo con láser o rejuvenecimiento cutáneo con láser?" in said
    assert "empezar con el tema de alto contraste" in said
    summary = " ".join(run_laser_tui("summary", "--help", "--lang=es").stdout.split())
    assert "un archivo de prioridades (por defecto: el suyo" in summary
    assert "start with the high-contrast theme" in run_laser_tui("--help").stdout


HANDED_OVER = dt.datetime(2026, 11, 4, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def spanish_handover(tmp_path: Path, in_spanish: None, spanish_content: Content) -> Path:
    """A kiosk hand-over folder with the known priorities, answered in Spanish, as 7CD4AE."""
    folder = tmp_path / "handover"
    folder.mkdir()
    text = dump_priorities(known_priorities(spanish_content), spanish_content, HANDED_OVER)
    (folder / "7CD4AE.toml").write_text(text, encoding="utf-8")
    return folder


def test_a_hand_over_answered_in_spanish_is_read_in_english(spanish_handover: Path) -> None:
    env = {"LASER_TUI_KIOSK_CONFIG": None}
    english = run_laser_tui(
        "summary", "--open", "7CD4AE", "--handover-dir", spanish_handover, "--lang", "en", env=env
    )
    assert (english.returncode, english.stderr) == (0, "")
    _handover_line, _, summary = english.stdout.partition("\n\n")
    assert summary == GOLDEN_TEXT.read_text(encoding="utf-8"), "the same as answered in English"
    spanish = run_laser_tui(
        "summary", "--open", "7CD4AE", "--handover-dir", spanish_handover, "--lang", "es", env=env
    )
    assert (spanish.returncode, spanish.stderr) == (0, "")
    assert "de cada 100" in spanish.stdout, "the content in Spanish"


def test_check_content_speaks_spanish(tmp_path: Path) -> None:
    path = shipped_content_path("es")
    done = run_laser_tui("--lang", "es", "check-content", path)
    assert done.returncode == 0, done.stderr
    first, second, *rest = done.stdout.splitlines()
    assert first.startswith(f"bien: {path}: ") and " tratamientos, " in first
    assert (
        second
        == f"bien: {path}: solo difiere en el texto de su base {path.parent / 'content.toml'}"
    )
    ours = [
        line
        for line in rest
        if line.startswith(("info: palabras por tratamiento: ", "info: cada diferencia con "))
    ]
    assert len(ours) == 6, rest
    for line in ours:
        assert not ENGLISH.findall(_spanish_only(line)), line
