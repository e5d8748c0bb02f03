"""Saving and opening priorities in the app, driven by the keyboard as a person would."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from laser_tui.app import LaserApp
from laser_tui.cli.main import main
from laser_tui.files.priorities_file import FORMAT, load_priorities
from laser_tui.files.priorities_save import save_priorities
from laser_tui.model.content import Content
from laser_tui.model.priorities import CriterionPriority, Priorities
from laser_tui.screens.decision import DecisionScreen
from laser_tui.screens.dialogs.choice import LeaveDialog, ReplaceNewerDialog
from laser_tui.screens.dialogs.file_messages import FileMessagesDialog
from laser_tui.screens.dialogs.save_as import SaveAsDialog
from laser_tui.screens.home import HomeScreen
from laser_tui.widgets.weight_control import WeightControl
from support.sizes import SMALL


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of the test's own, so paths show as ~/..."""
    monkeypatch.setenv("HOME", str(tmp_path))
    return tmp_path


def _messages(app: LaserApp) -> list[str]:
    return [notification.message for notification in app._notifications]


async def test_the_file_line_is_in_view_at_80x24_under_the_disclaimer(
    content: Content, home: Path
) -> None:
    app = LaserApp(content, priorities_path=home / "priorities.toml")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        line = app.screen.query_one("#file-line", Static)
        disclaimer = app.screen.query_one("#disclaimer", Static)
        assert line.display and "No saved priorities yet" in str(line.render())
        assert disclaimer.region.bottom <= line.region.y, "below the disclaimer, covering nothing"
        assert line.region.bottom <= SMALL[1], "in view without scrolling"


def _file_line(app: LaserApp) -> str:
    """The home screen's line about the priorities file, as shown ("" when hidden)."""
    line = app.screen.query_one("#file-line", Static)
    return str(line.render()) if line.display else ""


def _changed(content: Content) -> Priorities:
    first = content.criteria[0].id
    return Priorities.defaults_for(content).with_counts(first, True).with_weight(first, 5)


async def test_saved_weights_come_back_after_a_restart(content: Content, home: Path) -> None:
    path = home / "priorities.toml"
    first, second = content.criteria[0].id, content.criteria[1].id
    app = LaserApp(content, priorities_path=path)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert _file_line(app) == "No saved priorities yet. Ctrl+S saves them to ~/priorities.toml"
        assert _messages(app) == [], "nothing covers the introduction at start-up"
        await pilot.press("w", "space", "right", "right", "down", "space", "left", "ctrl+s")
        assert _messages(app)[-1] == "Saved to ~/priorities.toml"
        assert not app.keeper.unsaved(app.priorities)
        await pilot.press("escape")
        assert _file_line(app) == "Your priorities are saved in ~/priorities.toml"
    app = LaserApp(content, priorities_path=path)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert _file_line(app) == "Your priorities were opened from ~/priorities.toml"
        assert _messages(app) == []
        assert app.priorities.get(first) == CriterionPriority(counts=True, weight=5)
        assert app.priorities.get(second) == CriterionPriority(counts=True, weight=2)
        await pilot.press("w")
        assert isinstance(app.screen, DecisionScreen)
        shown = app.screen.query_one(f"#weight-{first}", WeightControl)
        assert (shown.counts, shown.weight) == (True, 5)


async def test_ctrl_s_saves_from_any_screen(content: Content, home: Path) -> None:
    path = home / "priorities.toml"
    app = LaserApp(content, priorities=_changed(content), priorities_path=path)
    async with app.run_test(size=SMALL) as pilot:
        for key in ("c", "1", "l", "o", "question_mark"):
            path.unlink(missing_ok=True)
            await pilot.press("h", key, "ctrl+s")
            assert load_priorities(path, content).priorities == _changed(content), key


async def test_leaving_with_unsaved_changes_asks_first(content: Content, home: Path) -> None:
    path = home / "priorities.toml"
    app = LaserApp(content, priorities_path=path)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("l", "enter", "ctrl+q")
        assert isinstance(app.screen, LeaveDialog)
        await pilot.press("k")
        assert app.return_code is None
        assert app.keeper.unsaved(app.priorities)
        await pilot.press("ctrl+q", "d")
        assert app.return_code == 0
    assert not path.exists()


