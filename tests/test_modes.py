"""Each command runs where its row says: the table x the modes, as a person meets them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.actions import parse
from textual.app import App
from textual.widgets import OptionList

from laser_tui.app import LaserApp
from laser_tui.commands import COMMANDS, KIOSKS, Command, Mode
from laser_tui.kiosk.app import KioskApp
from laser_tui.kiosk.handover import handover_bytes, handover_path, read_handover, save_handover
from laser_tui.kiosk.handover_app import HandoverApp
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities
from laser_tui.permissions import KIOSK_COMMANDS
from laser_tui.screens import named
from laser_tui.screens.about import AboutScreen
from laser_tui.screens.compare import CompareScreen
from laser_tui.screens.help import HelpDialog
from laser_tui.screens.home import HomeScreen
from laser_tui.web.kiosk_app import WebKioskApp
from laser_tui.web.session_app import WebSessionApp
from support.kiosk import kiosk_settings, make_kiosk
from support.sizes import SMALL


def _handover_app(content: Content, folder: Path) -> LaserApp:
    handovers = folder / "handover"
    code = save_handover(handovers, handover_bytes(Priorities.defaults_for(content), content))
    return HandoverApp(
        content, read_handover(handover_path(handovers, code), content), folder=folder
    )


APPS: dict[Mode, Callable[[Content, Path], LaserApp]] = {
    Mode.HOME: lambda content, _folder: LaserApp(content),
    Mode.KIOSK: make_kiosk,
    Mode.BROWSER: lambda content, _folder: WebSessionApp(content),
    Mode.BROWSER_KIOSK: lambda content, folder: WebKioskApp(content, kiosk_settings(folder)),
    Mode.HANDOVER: _handover_app,
}


def test_every_mode_has_its_app_class_and_the_kiosk_lists_only_kiosk_rows() -> None:
    assert set(APPS) == set(Mode)
    assert {cls.MODE for cls in (LaserApp, KioskApp, WebSessionApp, WebKioskApp, HandoverApp)} == (
        set(Mode)
    )
    by_id = {command.id: command for command in COMMANDS}
    assert all(by_id[id_].modes & KIOSKS for id_ in KIOSK_COMMANDS), "the allowlist chooses among"


def _runs(command: Command, mode: Mode, content: Content) -> bool:
    """What the row says (a treatment key only for a treatment the content has)."""
    exists = command.treatment is None or command.treatment < len(content.treatments)
    return command.runs_in(mode) and exists


async def _reach_a_screen(app: App[None]) -> None:
    """In a session, on a screen above the home screen (so that the home key applies)."""
    if isinstance(app, KioskApp):
        app.start_session()
    await app.push_screen(CompareScreen())


@pytest.mark.parametrize("mode", list(Mode), ids=lambda mode: mode.value)
async def test_each_command_runs_and_shows_exactly_where_its_row_says(
    content: Content, tmp_path: Path, mode: Mode
) -> None:
    app = APPS[mode](content, tmp_path)
    assert app.MODE is mode
    async with app.run_test(size=SMALL) as pilot:
        await _reach_a_screen(app)
        await pilot.pause()
        footer = {b.binding.id for b in app.screen.active_bindings.values() if b.binding.show}
        for command in COMMANDS:
            runs, where = _runs(command, mode, content), f"{command.id} in {mode.value}"
            if runs and mode in KIOSKS:
                assert command.id in KIOSK_COMMANDS, f"{where}: the kiosk allowlist lists it"
            _namespace, name, parameters = parse(command.action)
            assert bool(app.check_action(name, parameters)) is runs, where
            if not runs:
                assert not await app.run_action(command.action), where
            assert (command.id in footer) is (runs and command.footer), where
        await pilot.press("f1")
        assert isinstance(app.screen, HelpDialog)
        helped = {row.words for row in app.screen.rows}
        for command in COMMANDS:
            if command.treatment is None:
                runs, where = _runs(command, mode, content), f"{command.id} in {mode.value}"
                assert (command.words_for(mode) in helped) is runs, where
        await pilot.press("escape", "h")
        assert isinstance(app.screen, HomeScreen)
        menu = [str(option.id) for option in app.screen.query_one("#menu", OptionList).options]
        assert menu == [c.action for c in COMMANDS if c.menu and _runs(c, mode, content)]


@pytest.mark.parametrize("mode", list(Mode), ids=lambda mode: mode.value)
async def test_a_planted_open_that_is_no_row_is_refused(
    content: Content, tmp_path: Path, mode: Mode, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A command is its whole call: ``open('admin')`` is refused even where a screen of that
    name exists, though ``open`` with a row's parameter runs."""
    monkeypatch.setitem(named.SCREENS, "admin", "laser_tui.screens.about:AboutScreen")
    app = APPS[mode](content, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        if isinstance(app, KioskApp):
            await pilot.press("space")
        assert not app.check_action("open", ("admin",))
        assert not await app.run_action("app.open('admin')")
        assert not await app.run_action("open('admin')")
        await pilot.pause()
        assert not isinstance(app.screen, AboutScreen)
        assert await app.run_action("app.open('about')")
        await pilot.pause()
        assert isinstance(app.screen, AboutScreen)
