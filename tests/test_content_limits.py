"""The documented limits of a content file are enforced, and within them every screen opens.

How long each screen takes is printed (run with -s), never asserted: speed is the benchmark's;
benchmarks/README.md has the figures."""

from __future__ import annotations

import asyncio
import copy
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import tomli_w

from laser_tui.app import LaserApp
from laser_tui.files.toml_io import MAX_FILE_BYTES, load_content
from laser_tui.model.content import Content
from laser_tui.model.content_base import (
    MAX_CRITERIA,
    MAX_LIST,
    MAX_QUESTIONS,
    MAX_TEXT,
    MAX_TREATMENTS,
)
from laser_tui.model.problems import InputProblem
from support.corpus import largest_content

KEYS = ["1", "2", "c", "n", "l", "w", "o", "r", "k", "s", "a", "f1"]


@pytest.fixture(scope="module")
def largest(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("largest") / "content.toml"
    path.write_text(tomli_w.dumps(largest_content()), encoding="utf-8")
    return path


def test_the_largest_content_is_valid_and_within_the_file_size(largest: Path) -> None:
    assert largest.stat().st_size <= MAX_FILE_BYTES
    content = load_content(largest)
    assert len(content.treatments) == MAX_TREATMENTS
    assert len(content.criteria) == MAX_CRITERIA


def _grow(key: str, count: int) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        data[key] = [copy.deepcopy(data[key][0]) for _ in range(count)]

    return change


def _set_disclaimer(data: dict[str, Any]) -> None:
    data["disclaimer"] = "x" * (MAX_TEXT + 1)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (_grow("treatments", MAX_TREATMENTS + 1), "treatments"),
        (_grow("criteria", MAX_CRITERIA + 1), "criteria"),
        (_grow("other_options", MAX_LIST + 1), "other_options"),
        (_grow("questions", MAX_QUESTIONS + 1), "questions"),
        (_set_disclaimer, "disclaimer"),
    ],
)
def test_one_over_a_limit_is_one_line_naming_the_field(
    change: Callable[[dict[str, Any]], None], field: str, tmp_path: Path
) -> None:
    data = largest_content()
    change(data)
    path = tmp_path / "content.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    with pytest.raises(InputProblem) as raised:
        load_content(path)
    at = re.compile(rf"{re.escape(str(path))}: line \d+: {re.escape(field)}:")
    assert any(at.match(line) for line in raised.value.lines), raised.value


async def _open_every_screen(app: LaserApp) -> dict[str, float]:
    seconds = {}
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for key in KEYS:
            started = time.process_time()
            await pilot.press(key)
            await pilot.pause()
            seconds[key] = time.process_time() - started
            assert len(app.screen_stack) > 1, f"{key} opened nothing"
            if key == "c" and len(app.content.treatments) == MAX_TREATMENTS:
                shot = app.export_screenshot()
                assert all(f"Treatment{n}" in shot for n in range(MAX_TREATMENTS))
            await pilot.press("escape")
    return seconds


def test_every_screen_opens_with_the_largest_content(
    largest: Path, tmp_path: Path, content: Content
) -> None:
    app = LaserApp(load_content(largest), priorities_path=tmp_path / "p.toml")
    seconds = asyncio.run(_open_every_screen(app))
    shipped = asyncio.run(_open_every_screen(LaserApp(content, priorities_path=tmp_path / "q")))
    print("processor seconds to open, largest and shipped content:")
    print({key: (round(value, 3), round(shipped[key], 3)) for key, value in seconds.items()})
    assert seconds.keys() == shipped.keys() == set(KEYS)
