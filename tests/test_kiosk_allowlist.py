"""The kiosk fails closed: every binding of every screen and dialog is allowed or refused as
listed here, and an action nobody listed does not run."""

from __future__ import annotations

from pathlib import Path

from textual.binding import Binding
from textual.dom import DOMNode

from laser_tui.commands import ACTION_NAMES, Mode
from laser_tui.kiosk.app import KioskApp
from laser_tui.model.content import Content
from laser_tui.permissions import KIOSK_ACTIONS, action_name, permits_call
from laser_tui.screens.home import HomeScreen
from laser_tui.screens.kiosk.idle_warning import IdleWarningDialog
from support.kiosk import make_kiosk
from support.sizes import SMALL

REFUSED = {
    "quit": "ends the program",
    "help_quit": "Textual's ctrl+c: says how to quit",
    "save": "writes the priorities file",
    "save_as": "asks for a file name",
    "export": "writes the summary to a file",
    "copy": "the clipboard outlives the patient",
    "cut": "the clipboard outlives the patient",
    "paste": "the clipboard of whoever came before",
    "copy_text": "the clipboard outlives the patient",
    "command_palette": "runs any command",
    "screenshot": "writes a file",
    "suspend_process": "leaves the kiosk for the shell",
}
"""Actions bound somewhere in the app that the kiosk refuses, and why."""

FURTHER = [("w", "i"), ("w", "b"), ("g",), ("g", "enter"), ("ctrl+r",), ("ctrl+x",)]
"""Keys to the screens and dialogs that the home menu does not list (after every menu key)."""


def walk(app: KioskApp) -> list[tuple[str, ...]]:
    """Keys from the welcome screen to every screen and dialog of the kiosk."""
    menu = [(command.key.split(",")[0],) for command in app.destinations()]
    return [(), ("space",), *menu, *FURTHER]


def bindings_of(node: DOMNode) -> set[tuple[str, str]]:
    """(key, action) for every binding ``node``'s class and its bases declare."""
    found = set()
    for cls in type(node).__mro__:
        for binding in Binding.make_bindings(cls.__dict__.get("BINDINGS", [])):
            found.add((binding.key, binding.action))
    return found


async def walk_every_binding(app: KioskApp) -> dict[str, DOMNode]:
    """Every action bound on every screen the kiosk can show, with a node that binds it."""
    actions: dict[str, DOMNode] = {}
    async with app.run_test(size=SMALL) as pilot:
        for keys in walk(app):
            if not app.in_session and keys != ():
                await pilot.press("space")
            await pilot.press("h", *keys) if app.in_session else await pilot.press(*keys)
            for node in [app, *app.screen.walk_children(with_self=True)]:
                for _key, action in bindings_of(node):
                    actions.setdefault(action, node)
                    if not allowed_name(action):
                        assert not await app.run_action(action, node), f"{action} ran"
            await pilot.press("escape", "escape")
        app.push_screen(IdleWarningDialog(30))
        await pilot.pause()
        for node in app.screen.walk_children(with_self=True):
            for _key, action in bindings_of(node):
                actions.setdefault(action, node)
    return actions


def allowed_name(action: str) -> bool:
    return permits_call(Mode.KIOSK, action)


async def test_every_binding_is_allowed_or_refused_as_listed(
    content: Content, tmp_path: Path
) -> None:
    actions = await walk_every_binding(make_kiosk(content, tmp_path))
    names = {action_name(action) for action in actions}
    unlisted = names - set(KIOSK_ACTIONS) - ACTION_NAMES - set(REFUSED)
    assert not unlisted, f"list these in the kiosk allowlist or in REFUSED: {unlisted}"
    assert not set(KIOSK_ACTIONS) & set(REFUSED)
    assert not set(KIOSK_ACTIONS) & ACTION_NAMES, "the table's commands are allowed by id"
    assert {"quit", "save", "save_as", "export"} <= names, "the walk reached them"
    assert {"handover", "start_over", "staff_exit", "answer", "submit"} <= names


async def test_refused_actions_do_not_run_whoever_binds_them(
    content: Content, tmp_path: Path
) -> None:
    app = make_kiosk(content, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("space")
        for action in [*REFUSED, "app.quit", "screen.dismiss", "open('summary')"]:
            ran = await app.run_action(action)
            assert ran is (action == "open('summary')"), action
        assert app.is_running and app.return_code is None


class RocketScreen(HomeScreen):
    """A screen with a binding added after the allowlist was written."""

    BINDINGS = [Binding("x", "launch", "Launch")]
    launched = False

    def action_launch(self) -> None:
        self.launched = True


async def test_a_binding_added_later_is_off_in_the_kiosk(content: Content, tmp_path: Path) -> None:
    app = make_kiosk(content, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("space")
        screen = RocketScreen()
        await app.push_screen(screen)
        await pilot.press("x")
        assert not screen.launched
        offered = {b.binding.action for b in screen.active_bindings.values()}
        assert "launch" not in offered or not app.check_action("launch", ())
