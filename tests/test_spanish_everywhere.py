"""Spanish everywhere: every screen and dialog of laser-tui, opened by its key in Spanish, shows
no English words of its own (what the content file says is the content's business: its
references keep their published English titles).

This is the runtime half of "no string a person reads stays outside the catalogue";
tests/test_catalogues.py is the extraction half."""

from __future__ import annotations

import re

import pytest

from laser_tui.app import LaserApp
from laser_tui.commands import COMMANDS, Mode
from laser_tui.model.content import Content
from laser_tui.widgets.facts import SourceList
from support.screens import screen_lines

ENGLISH_WORDS = frozenset(
    """the and your you with what this that for not are was were how when which about would
    should does don't can't isn't it's yes back save quit help home""".split()  # noqa: SIM905
)
"""Common English words that are not Spanish words ("no" is both, so it is left out)."""
WORD = re.compile(r"[A-Za-z']+")
BIG = (120, 60)
OPENS_SOMETHING = {"help", "language", "save_as"}
"""The commands that open a dialog rather than a screen."""
SCREENS = [
    c
    for c in COMMANDS
    if c.runs_in(Mode.HOME) and (c.action.startswith("open(") or c.id in OPENS_SOMETHING)
]


def _content_text(content: Content) -> str:
    """Every text of the content file, joined with single spaces."""
    return " ".join(content.model_dump_json().replace("\\n", " ").split())


def english_on_screen(app: LaserApp, content: Content) -> list[str]:
    """The lines on screen that hold an English word and are neither the content's own text
    nor its list of sources (cited as published, in English)."""
    text = _content_text(content)
    sources = {
        row
        for widget in app.screen.query(SourceList)
        for row in range(widget.region.y, widget.region.bottom)
    }
    found = []
    for row, line in enumerate(screen_lines(app)):
        if row in sources:
            continue
        words = line.strip(" ┃│▶▃▁┏┓┗┛━─╭╮╰╯").strip()
        if not words or " ".join(words.split()) in text:
            continue
        if {w.lower() for w in WORD.findall(words)} & ENGLISH_WORDS:
            found.append(line)
    return found


@pytest.mark.parametrize("command", SCREENS, ids=lambda c: c.id)
async def test_each_screen_in_spanish_has_no_english_of_its_own(
    in_spanish: None, spanish_content: Content, command: object
) -> None:
    assert hasattr(command, "key")
    app = LaserApp(spanish_content)
    async with app.run_test(size=BIG) as pilot:
        home = app.screen
        await pilot.press(command.key.split(",")[0])  # type: ignore[attr-defined]
        await pilot.wait_for_scheduled_animations()
        assert app.screen is not home
        found = english_on_screen(app, spanish_content)
        assert not found, "\n".join(found)


async def test_the_home_screen_in_spanish_has_no_english_of_its_own(
    in_spanish: None, spanish_content: Content
) -> None:
    app = LaserApp(spanish_content)
    async with app.run_test(size=BIG):
        found = english_on_screen(app, spanish_content)
        assert not found, "\n".join(found)
