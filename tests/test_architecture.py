"""The package's shape: model/ is self-contained, and no modules import each other in a circle.

Imports are read from the source with ``ast``, those under ``if TYPE_CHECKING:`` included (a
circle of types tangles the modules as much). Imports inside functions (lazy imports) count for
the model rule but not for circles, since they run after both modules have loaded.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import laser_tui

PACKAGE = Path(laser_tui.__file__).parent
ROOT = Path(__file__).resolve().parents[1]


def module_name(path: Path) -> str:
    """laser_tui.x.y for a file under the package."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(node: ast.AST, package: str) -> list[str]:
    """The laser_tui modules one import statement names."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names if alias.name.startswith("laser_tui")]
    if isinstance(node, ast.ImportFrom):
        base = node.module or ""
        if node.level:
            base = ".".join([*package.split(".")[: len(package.split(".")) - node.level + 1], base])
        if not base.startswith("laser_tui"):
            return []
        return [base, *(f"{base}.{alias.name}" for alias in node.names)]
    return []


def imports_of(path: Path, *, top_level_only: bool) -> set[str]:
    """Modules of laser_tui that ``path`` imports (existing modules only)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inner = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if not (top_level_only and inner):
                found.update(imported(child, package))
            visit(child, inner)

    visit(tree, False)
    return {module for module in found if module in MODULES and module != name}


MODULES = {module_name(path): path for path in PACKAGE.rglob("*.py")}


def test_the_model_imports_nothing_outside_the_model() -> None:
    """The model may use the languages' messages and formats, which are pure too."""
    for name, path in MODULES.items():
        if name.startswith("laser_tui.model"):
            outside = {
                module
                for module in imports_of(path, top_level_only=False)
                if not module.startswith(("laser_tui.model", "laser_tui.language"))
            }
            assert not outside, f"{name} imports {sorted(outside)}"


def test_no_import_circles() -> None:
    graph = {name: imports_of(path, top_level_only=True) for name, path in MODULES.items()}
    # A package's __init__ is imported on the way to any module inside it.
    for name in list(graph):
        parent = name.rpartition(".")[0]
        if parent in graph:
            graph[name].add(parent)
    state: dict[str, int] = {}
    stack: list[str] = []

    def walk(name: str) -> None:
        state[name] = 1
        stack.append(name)
        for target in sorted(graph[name]):
            if state.get(target) == 1:
                circle = [*stack[stack.index(target) :], target]
                raise AssertionError("import circle: " + " -> ".join(circle))
            if target not in state:
                walk(target)
        stack.pop()
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            walk(name)


def test_the_rules_see_a_circle_and_an_outside_import(tmp_path: Path) -> None:
    """The checks above can fail: a planted import is found."""
    source = tmp_path / "planted.py"
    source.write_text("from laser_tui.app import LaserApp\n", encoding="utf-8")
    tree_imports = imported(ast.parse(source.read_text()).body[0], "laser_tui.model")
    assert "laser_tui.app" in tree_imports


def test_test_modules_never_import_each_other() -> None:
    """Shared test helpers live in tests/support/, never in another test module or conftest."""
    tests = Path(__file__).parent
    for path in sorted(tests.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = imported_names(node)
            wrong = [name for name in names if name.startswith(("test_", "conftest"))]
            assert not wrong, f"{path.name} imports {wrong}: move what it needs to tests/support/"


def imported_names(node: ast.AST) -> list[str]:
    """The top-level module names one import statement names."""
    if isinstance(node, ast.Import):
        return [alias.name.split(".")[0] for alias in node.names]
    if isinstance(node, ast.ImportFrom) and not node.level and node.module:
        return [node.module.split(".")[0]]
    return []


def importlinter_contracts() -> list[dict[str, object]]:
    """The contracts declared in pyproject.toml's [tool.importlinter]."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        contracts: list[dict[str, object]] = tomllib.load(file)["tool"]["importlinter"]["contracts"]
    return contracts


def test_the_import_contracts_are_kept() -> None:
    """lint-imports (import-linter) checks pyproject.toml's contracts on the installed package."""
    lint_imports = Path(sys.executable).parent / "lint-imports"
    done = subprocess.run(
        [str(lint_imports), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=100,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr
    assert f"{len(importlinter_contracts())} kept, 0 broken" in done.stdout, done.stdout


def test_the_closed_model_contract_names_every_other_part() -> None:
    """A new part of laser_tui is forbidden to the model without anyone editing the contract."""
    model = next(c for c in importlinter_contracts() if c["source_modules"] == ["laser_tui.model"])
    parts = {
        f"laser_tui.{path.stem if path.is_file() else path.name}"
        for path in PACKAGE.iterdir()
        if (path.suffix == ".py" and path.name != "__init__.py")
        or (path.is_dir() and (path / "__init__.py").is_file())
    }
    forbidden = model["forbidden_modules"]
    assert isinstance(forbidden, list)
    assert parts - {"laser_tui.model", "laser_tui.language"} == set(forbidden) - {"textual"}
    assert "textual" in forbidden
    language = next(
        c for c in importlinter_contracts() if c["source_modules"] == ["laser_tui.language"]
    )
    assert parts - {"laser_tui.language"} == set(language["forbidden_modules"]) - {"textual"}
