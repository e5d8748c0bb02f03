"""The apps a browser session runs, driven by a pilot: downloads instead of files, no exits."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from textual import events

from laser_tui.files.priorities_file import read_priorities
from laser_tui.kiosk.settings import KioskSettings
from laser_tui.model.content import Content
from laser_tui.screens.decision import DecisionScreen
from laser_tui.screens.dialogs.choice import LeaveDialog
from laser_tui.screens.kiosk.staff_pin import StaffPinDialog
from laser_tui.screens.summary import DOWNLOAD_NAME as SUMMARY_NAME
from laser_tui.screens.summary import SummaryScreen
from laser_tui.web.kiosk_app import STAFF_LINE, WebKioskApp
from laser_tui.web.session_app import DOWNLOAD_NAME, LEAVE_AFTER_DOWNLOAD, WebSessionApp
from support.kiosk import kiosk_settings
from support.sizes import SMALL


class Deliveries(list[dict[str, Any]]):
    """What the app handed to the browser: the text and the options of each download."""


@pytest.fixture
def deliveries(monkeypatch: pytest.MonkeyPatch) -> Deliveries:
    """Record App.deliver_text instead of running it (a headless app has no browser)."""
    found = Deliveries()

    def deliver_text(self: object, file: Any, **options: Any) -> str:
        found.append({"text": file.read(), **options})
        return f"key-{len(found)}"

    monkeypatch.setattr(WebSessionApp, "deliver_text", deliver_text)
    return found


def files_under(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


async def test_save_downloads_the_priorities_and_writes_no_file(
    content: Content, deliveries: Deliveries, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LASER_TUI_PRIORITIES", str(tmp_path / "priorities.toml"))
    monkeypatch.setenv("HOME", str(tmp_path))
    app = WebSessionApp(content)
    async with app.run_test(size=SMALL) as pilot:
        labels = [command.words for command in app.destinations()]
        assert "Save my priorities: download the file" in labels
        assert not any("another file" in label for label in labels)
        await pilot.press("w", "space", "right")
        assert isinstance(app.screen, DecisionScreen)
        await pilot.press("ctrl+o")  # no "save as" in a browser: it asks where downloads go
        assert deliveries == []
        await pilot.press("ctrl+s")
        assert len(deliveries) == 1
        download = deliveries[0]
        assert download["save_filename"] == DOWNLOAD_NAME
        data = tomllib.loads(download["text"])
        loaded = read_priorities(data, content, Path(DOWNLOAD_NAME))
        assert loaded.priorities == app.priorities and not loaded.messages
        assert loaded.priorities.get(content.criteria[0].id).weight == 4
    assert files_under(tmp_path) == [], "nothing is written on the server"


async def test_leaving_with_answers_not_downloaded_asks_and_can_download_first(
    content: Content, deliveries: Deliveries
) -> None:
    app = WebSessionApp(content)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("ctrl+q")
        assert app.return_code == 0, "nothing to lose: it just ends"
    app = WebSessionApp(content)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("w", "space", "ctrl+q")
        assert isinstance(app.screen, LeaveDialog)
        await pilot.press("s")
        assert [d["name"] for d in deliveries] == [LEAVE_AFTER_DOWNLOAD]
        assert app.is_running, "it waits until the browser has the file"
        app.post_message(events.DeliveryComplete(key="key-1", name=LEAVE_AFTER_DOWNLOAD))
        await pilot.pause()
    assert app.return_code == 0


async def test_the_summary_export_is_a_markdown_download(
    content: Content, deliveries: Deliveries
) -> None:
    app = WebSessionApp(content)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("s")
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("e")
        assert [d["save_filename"] for d in deliveries] == [SUMMARY_NAME]
        assert deliveries[0]["mime_type"] == "text/markdown"
        assert content.title in deliveries[0]["text"]


async def test_the_web_kiosk_has_no_staff_exit_and_keeps_its_handover_folder(
    content: Content, tmp_path: Path
) -> None:
    settings = kiosk_settings(tmp_path)
    assert settings.pin_hash is not None
    app = WebKioskApp(content, KioskSettings.model_validate_json(settings.model_dump_json()))
    async with app.run_test(size=SMALL) as pilot:
        assert STAFF_LINE in str(app.screen.query_one("#welcome-box").render())
        await pilot.press("space", "ctrl+x")
        assert not isinstance(app.screen, StaffPinDialog)
        assert app.is_running and not app.pin_guard.enabled
        assert app.settings.handover_dir == tmp_path / "handover"
        assert not app.downloads, "a shared tablet gets no downloads"
