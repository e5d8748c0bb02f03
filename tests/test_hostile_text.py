"""Any text in any content or priorities text field: every screen shows it as text, or the
file is refused in one clean line. Nothing is taken as markup or reaches the terminal raw."""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
from pathlib import Path
from typing import Any

import tomli_w
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from laser_tui.app import LaserApp
from laser_tui.model.content import Content
from laser_tui.model.problems import validation_lines
from laser_tui.model.safe_text import is_unsafe
from support.corpus import shipped

PIECES = [
    *"[]/\\=@$'\" #*|`_<>{}:;.",
    "[b]", "[/b]", "[B]", "[/]", "[ a='", "[$error]", "[ reverse]", "[ @click=app.quit]",
    "[link=https://x]", "[@click=app.exit]", "\\[", "word", "<b>", "&amp;", "1. ", "- ",
]  # fmt: skip
MARKUPISH = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)
"""Text made of the pieces of Textual and Rich markup (and Markdown)."""
HOSTILE = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"])
    | st.sampled_from(["\x1b", "\x9b", "\x07", "\x7f", "\u202e", "\u2066", "\r", "\x00"]),
    min_size=1,
    max_size=20,
)
"""Anything, control and bidirectional characters included."""

KEYS = ["1", "2", "c", "n", "l", "w", "o", "r", "k", "s", "a", "f1"]
"""A key for every screen, pressed from the home screen."""


def _fill(text: str) -> dict[str, Any]:
    """The shipped content with ``text`` in every kind of text field."""
    data = copy.deepcopy(shipped())
    data["title"] = "T " + text
    data["disclaimer"] += text
    data["clinician_prompt"] = text + " P"
    for treatment in data["treatments"]:
        treatment["name"] += text
        treatment["short_name"] = text + " S"
        treatment["other_names"] = [text + " O"]
        for _, facts in [(k, v) for k, v in treatment.items() if isinstance(v, list)]:
            if facts and isinstance(facts[0], dict):
                facts[0]["text"] += text
    for criterion in data["criteria"]:
        criterion["label"] = text + " L"
        criterion["difference"] += text
        criterion["detail"] = {k: v + text for k, v in criterion["detail"].items()}
        for basis in criterion.get("basis", {}).values():
            basis["reason"] += text
    for option in data["other_options"]:
        option["name"] = "N " + text
        option["facts"][0]["text"] += text
    data["questions"] = [text + " ?"]
    data["version"] = text + " V"
    for outcome in data.get("outcomes", []):
        outcome["label"] = text + " O"
    for source in data["sources"]:
        source["title"] += text
        source["publisher"] = "P " + text
    return data


def _raw(shown: str) -> list[str]:
    return sorted({f"U+{ord(ch):04X}" for ch in shown if is_unsafe(ch) and ch not in "\n\t"})


async def _every_screen(content: Content, priorities_file: Path) -> list[str]:
    """A screenshot of every screen, reached by its key from the home screen."""
    app = LaserApp(content, priorities_path=priorities_file)
    shots = []
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        shots.append(app.export_screenshot())
        await pilot.press("enter")  # closes the messages about the priorities file
        for key in KEYS:
            await pilot.press(key)
            await pilot.pause()
            shots.append(app.export_screenshot())
            await pilot.press("escape")
        assert app.is_running
    return shots


@settings(
    max_examples=1,
    deadline=dt.timedelta(seconds=60),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=MARKUPISH | HOSTILE, note=MARKUPISH | HOSTILE)
@example(text="[ a=' [B] [$error] [ @click=app.quit]q[/] \\", note="\x1b]52;c;aGk=\x07[ a='")
@example(text="\x1b[2J", note="[b]")
def test_any_text_is_shown_as_text_on_every_screen(text: str, note: str, tmp_path: Path) -> None:
    try:
        content = Content.model_validate(_fill(text))
    except ValidationError as error:
        lines = validation_lines("content.toml", error)
        assert lines and not _raw("\n".join(lines))
        assert any(is_unsafe(ch) and ch not in "\n\t" for ch in text) or not text.strip()
        content = Content.model_validate(shipped())
    mine = tmp_path / "priorities.toml"
    mine.write_text(
        tomli_w.dumps({"format": 1, "content": note, "priorities": {note or "x": {"weight": 1}}})
    )
    shots = asyncio.run(_every_screen(content, mine))
    assert len(shots) == len(KEYS) + 1
    for shot in shots:
        assert not _raw(shot)
