"""The first screen is painted from a quick read of the shipped content, before pydantic is
imported; the content is validated in full right after, and nothing from it can be acted on
until then. Content that fails that validation gives the same one-line errors and exit 2."""

from __future__ import annotations

import datetime as dt
import gc
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from textual.app import App

from laser_tui.app import LaserApp
from laser_tui.cli.main import main
from laser_tui.files.locations import shipped_content_path
from laser_tui.files.quick_content import PendingContent, home_content, quick_read
from laser_tui.files.toml_io import load_content
from laser_tui.model.content import Content
from laser_tui.model.home_content import HomeContent
from laser_tui.model.problems import InputProblem

SIZE = (100, 32)
TIMEOUT = 30.0


def shipped_data() -> dict[str, Any]:
    data: dict[str, Any] = tomllib.loads(shipped_content_path().read_text(encoding="utf-8"))
    return data


@pytest.fixture
def invalid_beyond_home(tmp_path: Path) -> Path:
    """Content whose home-screen fields are fine but whose first criterion is not."""
    data = shipped_data()
    first = data["criteria"][0]
    first["fit"][next(iter(first["fit"]))] = 1.5
    path = tmp_path / "content.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return path


def test_the_first_screen_is_painted_without_pydantic() -> None:
    code = (
        "import sys\n"
        "from laser_tui.app import LaserApp\n"
        "from laser_tui.files.quick_content import PendingContent, quick_read\n"
        "from laser_tui.files.locations import shipped_content_path\n"
        "seen = []\n"
        "def at_first_paint(app, pending):\n"  # on_ready: the first frame is out
        "    names = ('pydantic', 'pydantic_core')\n"
        "    seen.append(sorted(m for m in sys.modules if m.split('.')[0] in names))\n"
        "    app.exit()\n"
        "LaserApp._validate_pending = at_first_paint\n"
        "path = shipped_content_path()\n"
        "app = LaserApp(PendingContent(quick_read(path), path, None))\n"
        "app.run(headless=True, size=(80, 24))\n"
        "print(seen)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip().splitlines()[-1] == "[[]]", result.stdout


def test_the_quick_read_shows_what_the_validated_content_holds(content: Content) -> None:
    assert quick_read(shipped_content_path()) == HomeContent.of(content)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", "   "),
        ("disclaimer", 3),
        ("reviewed", dt.datetime(2026, 1, 1, 9, 0)),
        ("next_review", "2027-01-01"),
        ("treatments", []),
    ],
)
def test_a_home_field_the_model_would_reject_means_no_quick_read(field: str, value: Any) -> None:
    data = shipped_data()
    data[field] = value
    assert home_content(data) is None


def test_a_treatment_without_a_name_means_no_quick_read() -> None:
    data = shipped_data()
    del data["treatments"][1]["name"]
    assert home_content(data) is None


def test_a_file_that_is_not_toml_means_no_quick_read(tmp_path: Path) -> None:
    path = tmp_path / "content.toml"
    path.write_text("title = ", encoding="utf-8")
    assert quick_read(path) is None


def test_a_header_line_inside_a_text_means_no_quick_read(tmp_path: Path) -> None:
    shipped = shipped_content_path().read_text(encoding="utf-8")
    planted = shipped.replace(
        'disclaimer = """\\\n', 'disclaimer = """\\\n[[treatments]]\nname = "Not a treatment"\n', 1
    )
    assert planted != shipped
    path = tmp_path / "content.toml"
    path.write_text(planted, encoding="utf-8")
    assert "[[treatments]]" in tomllib.loads(planted)["disclaimer"]  # valid: it is text
    assert quick_read(path) is None


async def test_a_misread_home_screen_is_corrected_once_validated(content: Content) -> None:
    path = shipped_content_path()
    right = quick_read(path)
    assert right is not None
    wrong = HomeContent(
        "A wrong title", right.disclaimer, right.reviewed, right.next_review, ("A", "B")
    )
    app = LaserApp(PendingContent(wrong, path, None))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert app.validated and app.home == right
        texts = [str(widget.render()) for widget in app.screen.query("#home-body Static")]
        assert any(right.title in text for text in texts), texts
        assert not any("A wrong title" in text for text in texts)
        menu = [command.words for command in app.destinations()]
        assert f"{right.treatment_names[0]}: what it is" in menu


async def test_content_actions_wait_for_the_validation(tmp_path: Path) -> None:
    path = shipped_content_path()
    home = quick_read(path)
    assert home is not None
    app = LaserApp(PendingContent(home, path, tmp_path / "priorities.toml"))
    assert app.check_action("open", ("decision",)) is None
    assert app.check_action("open_treatment", (0,)) is None
    assert app.check_action("save", ()) is None
    assert app.check_action("quit", ()) is True
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.validated
        assert app.keeper.path == tmp_path / "priorities.toml"
        assert app.check_action("open", ("decision",)) is True
        await pilot.press("w")
        await pilot.pause()
        assert type(app.screen).__name__ == "DecisionScreen"


async def test_content_that_fails_after_the_first_paint_ends_the_app_with_its_lines(
    invalid_beyond_home: Path,
) -> None:
    with pytest.raises(InputProblem) as expected:
        load_content(invalid_beyond_home)
    home = quick_read(invalid_beyond_home)
    assert home is not None
    app = LaserApp(PendingContent(home, invalid_beyond_home, None))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
    assert app.return_code == 2
    assert app.content_problem is not None
    assert app.content_problem.lines == expected.value.lines


def test_the_command_prints_those_lines_and_exits_2(
    invalid_beyond_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(InputProblem) as expected:
        load_content(invalid_beyond_home)
    monkeypatch.setattr(
        "laser_tui.files.locations.shipped_content_path", lambda: invalid_beyond_home
    )
    monkeypatch.setattr(LaserApp, "run", lambda self: App.run(self, headless=True, size=SIZE))
    assert main([]) == 2
    assert capsys.readouterr().err.splitlines() == expected.value.lines
    assert gc.isenabled()
