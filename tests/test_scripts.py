"""scripts/app and scripts/test: set up once, saying so; later starts reinstall nothing.

Run on a copy of the project with a stand-in Python that records what it is asked to do, so
the test takes a second and never touches the real .venv.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
PIP = "-m pip install"
WEB_LOCK = "requirements-web.lock"

FAKE_PYTHON = """#!/bin/sh
# A stand-in python3: 'python3 -m venv DIR' makes DIR/bin/python (this script) and
# DIR/bin/laser-tui; every other call is only written down.
echo "$*" >> "$CALLS"
if [ "$1 $2" = "-m venv" ]; then
  mkdir -p "$3/bin"
  cp "$0" "$3/bin/python"
  printf '#!/bin/sh\\necho "laser-tui 0.1.0"\\n' > "$3/bin/laser-tui"
  chmod +x "$3/bin/laser-tui"
fi
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of what the scripts read: the scripts, sources, data and lock files."""
    copy = tmp_path / "project"
    for name in ("scripts", "src", "data"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in (
        "pyproject.toml",
        "hatch_build.py",
        "requirements.lock",
        "requirements-dev.lock",
        WEB_LOCK,
    ):
        shutil.copy(ROOT / name, copy / name)
    fake = tmp_path / "python3"
    fake.write_text(FAKE_PYTHON, encoding="utf-8")
    fake.chmod(0o755)
    return copy


def _run(project: Path, script: str, *args: str) -> tuple[str, str, list[str]]:
    """Run a script; its output, its messages, and the pip calls it made."""
    calls = project.parent / "calls.log"
    calls.unlink(missing_ok=True)
    env = {
        "PATH": "/usr/bin:/bin",
        "PYTHON": str(project.parent / "python3"),
        "CALLS": str(calls),
        "LASER_TUI_VENV": str(project.parent / "venv"),
    }
    done = subprocess.run(
        ["bash", str(project / "scripts" / script), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    made = calls.read_text(encoding="utf-8").splitlines() if calls.exists() else []
    return done.stdout, done.stderr, [call for call in made if PIP in call]


def test_the_first_start_says_what_it_does_and_the_second_installs_nothing(
    project: Path,
) -> None:
    out, said, pip = _run(project, "app", "--version")
    assert out == "laser-tui 0.1.0\n"
    assert "Setting up laser-tui (first time only, about a minute)…" in said
    assert "package" in said and "1/3" in said and "3/3" in said
    assert any("-r" in call and "requirements.lock" in call for call in pip)
    laser = [call for call in pip if "--no-deps" in call]
    assert len(laser) == 1 and "--compile" in laser[0] and "-e" not in laser[0].split()

    out, said, pip = _run(project, "app", "--version")
    assert (out, said, pip) == ("laser-tui 0.1.0\n", "", [])


def test_serve_sets_up_the_web_extra_once_and_says_so(project: Path) -> None:
    _run(project, "app", "--version")
    out, said, pip = _run(project, "app", "serve", "--help")
    assert out == "laser-tui 0.1.0\n"
    assert "Adding the web extra for laser-tui serve (first time only)" in said
    assert len(pip) == 1 and "requirements-web.lock" in pip[0] and "--no-deps" not in pip[0]
    assert _run(project, "app", "serve")[1:] == ("", [])
    assert _run(project, "app", "--version")[1:] == ("", []), "the web lock includes the base"


def test_a_changed_source_reinstalls_laser_tui_only(project: Path) -> None:
    _run(project, "app", "--version")
    with (project / "src" / "laser_tui" / "__init__.py").open("a", encoding="utf-8") as file:
        file.write("# changed\n")
    _, said, pip = _run(project, "app", "--version")
    assert "Updating laser-tui (its sources changed)…" in said
    assert len(pip) == 1 and "--no-deps" in pip[0]
    _, said, pip = _run(project, "app", "--version")
    assert (said, pip) == ("", [])


def test_a_changed_lock_file_reinstalls_the_packages(project: Path) -> None:
    _run(project, "app", "--version")
    with (project / "requirements.lock").open("a", encoding="utf-8") as file:
        file.write("# changed\n")
    _, said, pip = _run(project, "app", "--version")
    assert "a lock file or pyproject.toml changed" in said
    assert [call for call in pip if "--no-deps" not in call]


def test_scripts_test_passes_its_arguments_to_pytest(project: Path) -> None:
    _run(project, "app", "--version")
    calls = project.parent / "calls.log"
    _run(project, "test", "-n", "0", "-k", "soak")
    assert calls.read_text(encoding="utf-8").splitlines()[-1] == "-m pytest -n 0 -k soak"
