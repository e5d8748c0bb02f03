"""The one table of keys: it makes the bindings, the menu and the keys in docs/using.md, and keys
read one way."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.dom import DOMNode

import laser_tui
from laser_tui.app import LaserApp
from laser_tui.commands import COMMANDS, command_of, commands_in, key_display, readme_keys_table
from laser_tui.kiosk.app import KioskApp

_NOT_IN_KEYS = (
    "laser_tui.screens.dialogs.",
    "laser_tui.screens.kiosk.",
    "laser_tui.kiosk.",
    "laser_tui.web.kiosk_app",
)
USING = Path(__file__).parents[1] / "docs" / "using.md"
"""The page with the keys table (the README links to it)."""


def _our_classes() -> list[type[DOMNode]]:
    found: list[type[DOMNode]] = []
    for module in pkgutil.walk_packages(laser_tui.__path__, "laser_tui."):
        if module.name.endswith("__main__"):
            continue
        loaded = importlib.import_module(module.name)
        for _, cls in inspect.getmembers(loaded, inspect.isclass):
            if issubclass(cls, DOMNode) and cls.__module__ == module.name:
                found.append(cls)
    return found


@pytest.mark.parametrize(
    ("key", "shown"),
    [
        ("ctrl+s", "Ctrl+S"),
        ("escape", "Esc"),
        ("f1", "F1"),
        ("question_mark", "?"),
        ("shift+tab", "Shift+Tab"),
        ("ctrl+backslash", "Ctrl+\\"),
        ("space", "Space"),
        ("enter", "Enter"),
        ("left", "←"),
        ("pagedown", "PgDn"),
        ("w", "w"),
    ],
)
def test_keys_are_written_as_on_a_keyboard(key: str, shown: str) -> None:
    assert key_display(key) == shown


def test_every_binding_of_laser_tui_has_an_id() -> None:
    missing = [
        f"{cls.__name__}: {binding.key}"
        for cls in _our_classes()
        for binding in cls.__dict__.get("BINDINGS", [])
        if isinstance(binding, Binding) and not binding.id
    ]
    assert missing == []


def test_the_app_bindings_are_the_table() -> None:
    for cls in (LaserApp, KioskApp):
        ids = [b.id for b in cls.BINDINGS if isinstance(b, Binding)]
        assert ids == [c.id for c in commands_in(cls.MODE)]
        merged = {b.id for _key, b in cls._merged_bindings or [] if not b.system}
        assert merged == set(ids), "no other mode's keys are inherited"
    assert len({c.id for c in COMMANDS}) == len(COMMANDS)


def test_the_keys_table_on_the_using_page_is_the_table() -> None:
    text = USING.read_text(encoding="utf-8")
    table = text.split("<!-- keys:start -->\n")[1].split("\n<!-- keys:end -->")[0]
    assert table.splitlines() == readme_keys_table()


def test_the_using_page_lists_every_key_of_every_screen() -> None:
    keys = USING.read_text(encoding="utf-8").split("\n## Keys\n")[1].split("\n## ")[0]
    listed = set(re.findall(r"`([^`]+)`", keys))
    missing = {
        f"{cls.__name__}: {key_display(key)}"
        for cls in _our_classes()
        # Dialogs say their keys themselves, the kiosk has its own section, and the table
        # writes the treatments' keys as 1, 2, …
        if not cls.__module__.startswith(_NOT_IN_KEYS)
        for binding in cls.__dict__.get("BINDINGS", [])
        if isinstance(binding, Binding) and not (binding.id or "").startswith("treatment-")
        for key in binding.key.split(",")
        if key_display(key) not in listed
    }
    assert missing == set()


def test_people_never_read_a_key_written_the_toolkit_way() -> None:
    """Messages and screens write Ctrl+S and Esc, not ctrl+s and escape (key strings and a
    message's ``{esc}`` placeholder, filled with the key as people read it, aside)."""
    toolkit_way = re.compile(
        r"\bctrl\+|(?<!\{)\besc\b|\bpress (enter|escape)\b|\[b\](enter|escape)\["
    )
    found = [
        f"{path.name}: {text}"
        for path in Path(laser_tui.__file__).parent.rglob("*.py")
        for text in re.findall(r'"([^"\n]*)"', path.read_text(encoding="utf-8"))
        if " " in text and toolkit_way.search(text)
    ]
    assert found == []


def test_css_lives_in_app_tcss_or_in_a_widget() -> None:
    """docs/development.md's rule: screens and dialogs have no CSS of their own; widgets may."""
    offenders = [
        cls.__name__
        for cls in _our_classes()
        if (
            not cls.__module__.startswith("laser_tui.widgets.")
            and any(name in cls.__dict__ for name in ("CSS", "DEFAULT_CSS"))
        )
        or ("CSS_PATH" in cls.__dict__ and cls.__module__ != "laser_tui.app")
    ]
    assert offenders == []


def test_an_action_as_check_action_gets_it_names_its_command() -> None:
    """What a kiosk allowlist of command ids needs: the id of the action being checked."""
    found = [command_of("open", ("compare",)), command_of("open_treatment", (1,))]
    assert [c.id if c else None for c in found] == ["compare", "treatment-2"]
    assert command_of("save").id == "save"  # type: ignore[union-attr]
    assert command_of("handover").id == "handover"  # type: ignore[union-attr]
    assert command_of("focus_next") is None


def test_every_dialog_is_a_laser_dialog() -> None:
    """One modal base: the box, the too-small notice, the footer and focus kept come with it."""
    from textual.screen import ModalScreen

    from laser_tui.screens.dialogs.base import LaserDialog

    others = [
        cls.__name__
        for cls in _our_classes()
        if issubclass(cls, ModalScreen) and not issubclass(cls, LaserDialog)
    ]
    assert others == []
