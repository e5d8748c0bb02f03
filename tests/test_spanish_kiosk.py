"""The kiosk in Spanish: the welcome screen offers each language, a session runs in the one
chosen, and every wipe returns to the clinic's language with nothing of the last person left.

Snapshots: `bash scripts/test tests/test_spanish_kiosk.py --snapshot-update`, then look.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList, Static

from laser_tui.kiosk import handover
from laser_tui.kiosk.app import KioskApp
from laser_tui.kiosk.handover import handover_path, read_handover
from laser_tui.kiosk.settings import load_settings
from laser_tui.language.catalogue import current, use
from laser_tui.model.content import Content
from laser_tui.model.problems import InputProblem
from laser_tui.model.session import Session
from laser_tui.screens.home import HomeScreen
from laser_tui.screens.kiosk.handover_code import HandoverCodeDialog
from laser_tui.screens.kiosk.idle_warning import IdleWarningDialog
from laser_tui.screens.kiosk.welcome import WelcomeScreen
from support.kiosk import ManualClock, make_kiosk
from support.kiosk_pilot import wait_until
from support.sizes import SMALL

ENGLISH_WORDS = (" the ", " and ", " your ", " you ")
SPANISH = "2"
ENGLISH = "1"
"""The welcome screen's keys: a number per language, English first."""


def shown(app: KioskApp) -> str:
    """Every line of text on the screen in view (its Static widgets but the notice for a
    terminal too small, which is hidden), as one string."""
    widgets = app.screen.query(Static).exclude(".too-small")
    return " ".join(str(widget.render()) for widget in widgets)


def warning_counts_down(app: KioskApp) -> bool:
    """The idle warning is on top and its countdown has started."""
    screen = app.screen
    return isinstance(screen, IdleWarningDialog) and screen.seconds_left > 0


def menu_of(app: KioskApp) -> list[str]:
    """The lines of the home menu."""
    menu = app.screen.query_one("#menu", OptionList)
    return [str(menu.get_option_at_index(i).prompt) for i in range(menu.option_count)]


def assert_spanish(text: str, line: str) -> None:
    """``line`` is shown, and no English word is left in the screen's own text."""
    assert line in text, text
    assert not [word for word in ENGLISH_WORDS if word in f" {text.lower()} "], text


def assert_fresh_in(app: KioskApp, content: Content, language: str) -> None:
    """The app is on its welcome screen in ``language`` with ``content`` and a new session."""
    assert isinstance(app.screen, WelcomeScreen) and not app.in_session
    assert current() == language
    assert app.content.title == content.title
    assert app.session == Session.fresh(content)
    assert app.screen_stack == [app.screen]


async def choose_and_answer(pilot: Pilot[None], key: str) -> None:
    """Choose a language on the welcome screen, then tick a difference on the checklist."""
    await pilot.press(key)
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, HomeScreen))
    await pilot.press("l", "space")
    assert isinstance(pilot.app, KioskApp) and pilot.app.priorities.number_counted() == 1


async def test_the_welcome_screen_offers_each_language_named_in_itself(
    content: Content, tmp_path: Path
) -> None:
    app = make_kiosk(content, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        text = shown(app)
        assert "Press any key to start · Pulse cualquier tecla para empezar" in text
        assert "Language · Idioma:" in text and " 1  English" in text and " 2  Español" in text
        await pilot.press("3")  # not a language: starts in the clinic's
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        assert current() == "en"


async def test_a_spanish_session_is_wiped_back_to_english_with_nothing_left(
    content: Content, spanish_content: Content, tmp_path: Path
) -> None:
    clock = ManualClock()
    app = make_kiosk(content, tmp_path, clock, idle_timeout=1.0, idle_warning=3)
    async with app.run_test(size=SMALL) as pilot:
        await choose_and_answer(pilot, SPANISH)
        assert current() == "es" and app.content.title == spanish_content.title
        await pilot.press("h")
        first = spanish_content.treatments[0].name
        assert any(first in line for line in menu_of(app)), menu_of(app)
        await pilot.press("ctrl+r", "y")  # start over: a fresh session, in the clinic's language
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen) and current() == "en")
        assert app.content.title == content.title and app.priorities.number_counted() == 0
        assert any(content.treatments[0].name in line for line in menu_of(app)), menu_of(app)

        await pilot.press("ctrl+r", "y")
        await wait_until(pilot, lambda: app.priorities.number_counted() == 0)
        app.end_session()
        await wait_until(pilot, lambda: isinstance(app.screen, WelcomeScreen))
        await choose_and_answer(pilot, SPANISH)
        used = app.session
        clock.advance(app.settings.idle_timeout)
        await wait_until(pilot, lambda: warning_counts_down(app))
        assert_spanish(shown(app), "¿Sigue ahí?")
        clock.advance(app.settings.idle_warning)
        await wait_until(pilot, lambda: isinstance(app.screen, WelcomeScreen))
        assert_fresh_in(app, content, "en")
        assert app.session != used
        assert "Press any key to start" in shown(app).split("·")[0], "the welcome is English"


async def test_with_a_spanish_clinic_the_wipe_returns_to_spanish(
    content: Content, spanish_content: Content, tmp_path: Path
) -> None:
    app = make_kiosk(content, tmp_path, language="es")
    async with app.run_test(size=SMALL) as pilot:
        assert current() == "es" and app.content.title == spanish_content.title
        assert shown(app).startswith(spanish_content.title)
        assert "Pulse cualquier tecla para empezar · Press any key to start" in shown(app)
        await choose_and_answer(pilot, ENGLISH)
        assert current() == "en" and app.content.title == content.title
        await pilot.press("g", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, HandoverCodeDialog))
        await pilot.press("f")  # the hand-over done: wiped
        await wait_until(pilot, lambda: isinstance(app.screen, WelcomeScreen))
        assert_fresh_in(app, spanish_content, "es")