async def test_save_and_leave_saves_then_leaves(content: Content, home: Path) -> None:
    path = home / "priorities.toml"
    app = LaserApp(content, priorities_path=path)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("l", "enter", "ctrl+q", "s")
        assert app.return_code == 0
    assert load_priorities(path, content).priorities.number_counted() == 1


async def test_leaving_without_changes_does_not_ask(content: Content, home: Path) -> None:
    app = LaserApp(content, priorities_path=home / "priorities.toml")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("l", "enter", "enter", "ctrl+q")  # ticked and unticked: no change
        assert app.return_code == 0


async def test_a_failed_save_keeps_the_app_and_the_priorities(
    content: Content, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = home / "locked"
    locked.mkdir()
    original_replace = os.replace

    def replace(source: str, target: str | Path) -> None:
        if Path(target).parent == locked:
            raise OSError(errno.EROFS, "Read-only file system")
        original_replace(source, target)

    monkeypatch.setattr("laser_tui.files.toml_io.os.replace", replace)
    app = LaserApp(content, priorities=_changed(content), priorities_path=locked / "p.toml")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("ctrl+s")
        assert _messages(app)[-1] == (
            "Could not save to ~/locked/p.toml: the disk is read-only. Your priorities are still "
            "here: press Ctrl+O to save them somewhere else."
        )
        assert app.return_code is None
        assert app.priorities == _changed(content)
        assert app.keeper.unsaved(app.priorities)
        await pilot.press("ctrl+o")
        assert isinstance(app.screen, SaveAsDialog)
        assert app.screen.query_one(Input).value == "~/locked/p.toml"
        app.screen.query_one(Input).value = "~/elsewhere.toml"
        await pilot.press("enter")
        assert _messages(app)[-1] == "Saved to ~/elsewhere.toml"
        assert load_priorities(home / "elsewhere.toml", content).priorities == _changed(content)
        assert app.keeper.path == home / "elsewhere.toml"
        assert not app.keeper.unsaved(app.priorities)


async def _submit(pilot: Pilot[None], app: LaserApp, text: str) -> str:
    """Type ``text`` into the save-as dialog and press enter; the problem shown, if any."""
    assert isinstance(app.screen, SaveAsDialog)
    app.screen.query_one(Input).value = text
    await pilot.press("enter")
    if not isinstance(app.screen, SaveAsDialog):
        return ""
    return str(app.screen.query_one("#save-as-problem", Static).render())


async def test_save_as_checks_the_path_before_writing(
    content: Content, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (home / "taken.toml").write_text("format = 1\n")
    app = LaserApp(content, priorities=_changed(content), priorities_path=home / "p.toml")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("ctrl+o")
        assert await _submit(pilot, app, "  ") == (
            "Type where to save, for example ~/priorities.toml"
        )
        assert await _submit(pilot, app, "~") == (
            "~ is a folder: add a file name, for example ~/priorities.toml"
        )
        assert await _submit(pilot, app, "~/no/p.toml") == (
            "The folder ~/no does not exist: choose one that does"
        )
        with monkeypatch.context() as patch:
            patch.setattr("laser_tui.files.priorities_save.os.access", lambda *args: False)
            assert await _submit(pilot, app, "~/p.toml") == (
                "You cannot save in ~ (no permission): choose another folder"
            )
        assert "already exists: press Enter again" in await _submit(pilot, app, "~/taken.toml")
        assert list(home.glob("*.toml")) == [home / "taken.toml"]  # nothing written yet
        await pilot.press("enter")
        assert not isinstance(app.screen, SaveAsDialog)
    assert load_priorities(home / "taken.toml", content).priorities == _changed(content)
    assert (home / "taken.toml.bak").read_text() == "format = 1\n"


async def test_save_as_by_typing_and_escape_cancels(
    content: Content, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(home)
    app = LaserApp(content, priorities=_changed(content), priorities_path=home / "p.toml")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("ctrl+o", "escape")
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("ctrl+o", "ctrl+u", "b", ".", "t", "o", "m", "l", "enter")
        assert _messages(app)[-1] == "Saved to ~/b.toml"
    assert not (home / "p.toml").exists()
    assert load_priorities(home / "b.toml", content).priorities == _changed(content)


async def test_a_bad_file_is_explained_and_kept_when_saving(content: Content, home: Path) -> None:
    path = home / "priorities.toml"
    original = b"format = 1\n[priorities.low_risk\nweight = 4\n"
    path.write_bytes(original)
    app = LaserApp(content, priorities_path=path)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, FileMessagesDialog)
        lines = [str(line.render()) for line in app.screen.query(".dialog-line").results(Static)]
        assert lines == [
            "• line 2, column 21: Expected ']' at the end of a table declaration (not valid "
            "TOML); fix it in a text editor; until then laser-tui starts with the defaults, and "
            "keeps this file aside (as a .broken copy) before it saves there"
        ]
        assert app.priorities == Priorities.defaults_for(content)
        await pilot.press("enter")
        assert isinstance(app.screen, HomeScreen)
        assert path.read_bytes() == original
        await pilot.press("ctrl+s")
        assert "The file it replaced is kept as priorities.broken-" in _messages(app)[-1]
    (kept,) = home.glob("priorities.broken-*.toml")
    assert kept.read_bytes() == original


async def test_a_newer_file_is_replaced_only_with_say_so(content: Content, home: Path) -> None:
    path = home / "priorities.toml"
    original = f"format = {FORMAT + 1}\n[priorities.low_risk]\nmatters = true\n".encode()
    path.write_bytes(original)
    app = LaserApp(content, priorities_path=path)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, FileMessagesDialog)
        assert app.priorities.get("low_risk").counts
        await pilot.press("enter", "ctrl+s")
        assert isinstance(app.screen, ReplaceNewerDialog)
        await pilot.press("escape")
        assert path.read_bytes() == original
        await pilot.press("ctrl+s", "r")
        assert isinstance(app.screen, HomeScreen)
    assert load_priorities(path, content).problems == ()
    (kept,) = home.glob("priorities.newer-*.toml")
    assert kept.read_bytes() == original


async def test_an_app_without_a_file_asks_where_to_save(content: Content, home: Path) -> None:
    app = LaserApp(content, priorities=_changed(content))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, SaveAsDialog)


