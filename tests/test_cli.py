"""The installed `laser-tui` command, run as a person runs it."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import tomli_w

from laser_tui import __version__
from laser_tui.files.locations import shipped_content_path
from laser_tui.files.toml_io import load_content
from laser_tui.model.problems import InputProblem

LASER_TUI = Path(sys.executable).with_name("laser-tui")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the installed command and collect what it printed."""
    return subprocess.run(
        [str(LASER_TUI), *args], capture_output=True, text=True, timeout=60, check=False
    )


@pytest.fixture
def broken_content(tmp_path: Path) -> Path:
    """The shipped content with three problems in it."""
    data = tomllib.loads(shipped_content_path().read_text(encoding="utf-8"))
    data["criteria"][0]["fit"]["tightening"] = 2
    data["criteria"][1]["id"] = "dramatic_change"
    del data["seed_differences"], data["retired_criteria"]  # they name the renamed id
    del data["criteria"][2]["fit"]["resurfacing"]
    path = tmp_path / "clinic.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return path


def expected_lines(path: Path) -> list[str]:
    """What loading ``path`` says is wrong, one line per problem."""
    with pytest.raises(InputProblem) as caught:
        load_content(path)
    return caught.value.lines


def test_check_content_says_ok_with_counts() -> None:
    path = shipped_content_path()
    done = run("check-content", str(path))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == (
        f"ok: {path}: 2 treatments, 6 criteria, 3 other options, 8 questions, 23 sources"
    )
    assert all(line.startswith(("warning: ", "info: ")) for line in lines[1:])
    assert done.stderr == ""


def test_check_content_lists_every_problem_and_fails(broken_content: Path) -> None:
    done = run("check-content", str(broken_content))
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert lines == expected_lines(broken_content)
    assert len(lines) == 3
    assert all(line.startswith(f"{broken_content}: line ") for line in lines)
    assert all(": criteria[" in line and '(criterion "' in line for line in lines)
    assert "Traceback" not in done.stderr + done.stdout


def test_check_content_of_a_missing_file(tmp_path: Path) -> None:
    done = run("check-content", str(tmp_path / "none.toml"))
    assert done.returncode == 2
    assert done.stderr == f"{tmp_path / 'none.toml'}: no such file; check the path\n"


def test_the_app_with_bad_content_prints_the_same_lines_and_fails(broken_content: Path) -> None:
    done = run("--content", str(broken_content))
    assert done.returncode == 2
    assert done.stderr.splitlines() == expected_lines(broken_content)
    assert "Traceback" not in done.stderr + done.stdout


def test_help_describes_the_command() -> None:
    done = run("--help")
    assert done.returncode == 0
    assert done.stdout.startswith("usage: laser-tui")
    for words in ("--content", "--version", "check-content", "not medical advice"):
        assert words in done.stdout


def test_version() -> None:
    done = run("--version")
    assert (done.returncode, done.stdout) == (0, f"laser-tui {__version__}\n")


def test_python_dash_m_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "laser_tui", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stdout) == (0, f"laser-tui {__version__}\n")


def test_an_unknown_option_is_a_usage_error() -> None:
    done = run("--colour")
    assert done.returncode == 2
    assert "unrecognized arguments: --colour" in done.stderr
    assert "Traceback" not in done.stderr
