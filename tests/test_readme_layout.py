"""The README's layout section names every module and stylesheet of the package."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "laser_tui"


def layout_section() -> str:
    """The text of the README's 'How the code is laid out' section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"^## How the code is laid out\n(.*?)^## ", readme, re.M | re.S)
    assert found, "the README has no 'How the code is laid out' section"
    return found.group(1)


def test_the_layout_names_every_module() -> None:
    section = layout_section()
    files = [
        path
        for pattern in ("*.py", "*.tcss", "*.html", "*.css", "*.js")
        for path in SOURCES.rglob(pattern)
        if path.name != "__init__.py"
    ]
    assert files, "no sources found next to the tests"
    missing = sorted(str(path.relative_to(SOURCES)) for path in files if path.name not in section)
    assert not missing, f"the README's layout section does not name {missing}"


def test_the_layout_names_every_package() -> None:
    section = layout_section()
    packages = [path.parent for path in SOURCES.rglob("__init__.py") if path.parent != SOURCES]
    missing = sorted(p.name for p in packages if f"{p.name}/" not in section)
    assert not missing, f"the README's layout section does not name the packages {missing}"
