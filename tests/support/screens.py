"""Reading what a screen shows, for pilot tests."""

from __future__ import annotations

import html
import re

import pytest
from textual.widget import Widget

from laser_tui.app import LaserApp


def home_marked_clock(screens: list[str]) -> list[object]:
    """Screen names for a parametrized snapshot test, the home screen's marked `clock`: it shows
    the content's review date (and, once that is past, that it is overdue), so .ci/run takes its
    snapshot again with the clock more than a year ahead."""
    return [
        pytest.param(name, marks=pytest.mark.clock) if name == "home" else name for name in screens
    ]


def stack(app: LaserApp) -> list[type]:
    """The classes of the screens on the stack, bottom first."""
    return [type(screen) for screen in app.screen_stack]


def focused_id(app: LaserApp) -> str | None:
    """The id of the focused widget."""
    return app.focused.id if app.focused else None


def text_of(app: LaserApp, selector: str) -> str:
    """What a text widget (a Static, a SteadyText) on the current screen shows, as text."""
    return str(app.screen.query_one(selector, Widget).render())


VERDICTS = ("pass", "fail", "score:", "well done", "wrong")


_LINE_SPAN = re.compile(r'<text [^>]*clip-path="url\(#[\w-]+-line-(\d+)\)"[^>]*>([^<]*)</text>')


def screen_lines(app: LaserApp) -> list[str]:
    """Every line the terminal shows now, by row, as a person reads it (from Textual's SVG)."""
    lines: dict[int, list[str]] = {}
    for number, text in _LINE_SPAN.findall(app.export_screenshot()):
        lines.setdefault(int(number), []).append(html.unescape(text).replace("\xa0", " "))
    rows = max(lines, default=-1) + 1
    return ["".join(lines.get(row, [])).rstrip() for row in range(rows)]
