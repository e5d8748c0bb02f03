"""Fixed words count the treatments in the content file: a clinic's file with a third treatment
never reads "both treatments" or "either laser treatment", in the app or the plain mode."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.widgets import Static

from laser_tui.app import LaserApp
from laser_tui.files.toml_io import load_content
from laser_tui.model.content import Content
from laser_tui.model.counting import all_treatments, any_treatment
from laser_tui.plain.menu import items
from laser_tui.screens.kiosk.welcome import WelcomeScreen
from support.content_files import fact, small_content, write_toml
from support.plain import run_plain

TWO_ONLY = ("both treatments", "either laser treatment", "two treatments", "both treatments'")


def three_path(folder: Path) -> str:
    """The small clinic file (three treatments), with another option, written in ``folder``."""
    data = small_content()
    data["other_options"] = [{"id": "none", "name": "No treatment", "facts": [fact("Wait.")]}]
    return str(write_toml(folder / "three.toml", data))


@pytest.fixture
def three(tmp_path: Path) -> Content:
    """The small clinic file, loaded."""
    return load_content(Path(three_path(tmp_path)))


def test_the_words_count_the_treatments() -> None:
    assert [all_treatments(n) for n in (2, 3, 4)] == [
        "both treatments",
        "all three treatments",
        "all four treatments",
    ]
    assert [any_treatment(n) for n in (2, 3, 4)] == [
        "either laser treatment",
        "any of the three treatments",
        "any of the four treatments",
    ]


def shown(app: App[object]) -> str:
    """Every text the current screen shows, unwrapped."""
    return " ".join(str(static.content) for static in app.screen.query(Static))


async def test_the_app_counts_three_treatments(three: Content) -> None:
    app = LaserApp(three)
    seen = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        seen.append(shown(app))
        for key in ("o", "n", "1"):
            await pilot.press(key)
            await pilot.pause()
            seen.append(shown(app))
            await pilot.press("escape")
    text = " ".join(seen)
    assert "Read about all three treatments" in text
    assert "You do not have to choose any of the three treatments." in text
    assert not [words for words in TWO_ONLY if words in text]


async def test_the_kiosk_welcome_counts_the_treatments() -> None:
    class Welcome(App[None]):
        def compose(self) -> ComposeResult:
            yield Static()

        def on_mount(self) -> None:
            self.push_screen(WelcomeScreen("Three", "Not advice.", "", treatments=3))

    app = Welcome()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "Read about all three treatments" in shown(app)


def test_the_plain_mode_counts_three_treatments(three: Content, tmp_path: Path) -> None:
    options = [n for n, item in enumerate(items(three), 1) if item.label.startswith("Other")]
    path = three_path(tmp_path)
    done = run_plain([str(*options), "quit"], tmp_path / "p.toml", "--content", path)
    assert done.returncode == 0, done.stderr
    assert "Read about all three treatments, say what counts" in done.stdout
    assert "You do not have to choose any of the three treatments." in done.stdout
    assert not [words for words in TWO_ONLY if words in done.stdout]
