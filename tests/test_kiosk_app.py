"""Kiosk mode driven as a patient and as staff do: keys in, screens and answers out."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Digits, Input, Static

from laser_tui.files.priorities_file import load_priorities
from laser_tui.kiosk.app import KioskApp
from laser_tui.kiosk.handover import find_handover, handover_path, read_handover, spaced
from laser_tui.kiosk.handover_app import HandoverApp
from laser_tui.kiosk.pin import PinGuard
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities
from laser_tui.model.session import Session
from laser_tui.screens.checklist import ChecklistScreen
from laser_tui.screens.decision import DecisionScreen
from laser_tui.screens.home import HomeScreen
from laser_tui.screens.kiosk.handover_ask import HandoverAskDialog
from laser_tui.screens.kiosk.handover_code import HandoverCodeDialog
from laser_tui.screens.kiosk.idle_warning import IdleWarningDialog
from laser_tui.screens.kiosk.staff_pin import StaffPinDialog
from laser_tui.screens.kiosk.start_over import StartOverDialog
from laser_tui.screens.kiosk.welcome import WelcomeScreen
from laser_tui.screens.summary import SummaryText
from laser_tui.widgets.checklist import Checklist
from laser_tui.widgets.header import LaserHeader
from laser_tui.widgets.weight_control import WeightControl
from support.kiosk import STAFF_PIN, ManualClock, make_kiosk
from support.kiosk_pilot import start, wait_until
from support.sizes import SMALL

QUIT_KEYS = ("ctrl+q", "ctrl+c", "ctrl+d", "ctrl+z", "ctrl+backslash", "ctrl+p", "ctrl+s", "ctrl+o")
FUNCTION_KEYS = tuple(f"f{n}" for n in range(2, 13))
LEAVING_ACTIONS = {"quit", "screenshot", "command_palette", "suspend_process", "save", "save_as"}
SCREEN_KEYS = ("1", "2", "c", "l", "w", "o")


def warning_counts_down(app: KioskApp) -> bool:
    """The idle warning is on top and its countdown has started."""
    screen = app.screen
    return isinstance(screen, IdleWarningDialog) and screen.seconds_left > 0


async def let_the_session_lapse(pilot: Pilot[None], clock: ManualClock) -> None:
    """Let the idle time pass, then the warning's: the session is wiped to the welcome screen."""
    app = pilot.app
    assert isinstance(app, KioskApp)
    clock.advance(app.settings.idle_timeout)
    await wait_until(pilot, lambda: warning_counts_down(app))
    clock.advance(app.settings.idle_warning)
    await wait_until(pilot, lambda: isinstance(app.screen, WelcomeScreen))


def assert_running(app: KioskApp) -> None:
    assert app.is_running and app.return_code is None


def assert_fresh(app: KioskApp, content: Content) -> None:
    assert app.priorities == Priorities.defaults_for(content)
    assert app.theme == "textual-dark"


def assert_nothing_survives(app: KioskApp, used: Session, content: Content) -> None:
    """Every field of the session, whatever fields it has, is a new person's again, and no
    value the person gave is still held anywhere on the app."""
    fresh = Session.fresh(content)
    fields = list(type(fresh).model_fields)
    assert [name for name in fields if getattr(app.session, name) != getattr(fresh, name)] == []
    said = [getattr(used, name) for name in fields if getattr(used, name) != getattr(fresh, name)]
    assert said, "the session being wiped had answers in it"
    kept = [name for name, value in vars(app).items() for s in said if value is s or value == s]
    assert kept == []


