"""The model and the problem messages are pure: importing them never imports Textual."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import laser_tui.model

MODEL_MODULES = sorted(
    f"laser_tui.model.{module.name}" for module in pkgutil.iter_modules(laser_tui.model.__path__)
)


def test_the_model_has_the_expected_modules() -> None:
    assert {"content", "priorities", "scoring", "wording"} <= {
        name.rsplit(".", 1)[1] for name in MODEL_MODULES
    }


def test_model_and_problems_import_nothing_from_textual() -> None:
    modules = [*MODEL_MODULES, "laser_tui.model.problems"]
    program = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(loaded)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "[]\n"