async def test_the_language_key_in_a_session_switches_the_content_and_a_wipe_undoes_it(
    content: Content, spanish_content: Content, tmp_path: Path
) -> None:
    app = make_kiosk(content, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await choose_and_answer(pilot, ENGLISH)
        answers = app.priorities
        await pilot.press("e", "down", "enter")
        await wait_until(pilot, lambda: current() == "es" and isinstance(app.screen, HomeScreen))
        assert app.content.title == spanish_content.title and app.priorities == answers
        app.end_session()
        await wait_until(pilot, lambda: isinstance(app.screen, WelcomeScreen))
        assert_fresh_in(app, content, "en")


async def test_a_content_file_given_by_path_stays_in_every_language(
    content: Content, content_path: Path, tmp_path: Path
) -> None:
    app = KioskApp(
        content, make_kiosk(content, tmp_path).settings, content_path=content_path, language="es"
    )
    async with app.run_test(size=SMALL) as pilot:
        assert current() == "es" and app.content is content, "the clinic's own content stays"
        await pilot.press(ENGLISH)
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        assert current() == "en" and app.content is content


async def hand_over_in_spanish(app: KioskApp) -> Path:
    """A patient chooses Spanish, ticks a difference and hands over; the hand-over's file."""
    async with app.run_test(size=SMALL) as pilot:
        await choose_and_answer(pilot, SPANISH)
        await pilot.press("g", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, HandoverCodeDialog))
        code_screen = app.screen
        assert isinstance(code_screen, HandoverCodeDialog)
        assert_spanish(shown(app), "Su código es")
    return handover_path(app.settings.handover_dir, code_screen.code)


async def test_a_spanish_hand_over_opens_in_english_as_the_same_answers(
    content: Content, spanish_content: Content, tmp_path: Path
) -> None:
    app = make_kiosk(content, tmp_path)
    path = await hand_over_in_spanish(app)
    answers = app.session.priorities
    assert answers.number_counted() == 1
    use("en")  # laser-tui --open CODE --lang en
    assert read_handover(path, content).priorities == answers
    use("es")
    assert read_handover(path, spanish_content).priorities == answers


async def test_a_spanish_hand_over_opened_in_english_says_nothing_of_other_content(
    content: Content, tmp_path: Path
) -> None:
    app = make_kiosk(content, tmp_path)
    path = await hand_over_in_spanish(app)
    use("en")
    assert not read_handover(path, content).notes  # the file keeps ids, and its label is
    # the content's in any language laser-tui ships it in


def test_the_clinic_s_language_is_checked_in_one_line(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('language = "fr"\n')
    with pytest.raises(InputProblem) as problem:
        load_settings(config, must_exist=True)
    assert problem.value.lines == [
        f'{config}: language: laser-tui has no language "fr": give one of "en", "es"; '
        "fix the kiosk configuration and start again"
    ]
    config.write_text('language = "es"\n')
    assert load_settings(config, must_exist=True).language == "es"
    config.write_text("")
    assert load_settings(config, must_exist=True).language == "en"


# Snapshots of the kiosk's own screens in Spanish, at 80x24.

KEYS = {
    "welcome": [],
    "start_over": ["space", "w", "ctrl+r"],
    "hand_over": ["space", "l", "space", "g"],
    "handover_code": ["space", "l", "space", "g", "enter"],
    "staff_pin_wrong": ["ctrl+x", "1", "2", "3", "4", "enter"],
}
LINES = {
    "welcome": "Pulse cualquier tecla para empezar",
    "start_over": "¿Empezar de nuevo?",
    "hand_over": "Entregar a su médico",
    "handover_code": "Su código para su médico",
    "staff_pin_wrong": "Ese PIN no es correcto. Quedan 2 intentos",
}


@pytest.fixture
def fixed_codes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hand-over codes drawn from a fixed sequence, so the code screen looks the same each run."""
    draws = itertools.cycle("7CD4AE")
    fixed = functools.partial(handover.save_handover, choice=lambda _alphabet: next(draws))
    monkeypatch.setattr("laser_tui.kiosk.handover.save_handover", fixed)


@pytest.mark.usefixtures("fixed_codes", "in_spanish")
@pytest.mark.parametrize("screen", list(KEYS))
def test_kiosk_screen_in_spanish(
    snap_compare: Callable[..., bool], spanish_content: Content, tmp_path: Path, screen: str
) -> None:
    app = make_kiosk(spanish_content, tmp_path, language="es")
    seen: list[str] = []

    async def look(pilot: Pilot[None]) -> None:
        await pilot.press(*KEYS[screen])
        await pilot.pause()
        seen.append(shown(app))

    assert snap_compare(app, run_before=look, terminal_size=SMALL)
    text = seen[0]
    if screen == "welcome":  # the invitation in English too, by design
        text = text.replace("Press any key to start", "").replace("English", "")
        text = text.replace(spanish_content.disclaimer, "")
    assert_spanish(text, LINES[screen])


@pytest.mark.usefixtures("in_spanish")
def test_idle_warning_in_spanish(
    snap_compare: Callable[..., bool], spanish_content: Content, tmp_path: Path
) -> None:
    app = make_kiosk(spanish_content, tmp_path, language="es")

    async def warn(pilot: Pilot[None]) -> None:
        await pilot.press("space")
        pilot.app.push_screen(IdleWarningDialog(30, clock=lambda: 0.0))  # a clock standing still
        await pilot.pause()
        assert_spanish(shown(app), "Pulse cualquier tecla para seguir.")

    assert snap_compare(app, run_before=warn, terminal_size=SMALL)
