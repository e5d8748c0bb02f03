"""The kiosk: laser-tui on a shared clinic terminal, used by one patient after another.

Nothing leaves the app but the staff PIN; each session starts fresh and is wiped when the person
starts over, finishes a hand-over, or walks away (after a visible countdown).
"""

from __future__ import annotations

import asyncio
import io
import signal
import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import ClassVar

from rich.console import Console
from textual import events
from textual._styles_cache import StylesCache
from textual.actions import ActionParseResult
from textual.await_complete import AwaitComplete
from textual.dom import DOMNode
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import AwaitMount

from laser_tui.app import LaserApp, command_bindings
from laser_tui.commands import KIOSK_COMMANDS, Command
from laser_tui.kiosk.allowlist import allowed
from laser_tui.kiosk.error_log import error_report, log_error
from laser_tui.kiosk.handover import (
    handover_bytes,
    handover_path,
    purge_handovers,
    save_handover,
    spaced,
    update_handover,
)
from laser_tui.kiosk.pin import PinGuard
from laser_tui.kiosk.settings import IdleWatchdog, KioskSettings
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities
from laser_tui.screens.home import HomeScreen
from laser_tui.screens.kiosk.hand_over import HandOverScreen
from laser_tui.screens.kiosk.handover_code import HandoverCodeScreen
from laser_tui.screens.kiosk.idle_warning import IdleWarningScreen
from laser_tui.screens.kiosk.staff_pin import StaffPinScreen
from laser_tui.screens.kiosk.start_over import StartOverScreen
from laser_tui.screens.kiosk.welcome import WelcomeScreen
from laser_tui.terminal.deadline import exit_within
from laser_tui.terminal.steady_input import forget_input

SESSION_ACTIONS = frozenset(
    {"help", "go_home", "open", "open_treatment", "toggle_contrast", "hand_over", "start_over"}
)
EXIT_SIGNALS = (signal.SIGTERM, signal.SIGHUP)
STOP_SIGNALS = (signal.SIGTSTP, signal.SIGTTIN, signal.SIGTTOU)
"""Signals that would stop the kiosk (systemd never restarts a stopped process): ignored."""
KIOSK_WORDS = {"summary": "My summary: to read here (nothing is printed)"}
"""Menu items that say something else in the kiosk, where nothing can be printed or saved."""
MAX_PURGE_INTERVAL = 600.0


def forget_drawn_lines() -> None:
    """Let go of the lines the session's screens drew.

    Textual 8.2 keeps each widget's drawn lines (its ``StylesCache``) in a class-wide cache of
    1,024 entries (``StylesCache.get_inner_outer``, an ``lru_cache`` on a method, so its key holds
    the instance): closed screens' lines, a past patient's words among them, stayed in memory.
    """
    StylesCache.get_inner_outer.cache_clear()