async def test_no_key_leaves_the_app_on_any_screen(content: Content, tmp_path: Path) -> None:
    app = make_kiosk(content, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press(QUIT_KEYS[0])
        assert_running(app)
        assert isinstance(app.screen, HomeScreen), "a quit key on the welcome screen just starts"
        await pilot.press("escape", *QUIT_KEYS)
        assert isinstance(app.screen, HomeScreen) and len(app.screen_stack) == 2
        for key in SCREEN_KEYS:
            await pilot.press(key, *QUIT_KEYS)
            assert_running(app)
            offered = {b.binding.action for b in app.screen.active_bindings.values()}
            assert not offered & LEAVING_ACTIONS, f"{app.screen} offers {offered}"
            assert not app.screen.query(Input), "no file paths to type anywhere"
        await pilot.press(*FUNCTION_KEYS, "escape", "escape")
        assert_running(app)
    assert app.return_code is None or app.return_code == 0


def test_the_menu_offers_no_quit(content: Content, tmp_path: Path) -> None:
    app = make_kiosk(content, tmp_path)
    actions = [command.action for command in app.destinations()]
    assert not {"quit", "save", "save_as"} & set(actions)
    assert {"handover", "start_over"} <= set(actions)
    assert not app.ENABLE_COMMAND_PALETTE


async def test_each_start_is_a_fresh_session(content: Content, tmp_path: Path) -> None:
    app = make_kiosk(content, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        assert isinstance(app.screen, WelcomeScreen) and not app.in_session
        await start(pilot)
        assert app.in_session and len(app.screen_stack) == 2
        await pilot.press("l", "space", "down", "space", "ctrl+t")
        assert app.priorities.number_counted() == 2
        app.end_session()
        await wait_until(pilot, lambda: isinstance(app.screen, WelcomeScreen))
        await pilot.press("z")
        assert isinstance(app.screen, HomeScreen)
        assert_fresh(app, content)


async def test_idle_warning_counts_down_and_any_key_keeps_the_session(
    content: Content, tmp_path: Path
) -> None:
    clock = ManualClock()
    app = make_kiosk(content, tmp_path, clock, idle_timeout=1.0, idle_warning=3)
    async with app.run_test(size=SMALL) as pilot:
        await start(pilot)
        await pilot.press("l", "space")
        clock.advance(1.0)
        await wait_until(pilot, lambda: warning_counts_down(app))
        digits = app.screen.query_one("#idle-seconds", Digits)
        assert digits.value == "3"
        clock.advance(1.0)
        await wait_until(pilot, lambda: digits.value == "2")
        await pilot.press("w")
        assert isinstance(app.screen, ChecklistScreen), "the key only kept the session"
        assert app.priorities.number_counted() == 1
        clock.advance(1.0)
        await wait_until(pilot, lambda: isinstance(app.screen, IdleWarningDialog))
        await pilot.click("#idle-box")
        assert isinstance(app.screen, ChecklistScreen)


async def test_silence_wipes_the_session(content: Content, tmp_path: Path) -> None:
    clock = ManualClock()
    app = make_kiosk(content, tmp_path, clock, idle_timeout=1.0, idle_warning=0.3)
    async with app.run_test(size=SMALL) as pilot:
        await start(pilot)
        await pilot.press("w", "space", "right", "ctrl+x", "1", "2")
        assert isinstance(app.screen, StaffPinDialog)
        await let_the_session_lapse(pilot, clock)
        assert app.screen_stack == [app.screen] and not app.in_session
        assert_fresh(app, content)
        assert_running(app)


async def test_nothing_of_one_session_reaches_the_next(content: Content, tmp_path: Path) -> None:
    clock = ManualClock()
    app = make_kiosk(content, tmp_path, clock, idle_timeout=1.0, idle_warning=0.3)
    async with app.run_test(size=SMALL) as pilot:
        await start(pilot)
        await pilot.press("m", "space", "down", "down", "space", "escape")
        assert app.priorities.concerns == ("loose_skin", "colour_spots")
        await pilot.press("t", "y", "n", "right", "u", "escape")
        answered = app.priorities.consultation.answers
        assert list(answered.values()) == ["yes", "no", "not_sure"]
        await pilot.press("l", "space", "down", "space", "down", "space", "w")
        await pilot.press("space", "right", "right", "down", "space", "ctrl+t", "k", "t", "g")
        await pilot.press("enter")
        assert isinstance(app.screen, HandoverCodeDialog)
        first_code = app.screen.code
        clock.advance(0.01)  # the code has been seen for its moment (code_hold)
        await pilot.press("escape", "f1", "ctrl+x", "9", "8", "7")
        old_screens = {id(screen) for screen in app.screen_stack[1:]}
        used = app.session
        assert used.knowledge_answers and used.handover_code == first_code
        await let_the_session_lapse(pilot, clock)
        assert_nothing_survives(app, used, content)

        app.settings = app.settings.model_copy(update={"idle_timeout": 60.0})
        await start(pilot)
        assert not {id(screen) for screen in app.screen_stack} & old_screens
        assert_fresh(app, content)
        assert app.priorities.concerns == () and not app.priorities.concerns_unsure
        assert app.priorities.consultation.answers == {}
        await pilot.press("t")
        assert "0 of 8 questions answered" in str(
            app.screen.query_one("#clinician-status").render()
        )
        assert "Question 1 of" in str(app.screen.query_one("#clinician-question").render())
        await pilot.press("s")
        summary = app.screen.query_one("#summary-text", SummaryText).source
        assert "Nothing answered yet" in summary and "My answer:" not in summary
        await pilot.press("m")
        assert app.screen.query_one(Checklist).ticked == set()
        await pilot.press("l")
        assert app.screen.query_one(Checklist).ticked == set()
        await pilot.press("w")
        controls = list(app.screen.query(WeightControl))
        assert [(c.counts, c.weight) for c in controls] == [(False, 3)] * len(content.criteria)
        for key in ("1", "2", "c", "o", "h"):
            await pilot.press(key)
            assert len(app.screen_stack) <= 3
        await pilot.press("ctrl+x")
        assert app.screen.query_one("#pin", Input).value == ""
        await pilot.press("escape", "g", "enter")
        assert isinstance(app.screen, HandoverCodeDialog)
        assert app.screen.code != first_code, "a new session never shows the last code"


async def test_start_over_is_one_key_on_every_screen(content: Content, tmp_path: Path) -> None:
    app = make_kiosk(content, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await start(pilot)
        for key in ("h", "1", "c", "l", "w", "o", "f1"):
            app.priorities = app.priorities.with_counts(content.criteria[0].id, True)
            await pilot.press(key)
            before = list(app.screen_stack)
            await pilot.press("ctrl+r")
            assert isinstance(app.screen, StartOverDialog), key
            await pilot.press("ctrl+r")
            assert len(app.screen_stack) == len(before) + 1, "never a second confirmation"
            await pilot.press("n")
            assert app.screen_stack == before and app.priorities.number_counted() == 1
            await pilot.press("ctrl+r", "y")
            await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
            assert len(app.screen_stack) == 2 and app.in_session
            assert_fresh(app, content)


async def test_hand_over_saves_under_a_code_and_finishes(content: Content, tmp_path: Path) -> None:
    app = make_kiosk(content, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await start(pilot)
        await pilot.press("w", "space", "right", "right", "down", "space", "left")
        await pilot.press("t", "right", "y", "escape", "w")  # the hand-over holds it too
        expected = app.priorities
        assert expected.consultation.answers == {content.clinician_questions[1].id: "yes"}
        await pilot.press("g")
        assert isinstance(app.screen, HandoverAskDialog)
        await pilot.press("escape")
        assert isinstance(app.screen, DecisionScreen) and not any(tmp_path.rglob("*.toml"))
        await pilot.press("g", "enter")
        screen = app.screen
        assert isinstance(screen, HandoverCodeDialog)
        path = handover_path(app.settings.handover_dir, screen.code)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        loaded = load_priorities(path, content)
        assert loaded.priorities == expected and not loaded.problems
        assert loaded.saved_at is not None
        assert screen.query_one("#code-digits", Digits).value == spaced(screen.code)
        await pilot.press("escape", "g", "enter")
        again = app.screen
        assert isinstance(again, HandoverCodeDialog)
        assert again.code == screen.code, "unchanged answers keep their code"
        assert len(list(app.settings.handover_dir.iterdir())) == 1
        await pilot.press("enter")
        assert app.screen is again, "enter does not end the code screen: only f does"
        await pilot.press("f")
        await wait_until(pilot, lambda: isinstance(app.screen, WelcomeScreen))
        assert_fresh(app, content)
        assert path.exists(), "the clinician can still open it"


async def test_handing_over_again_keeps_the_code_and_replaces_its_answers(
    content: Content, tmp_path: Path
) -> None:
    app = make_kiosk(content, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await start(pilot)
        await pilot.press("w", "space", "g", "enter")
        first = app.screen
        assert isinstance(first, HandoverCodeDialog)
        assert "same code as before" not in str(first.query_one("#code-text", Static).content)
        path = handover_path(app.settings.handover_dir, first.code)
        await pilot.press("escape", "right", "right")  # back to the answers: importance 5
        newer = app.priorities
        await pilot.press("g")
        dialog = app.screen
        assert isinstance(dialog, HandoverAskDialog)
        words = " ".join(str(text.content) for text in dialog.query(Static))
        assert f"under code [b]{spaced(first.code)}[/b]. The code stays the same" in words
        await pilot.press("enter")
        again = app.screen
        assert isinstance(again, HandoverCodeDialog) and again.code == first.code
        assert "same code as before" in str(again.query_one("#code-text", Static).content)
        assert list(app.settings.handover_dir.iterdir()) == [path], "one hand-over per session"
        assert load_priorities(path, content).priorities == newer


async def test_the_code_is_always_seen(content: Content, tmp_path: Path) -> None:
    clock = ManualClock()
    app = make_kiosk(
        content,
        tmp_path,
        clock,
        code_hold=1.0,
        idle_timeout=1.0,
        idle_warning=0.3,
        code_idle_timeout=4,
    )
    async with app.run_test(size=SMALL) as pilot:
        await start(pilot)
        await pilot.press("l", "space", "g", "enter", "enter", "f", "escape", "h", "ctrl+r")
        screen = app.screen
        assert isinstance(screen, HandoverCodeDialog), "no key ends it in its first moments"
        assert "press [b]F[/b]" in str(screen.query_one("#code-text", Static).content)
        armed = app._idle_timer
        clock.advance(1.5)  # past the idle timeout, short of the code's
        # The idle check runs at least once a second (idle_timeout), and arms a new timer
        # each time it finds time left: wait until it has looked at least once.
        await wait_until(pilot, lambda: app._idle_timer is not armed)
        assert app.screen is screen, "the idle warning waits longer over the code"
        await pilot.press("enter", "escape")
        assert isinstance(app.screen, ChecklistScreen), "escape goes back to the answers"
        await pilot.press("g", "enter")
        assert app.screen.code == screen.code, "and the code can be shown again"
        path = handover_path(app.settings.handover_dir, screen.code)
        clock.advance(3.0)  # with the code shown, 4 s in all pass before the warning
        await let_the_session_lapse(pilot, clock)
        assert path.exists(), "a hand-over stays valid when the idle wipe ends the session"


async def test_a_failed_hand_over_says_so_and_keeps_the_answers(
    content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(_store: object, _data: bytes) -> str:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("laser_tui.kiosk.handover_store.FolderStore.save", disk_full)
    app = make_kiosk(content, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await start(pilot)
        await pilot.press("l", "space", "g", "enter")
        assert isinstance(app.screen, ChecklistScreen)
        assert app.priorities.number_counted() == 1
        [note] = app._notifications
        assert "could not be saved" in note.message and "No space left" in note.message


async def test_old_hand_overs_are_deleted_at_start_and_while_running(
    content: Content, tmp_path: Path
) -> None:
    folder = tmp_path / "handover"
    folder.mkdir()
    old, new = handover_path(folder, "ACE234"), handover_path(folder, "DEF567")
    old.write_text("")
    new.write_text("")
    import os
    import time

    long_ago = time.time() - 3600
    os.utime(old, (long_ago, long_ago))
    app = make_kiosk(content, tmp_path, retention_hours=0.5)
    async with app.run_test(size=SMALL) as pilot:
        await wait_until(pilot, lambda: not old.exists())
        assert new.exists()
        os.utime(new, (long_ago, long_ago))
        app._purge_old_handovers()
        await wait_until(pilot, lambda: not new.exists())


async def test_the_right_pin_ends_the_app_with_code_0(content: Content, tmp_path: Path) -> None:
    app = make_kiosk(content, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        welcome = app.screen
        assert "Ctrl+X" in str(welcome.query_one("#welcome-box").render())
        await pilot.press("ctrl+x")
        assert isinstance(app.screen, StaffPinDialog), "staff can leave from the welcome screen"
        assert app.screen.query_one("#pin", Input).has_focus
        await pilot.press("escape")
        assert app.screen is welcome
        await pilot.press("ctrl+x", *STAFF_PIN, "enter")
        await wait_until(pilot, lambda: not app.is_running)
    assert app.return_code == 0


async def test_a_pin_dialog_left_alone_closes_for_the_next_patient(
    content: Content, tmp_path: Path
) -> None:
    clock = ManualClock()
    app = make_kiosk(content, tmp_path, clock, idle_timeout=2.0, idle_warning=0.3)
    async with app.run_test(size=SMALL) as pilot:
        welcome = app.screen
        await pilot.press("ctrl+x", "1", "2")
        dialog = app.screen
        assert isinstance(dialog, StaffPinDialog)
        for _ in range(5):  # a key every 1.5 s keeps it open well past its 2 s
            clock.advance(1.5)
            await pilot.press("3")
            await pilot.pause(0.6)  # the dialog looks at the clock at least every 0.5 s
            assert app.screen is dialog
        clock.advance(2.0)
        await wait_until(pilot, lambda: app.screen is welcome)
        assert not app.in_session
        await pilot.press("ctrl+x")
        assert app.screen.query_one("#pin", Input).value == "", "what was typed is gone"
        assert_running(app)


async def test_three_wrong_pins_lock_the_dialog_for_a_minute(
    content: Content, tmp_path: Path
) -> None:
    now = [0.0]
    app = make_kiosk(content, tmp_path)
    app.pin_guard = PinGuard(app.settings.pin_hash, lambda: now[0])
    async with app.run_test(size=SMALL) as pilot:
        await start(pilot)
        await pilot.press("ctrl+x", "1", "1", "1", "1", "enter")
        message = app.screen.query_one("#pin-message")
        assert "2 more tries" in str(message.render())
        await pilot.press("2", "2", "2", "2", "enter", "3", "3", "3", "3", "enter")
        field = app.screen.query_one("#pin", Input)
        assert field.disabled and "locked" in str(message.render())
        await pilot.press(*STAFF_PIN, "enter")
        assert_running(app)
        await pilot.press("escape", "ctrl+x")
        assert app.screen.query_one("#pin", Input).disabled, "closing the dialog keeps the lock"
        now[0] += 60
        await wait_until(pilot, lambda: not app.screen.query_one("#pin", Input).disabled, 3)
        await pilot.press(*STAFF_PIN, "enter")
        await wait_until(pilot, lambda: not app.is_running)
    assert app.return_code == 0


async def test_without_a_pin_staff_exit_is_off_and_the_app_says_so(
    content: Content, tmp_path: Path
) -> None:
    app = make_kiosk(content, tmp_path, pin_hash=None)
    async with app.run_test(size=SMALL) as pilot:
        box = str(app.screen.query_one("#welcome-box").render())
        assert "Staff exit is off" in box
        assert any("Staff exit is off" in n.message for n in app._notifications)
        await pilot.press("ctrl+x")
        assert isinstance(app.screen, WelcomeScreen)
        assert_running(app)


async def test_staff_open_a_hand_over_by_its_code(content: Content, tmp_path: Path) -> None:
    app = make_kiosk(content, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await start(pilot)
        await pilot.press("l", "down", "space", "g", "enter")
        assert isinstance(app.screen, HandoverCodeDialog)
        code = app.screen.code
        handed = app.priorities
    path = find_handover(app.settings.handover_dir, spaced(code).lower())
    staff = HandoverApp(content, read_handover(path, content), folder=tmp_path)
    async with staff.run_test(size=SMALL) as pilot:
        await wait_until(pilot, lambda: isinstance(staff.screen, DecisionScreen))
        assert staff.priorities == handed
        assert staff.screen.query_one(WeightControl).counts is False
        assert spaced(code) in str(staff.screen.query_one(LaserHeader).format_title())
        assert any(spaced(code) in n.message for n in staff._notifications)
        copy = tmp_path / f"hand-over-{code}.toml"
        assert not staff.keeper.unsaved(staff.priorities) and staff.keeper.path == copy
        before = path.read_bytes()
        await pilot.press("ctrl+s")
        await wait_until(pilot, copy.exists)
        assert load_priorities(copy, content).priorities == staff.priorities == handed
        await pilot.press("ctrl+q")
        await wait_until(pilot, lambda: not staff.is_running)
    assert path.read_bytes() == before, "the hand-over file is never written"
    own = Path(os.environ["LASER_TUI_PRIORITIES"])
    assert not own.exists(), "nor the staff member's own priorities file"


async def test_an_idle_check_due_as_the_kiosk_closes_is_harmless(
    content: Content, tmp_path: Path
) -> None:
    """Textual may run a due timer while it closes, after the screens are gone (the monkey
    test met it as ScreenStackError)."""
    app = make_kiosk(content, tmp_path, ManualClock())
    async with app.run_test(size=SMALL) as pilot:
        await start(pilot)
    assert app.in_session and not app.screen_stack
    app._check_idle()  # the timer's callback, run on the closed app
    assert app.return_code in (None, 0)
