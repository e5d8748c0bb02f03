"""docs/development.md's module map is the one scripts/module-map makes from the code: every
module and stylesheet of the package has a line, and no line names a file that is gone."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "laser_tui"
PAGE = ROOT / "docs" / "development.md"
SCRIPT = ROOT / "scripts" / "module-map"
KINDS = ("*.py", "*.tcss", "*.html", "*.css", "*.js", "*.typ")


def module_map(page: str) -> str:
    """The map between the page's markers."""
    found = re.search(r"<!-- module-map:start -->\n(.*?)<!-- module-map:end -->", page, re.S)
    assert found, f"{PAGE.name} has no module map markers"
    return found.group(1)


def named_in(table: str) -> set[str]:
    """The files and packages the map's rows name (relative to src/laser_tui)."""
    return set(re.findall(r"^\| `([^`]+)` \|", table, re.M))


def test_the_page_is_what_the_script_makes() -> None:
    run = [sys.executable, str(SCRIPT), "--check"]
    done = subprocess.run(run, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr


def test_every_module_has_a_line_and_every_line_a_module() -> None:
    named = named_in(module_map(PAGE.read_text(encoding="utf-8")))
    files = {
        str(path.relative_to(SOURCES))
        for pattern in KINDS
        for path in SOURCES.rglob(pattern)
        if path.name != "__init__.py"
    }
    packages = {
        f"{path.parent.relative_to(SOURCES)}/"
        for path in SOURCES.rglob("__init__.py")
        if path.parent != SOURCES
    }
    assert files, "no sources found next to the tests"
    assert sorted((files | packages) - named) == [], "modules the map does not name"
    assert sorted(named - files - packages) == [], "lines naming modules that are gone"


def test_the_map_follows_a_new_module_and_a_gone_one(tmp_path: Path) -> None:
    """The check can fail: on a copy, a module added without writing the map is found, and so is
    a line left for a module that was removed."""
    copy = tmp_path / "project"
    shutil.copytree(SOURCES, copy / "src" / "laser_tui", ignore=shutil.ignore_patterns("__py*"))
    for path in (PAGE, SCRIPT):
        (copy / path.parent.name).mkdir(exist_ok=True)
        shutil.copy(path, copy / path.parent.name / path.name)
    check = [sys.executable, str(copy / "scripts" / "module-map"), "--check"]

    def said() -> subprocess.CompletedProcess[str]:
        return subprocess.run(check, capture_output=True, text=True, timeout=60, check=False)

    assert said().returncode == 0

    new = copy / "src" / "laser_tui" / "model" / "planted.py"
    new.write_text('"""A planted module."""\n', encoding="utf-8")
    done = said()
    assert done.returncode == 1 and "module map is out of date" in done.stderr

    new.unlink()
    (copy / "src" / "laser_tui" / "clock.py").unlink()
    assert said().returncode == 1

    undocumented = copy / "src" / "laser_tui" / "model" / "bare.py"
    undocumented.write_text("X = 1\n", encoding="utf-8")
    done = said()
    assert done.returncode != 0 and "bare.py: give it a docstring" in done.stderr