def test_leave_dialog_snapshot(snap_compare: Any, content: Content) -> None:
    app = LaserApp(content)  # no file: no start-up notice to time out in the picture
    assert snap_compare(app, press=["w", "space", "ctrl+q"], terminal_size=SMALL)


def test_save_as_problem_snapshot(snap_compare: Any, content: Content, home: Path) -> None:
    app = LaserApp(content)
    assert snap_compare(app, press=["ctrl+o", "ctrl+u", "~", "enter"], terminal_size=SMALL)


def test_file_problems_snapshot(snap_compare: Any, content: Content, home: Path) -> None:
    path = home / "priorities.toml"
    first = content.criteria[0].id
    path.write_text(f'format = 1\n[priorities.{first}]\nmatters = "yes"\nweight = 9\n')
    app = LaserApp(content, priorities_path=path)
    assert snap_compare(app, terminal_size=SMALL)


def test_save_priorities_is_what_the_app_uses(content: Content, home: Path) -> None:
    """The file the app saves is the one ``save_priorities`` writes (kiosk and summary use it)."""
    path = home / "p.toml"
    save_priorities(path, _changed(content), content)
    assert LaserApp(content, priorities_path=path).priorities == _changed(content)


def test_the_command_line_chooses_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Path | None] = []

    def run(app: LaserApp) -> None:
        # The shipped content is validated after the first paint; the file is chosen then.
        opened.append(app.pending.load()[1] if app.pending else app.keeper.path)
        app.exit()  # an app that ends without exit() has crashed: exit status 1

    monkeypatch.setattr(LaserApp, "run", run)
    monkeypatch.setenv("LASER_TUI_PRIORITIES", str(tmp_path / "env.toml"))
    assert main(["--priorities", str(tmp_path / "option.toml")]) == 0
    assert main([]) == 0
    assert opened == [tmp_path / "option.toml", tmp_path / "env.toml"]


async def test_the_save_keys_do_nothing_inside_a_dialog_about_saving(
    content: Content, home: Path
) -> None:
    path = home / "p.toml"
    app = LaserApp(content, priorities=_changed(content), priorities_path=path)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("ctrl+o")
        assert isinstance(app.screen, SaveAsDialog)
        await pilot.press("ctrl+s", "ctrl+o")
        assert isinstance(app.screen, SaveAsDialog)
        assert len(app.screen_stack) == 2
        await pilot.press("escape", "ctrl+q")
        assert isinstance(app.screen, LeaveDialog)
        await pilot.press("ctrl+s", "ctrl+o")
        assert isinstance(app.screen, LeaveDialog)
        assert len(app.screen_stack) == 2
    assert not path.exists()
