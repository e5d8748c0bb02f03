"""Every key of the app, typed in one burst right after each choice of a dialog: no traceback.

A person who chooses "Save and leave" and at once presses a screen key (or whose keys arrive
together on a busy machine) must see laser-tui end cleanly, never a traceback. The keys are
queued all at once, as a terminal delivers a burst, not one at a time as ``pilot.press`` does.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual import events

from laser_tui.app import LaserApp
from laser_tui.commands import COMMANDS
from laser_tui.model.content import Content
from support.sizes import SMALL

EVERY_KEY = [key for command in COMMANDS for key in command.key.split(",")]
"""Every key of the command table, in its order."""
SCREEN_KEYS = ["space", "right", "down", "y", "t", "enter", "escape"]
"""A few keys of the screens themselves: count, raise, answer."""
WAIT_SECONDS = 100
"""Long enough for a burst of every key on a machine with a load of 10 (about 50 s)."""


def burst(app: LaserApp, keys: list[str]) -> None:
    """Queue ``keys`` all at once, as a terminal delivers a burst of typed keys."""
    driver = app._driver
    assert driver is not None
    for key in keys:
        char = {"space": " ", "enter": "\r", "question_mark": "?"}.get(key)
        event = events.Key(key, key if len(key) == 1 else char)
        event.set_sender(app)
        driver.send_message(event)


async def until_ended(app: LaserApp) -> None:
    """Let the app handle the burst, then leave it (Ctrl+Q, and discard if it asks).

    Keys go in as the burst did, through the driver: ``pilot.press`` waits for the screen to
    settle, which a screen opened and closed within the burst may never do in a test."""
    async with asyncio.timeout(WAIT_SECONDS):
        while app.is_running:
            if not app.leaving:
                burst(app, ["d" if type(app.screen).__name__ == "LeaveDialog" else "ctrl+q"])
            await asyncio.sleep(0.1)


SOME_SCREENS = ["r", "y", "l", "space", "w", "right", "k", "t"]
"""Screen keys and keys on those screens (each screen opens and gets its key)."""
LEAVE_CHOICES = [
    pytest.param(choice, keys)
    for choice in ("s", "d", "enter", "k", "escape")
    for keys in ("every", "some")
]
"""Save and leave, discard, Enter on the first answer (save), keep editing (two keys); after
"keep editing" every key of the burst is taken, each screen opening and closing in turn."""


@pytest.mark.parametrize(("choice", "then"), LEAVE_CHOICES)
async def test_keys_right_after_a_leave_choice(
    content: Content, tmp_path: Path, choice: str, then: str
) -> None:
    app = LaserApp(content, priorities_path=tmp_path / "priorities.toml")
    keys = EVERY_KEY if then == "every" else SOME_SCREENS
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("w", "space", "ctrl+q")  # a change, then leave
        assert app.screen.__class__.__name__ == "LeaveDialog"
        burst(app, [choice, *keys, *SCREEN_KEYS])
        await until_ended(app)
    assert app.return_code == 0


@pytest.mark.parametrize("choice", ["enter", "escape"])
async def test_keys_right_after_a_save_as_choice(
    content: Content, tmp_path: Path, choice: str
) -> None:
    app = LaserApp(content, priorities_path=tmp_path / "priorities.toml")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("w", "space", "ctrl+o")
        assert app.screen.__class__.__name__ == "SaveAsDialog"
        burst(app, [choice, *SOME_SCREENS, *SCREEN_KEYS])
        await until_ended(app)
    assert app.return_code == 0


@pytest.mark.parametrize("choice", ["r", "a", "escape"])
async def test_keys_right_after_a_replace_newer_choice(
    content: Content, tmp_path: Path, choice: str
) -> None:
    path = tmp_path / "priorities.toml"
    app = LaserApp(content, priorities_path=path)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("w", "space")
        path.write_text("format = 7\n", encoding="utf-8")  # a newer laser-tui wrote it meanwhile
        await pilot.press("ctrl+q", "s")
        assert app.screen.__class__.__name__ == "ReplaceNewerDialog"
        burst(app, [choice, *SOME_SCREENS, *SCREEN_KEYS])
        await until_ended(app)
    assert app.return_code == 0
