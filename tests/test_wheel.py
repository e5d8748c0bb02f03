"""The wheel carries everything the app needs, the shipped content included."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

from laser_tui import __version__
from laser_tui.model.content import Content

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_holds_valid_content_and_the_stylesheet(tmp_path: Path) -> None:
    build = ["wheel", "--no-deps", "--no-build-isolation", "--disable-pip-version-check", "-q"]
    done = subprocess.run(
        [sys.executable, "-m", "pip", *build, "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    [wheel] = tmp_path.glob("laser_tui-*.whl")
    assert wheel.name.startswith(f"laser_tui-{__version__}-")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        shipped = archive.read("laser_tui/data/content.toml").decode("utf-8")
        [entry_points] = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
        scripts = archive.read(entry_points).decode("utf-8")
    content = Content.model_validate(tomllib.loads(shipped))
    assert [t.id for t in content.treatments] == ["tightening", "resurfacing"]
    assert len(content.criteria) == 6
    assert {"laser_tui/app.tcss", "laser_tui/cli/main.py", "laser_tui/screens/decision.py"} <= names
    assert "laser_tui/export/summary.typ" in names, "the PDF template"
    assert "laser_tui/data/content.es.toml" in names, "the Spanish content beside the English"
    assert "laser-tui = laser_tui.cli.main:run" in scripts
