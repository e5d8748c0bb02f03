"""Readiness → summary → export, by keyboard, and the exported file read back."""

from __future__ import annotations

import errno
import stat
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from laser_tui.app import LaserApp
from laser_tui.clock import TODAY_VARIABLE
from laser_tui.files import summary_export
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities, Readiness
from laser_tui.screens.readiness import ReadinessScreen
from laser_tui.screens.summary import SummaryScreen
from support.kiosk import make_kiosk
from support.sizes import SMALL
from support.summary import GOLDEN_MARKDOWN, KNOWN_AS_OF, known_priorities


@pytest.fixture(autouse=True)
def _known_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TODAY_VARIABLE, KNOWN_AS_OF.isoformat())


def _weights_only(content: Content) -> Priorities:
    """The known weights, with the readiness check not taken yet."""
    return known_priorities(content).model_copy(update={"readiness": Readiness()})


def _messages(app: LaserApp) -> list[tuple[str, str]]:
    """The notifications shown so far: (severity, message)."""
    return [(n.severity, n.message) for n in app._notifications]


async def test_readiness_then_summary_then_export(content: Content, tmp_path: Path) -> None:
    priorities_file = tmp_path / "mine.toml"
    app = LaserApp(content, _weights_only(content), priorities_path=priorities_file)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("r")
        assert isinstance(app.screen, ReadinessScreen)
        await pilot.press("n", "y", "y")
        await pilot.press("s")
        assert isinstance(app.screen, SummaryScreen)
        assert app.focused is app.screen.query_one("#summary-body")
        await pilot.press("e")
        exported = tmp_path / "mine-summary.md"
        assert _messages(app)[-1] == ("information", f"Summary saved to {exported}")
    text = exported.read_text(encoding="utf-8")
    assert text == GOLDEN_MARKDOWN.read_text(encoding="utf-8")
    assert stat.S_IMODE(exported.stat().st_mode) == 0o600
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    assert [t.type for t in tokens].count("table_open") == 3


async def test_a_failed_export_is_explained_and_the_app_goes_on(
    content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(path: Path, data: bytes, mode: int = 0o600) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(summary_export, "atomic_write", full_disk)
    app = LaserApp(content, known_priorities(content), priorities_path=tmp_path / "p.toml")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("s", "e")
        severity, message = _messages(app)[-1]
        assert severity == "error"
        assert message.startswith(f"{tmp_path / 'p-summary.md'}: the summary could not be saved")
        assert "No space left on device" in message
        assert isinstance(app.screen, SummaryScreen)
    assert not (tmp_path / "p-summary.md").exists()


async def test_without_a_priorities_file_there_is_no_export(content: Content) -> None:
    app = LaserApp(content, known_priorities(content))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("s")
        assert "export" not in {b.binding.action for b in app.screen.active_bindings.values()}


async def test_the_kiosk_shows_the_summary_but_never_exports_it(
    content: Content, tmp_path: Path
) -> None:
    kiosk = make_kiosk(content, tmp_path)
    async with kiosk.run_test(size=SMALL) as pilot:
        await pilot.press("space", "s")
        assert isinstance(kiosk.screen, SummaryScreen)
        assert "export" not in {b.binding.action for b in kiosk.screen.active_bindings.values()}
        await pilot.press("e")
    assert not list(tmp_path.rglob("*.md"))


async def test_the_summary_shows_markup_and_control_characters_as_text(
    content: Content, tmp_path: Path
) -> None:
    label = "[b]x[/b] [ @click=app.quit]q \x1b[2J"
    criteria = [content.criteria[0].model_copy(update={"label": label}), *content.criteria[1:]]
    odd = content.model_copy(update={"criteria": criteria})
    app = LaserApp(odd, known_priorities(odd), priorities_path=tmp_path / "p.toml")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("s")
        assert isinstance(app.screen, SummaryScreen)
        shot = app.export_screenshot()
        assert "[b]x[/b] [ @click=app.quit]q ␛[2J" in shot.replace("&#160;", " ")