class KioskApp(LaserApp):
    """LaserApp with a welcome screen, idle wipe, start over, hand-over and a PIN-guarded exit."""

    SAVES_PRIORITIES = False
    EXPORTS_SUMMARY = False
    TAKES_PASTE = False

    HOME_DEPTH = 2
    BINDINGS = command_bindings(KIOSK_COMMANDS)
    DIALOGS: ClassVar[dict[str, tuple[type[Screen[bool]], ...]]] = {
        "start_over": (StartOverScreen,),
        "staff_exit": (StaffPinScreen,),
        "hand_over": (HandOverScreen, HandoverCodeScreen),
    }
    """The dialog each action opens: never a second one while the first is open."""

    def __init__(
        self,
        content: Content,
        settings: KioskSettings,
        high_contrast: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(content, high_contrast=high_contrast)
        self.settings = settings
        self.clock = clock
        """Seconds, for every wait of the kiosk (idle, warning, code hold, PIN dialog); a test
        gives a clock of its own, so a loaded machine never ends a session early."""
        self.pin_guard = PinGuard(settings.pin_hash, state_path=settings.pin_state_file)
        if self.pin_guard.problem:
            log_error(settings.log_file, self.pin_guard.problem)
        self.in_session = False
        self._start_theme = self.theme
        self._watchdog = IdleWatchdog(settings.idle_timeout, clock)
        self._idle_timer: Timer | None = None
        self._handed_over: tuple[Priorities, str] | None = None
        self._session = 0
        """Counts sessions started and ended: a dialog's answer counts only in its own."""
        self.staff_exited = False
        """True only once staff left with the right PIN: the one end that is not a failure."""
        self.ending_signal: int | None = None
        """The signal (SIGTERM, SIGHUP) that ended the kiosk, if one did."""
        self.error_report = ""
        """Where an unexpected error happened (no values, no answers), for the log."""
        self.error_console = Console(file=io.StringIO())
        """Textual prints an unexpected error's traceback here: never on the patient's screen."""

    # The kiosk's first screen and menu.

    def get_default_screen(self) -> Screen[None]:
        """The welcome screen is the bottom of the stack; each session sits above it."""
        content = self.content
        return WelcomeScreen(
            content.title, content.disclaimer, self.staff_line(), len(content.treatments)
        )

    def staff_line(self) -> str:
        """What staff need to know on the welcome screen."""
        if self.settings.staff_exit_enabled:
            return "Staff: Ctrl+X and the staff PIN leave kiosk mode."
        return "Staff exit is off: no staff PIN is set (laser-tui kiosk-pin sets one)."

    def destinations(self) -> list[Command]:
        """The home menu without quitting or saving to files, with hand-over and start over."""
        return [
            *(
                replace(d, words=KIOSK_WORDS.get(d.id, d.words))
                for d in super().destinations()
                if allowed(d.action)
            ),
            *(c for c in KIOSK_COMMANDS if c.menu),
        ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Only allowed actions (shown in the footer); session keys only in a session; one of
        each dialog; the idle warning takes every key itself."""
        if not allowed(action) or isinstance(self.screen, IdleWarningScreen):
            return False
        if isinstance(self.screen, HandoverCodeScreen) and action != "toggle_contrast":
            return False  # the code screen ends only on its own keys
        if action in SESSION_ACTIONS and not self.in_session:
            return False
        dialogs = self.DIALOGS.get(action, ())
        if any(isinstance(screen, dialogs) for screen in self.screen_stack):
            return False
        return super().check_action(action, parameters)

    async def run_action(
        self,
        action: str | ActionParseResult,
        default_namespace: DOMNode | None = None,
        namespaces: Mapping[str, DOMNode] | None = None,
    ) -> bool:
        """Run ``action`` only if the kiosk's allowlist names it, whoever's binding it is."""
        if not allowed(action):
            return False
        return await super().run_action(action, default_namespace, namespaces)

    # Sessions.

    def on_welcome_screen_start_requested(self) -> None:
        """The next person pressed a key on the welcome screen (if it is still on top: the
        staff PIN dialog may have opened over it since)."""
        if not self.in_session and isinstance(self.screen, WelcomeScreen):
            self.start_session()

    def start_session(self) -> AwaitMount:
        """A fresh session: default priorities, the home screen, the idle clock running.

        Returns an awaitable that completes when the home screen is mounted.
        """
        self.priorities = Priorities.defaults_for(self.content)
        self.knowledge_answers = {}
        self._handed_over = None
        self.in_session = True
        self._session += 1
        self.clear_notifications()
        self._watchdog = IdleWatchdog(self.settings.idle_timeout, self.clock)
        self._arm_idle_timer()
        return self.push_screen(HomeScreen())

    def end_session(self) -> AwaitComplete:
        """Wipe the session: every screen and dialog closed, answers and theme back to defaults.

        Returns an awaitable that completes when every screen of the session is removed.
        """
        self.in_session = False
        self._session += 1
        if self._idle_timer is not None:
            self._idle_timer.stop()
            self._idle_timer = None
        closing = [self.pop_screen() for _ in self.screen_stack[1:]]
        self.priorities = Priorities.defaults_for(self.content)
        self.knowledge_answers = {}
        self._handed_over = None
        self.theme = self._start_theme
        self.clear_notifications()
        forget_input(self)
        forget_drawn_lines()
        return AwaitComplete(*closing)

    def ask(self, dialog: Screen[bool], then: Callable[[bool | None], None]) -> None:
        """Open ``dialog``; ``then`` gets its answer only if the session is still the one that
        asked. Nothing opens over the idle warning (its countdown closes what is on top)."""
        if any(isinstance(screen, IdleWarningScreen) for screen in self.screen_stack):
            return
        session = self._session

        def answered(answer: bool | None) -> None:
            if self._session == session:
                then(answer)

        self.push_screen(dialog, answered)

    def action_start_over(self) -> None:
        """Ask, then clear everything and start again."""
        self.ask(StartOverScreen(), self._after_start_over)

    def _after_start_over(self, start_over: bool | None) -> None:
        if start_over:
            self.end_session()
            self.start_session()

    # Idle.

    async def on_event(self, event: events.Event) -> None:
        """Every key, click or paste shows someone is there (and is dropped once the app is
        shutting down)."""
        if isinstance(event, (events.InputEvent, events.Paste)):
            if not self.is_running or not self.screen_stack:
                # Shutting down: the screens are gone, and Textual's own handling of input
                # would fail on the empty stack (ScreenStackError).
                return
            self._watchdog.poke()
        await super().on_event(event)

    def _arm_idle_timer(self) -> None:
        if self._idle_timer is not None:
            self._idle_timer.stop()
        # At least every idle_timeout, so that leaving the code screen shortens the wait.
        wait = min(self._seconds_left(), self.settings.idle_timeout)
        self._idle_timer = self.set_timer(wait, self._check_idle)

    def _seconds_left(self) -> float:
        """Until the idle warning: longer while the hand-over code is shown."""
        code_shown = isinstance(self.screen, HandoverCodeScreen)
        timeout = self.settings.code_idle_timeout if code_shown else self.settings.idle_timeout
        return self._watchdog.seconds_left(max(timeout, self.settings.idle_timeout))

    def _check_idle(self) -> None:
        self._idle_timer = None
        if not self.in_session or not self.screen_stack:
            return  # no session, or the app is closing (its screens are already gone)
        if self._seconds_left() > 0:
            self._arm_idle_timer()
        else:
            self.ask(IdleWarningScreen(self.settings.idle_warning, self.clock), self._after_warning)

    def _after_warning(self, keep: bool | None) -> None:
        if keep:
            self._watchdog.poke()
            self._arm_idle_timer()
        else:
            self.end_session()

    # Hand-over.

    def action_hand_over(self) -> None:
        """Ask, save the answers under a code (this session's code, if it has one), and show it."""
        ticked = self.priorities.matter_count()
        earlier = self._handed_over[1] if self._handed_over is not None else None
        self.ask(HandOverScreen(ticked, earlier), self._after_hand_over)

    def _after_hand_over(self, save: bool | None) -> None:
        if not save:
            return
        saved = self._save_handover()
        if saved is not None:
            code, replaced = saved
            self.ask(
                HandoverCodeScreen(code, self.settings.code_hold, self.clock, replaced=replaced),
                self._after_code,
            )

    def _save_handover(self) -> tuple[str, bool] | None:
        """Save the answers for the clinician: the code, and whether they replaced the older
        answers of this session's earlier hand-over (one code per session); None if not saved."""
        folder = self.settings.handover_dir
        earlier = self._handed_over
        try:
            if earlier is not None:
                priorities, code = earlier
                if priorities == self.priorities and handover_path(folder, code).is_file():
                    return code, False
                data = handover_bytes(self.priorities, self.content)
                if update_handover(folder, code, data):
                    self._handed_over = (self.priorities, code)
                    return code, True
            code = save_handover(folder, handover_bytes(self.priorities, self.content))
        except OSError as error:
            reason = error.strerror or str(error)
            kept = (
                f" Code {spaced(earlier[1])} still holds your earlier answers."
                if earlier is not None
                else ""
            )
            self.notify(
                f"Your answers could not be saved for the clinician ({reason}).{kept} "
                "Please tell a member of staff.",
                title="Not saved",
                severity="error",
                timeout=15,
            )
            return None
        self._handed_over = (self.priorities, code)
        return code, False

    def _after_code(self, finished: bool | None) -> None:
        if finished:
            self.end_session()

    def _purge_old_handovers(self) -> None:
        self.run_worker(self._purge_in_thread, thread=True, group="purge", exit_on_error=False)

    def _purge_in_thread(self) -> None:
        purge_handovers(self.settings.handover_dir, self.settings.retention_seconds)

    # Staff exit and signals.

    def action_staff_exit(self) -> None:
        """Open the PIN dialog (or say why there is no staff exit)."""
        if not self.pin_guard.enabled:
            self.notify(self.staff_line(), title="Staff exit", severity="warning")
            return
        self.ask(
            StaffPinScreen(self.pin_guard, self.settings.idle_timeout, self.clock), self._after_pin
        )

    def _after_pin(self, right: bool | None) -> None:
        if right:
            self.staff_exited = True
            self.exit(return_code=0)

    def on_mount(self) -> None:
        """End cleanly on a hang-up or SIGTERM, never stop; delete old hand-overs now and from
        time to time."""
        loop = asyncio.get_running_loop()
        for signum in EXIT_SIGNALS:
            loop.add_signal_handler(signum, self._exit_on_signal, signum)
        for signum in STOP_SIGNALS:  # after the driver has put its own handlers in place
            signal.signal(signum, signal.SIG_IGN)
        self._purge_old_handovers()
        interval = min(MAX_PURGE_INTERVAL, max(1.0, self.settings.retention_seconds / 4))
        self.set_interval(interval, self._purge_old_handovers)
        if not self.settings.staff_exit_enabled:
            self.notify(self.staff_line(), title="Staff exit", severity="warning", timeout=30)

    def on_unmount(self) -> None:
        """Give the signals back."""
        loop = asyncio.get_running_loop()
        for signum in EXIT_SIGNALS:
            loop.remove_signal_handler(signum)

    def _exit_on_signal(self, signum: int) -> None:
        self.ending_signal = signum
        exit_within(128 + signum)
        self.exit(return_code=128 + signum)

    def _handle_exception(self, error: Exception) -> None:
        """Note where an unexpected error happened, then let Textual end the app (the runner
        logs the note and starts a fresh kiosk). Textual 8.2 has no public hook for this."""
        if not self.error_report:
            self.error_report = error_report(error)
        super()._handle_exception(error)
