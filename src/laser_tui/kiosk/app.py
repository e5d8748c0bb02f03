"""The kiosk: laser-tui on a shared clinic terminal, used by one patient after another.

Nothing leaves the app but the staff PIN; each session starts fresh and is wiped when the person
starts over, finishes a hand-over, or walks away (after a visible countdown).
"""

from __future__ import annotations

import asyncio
import contextvars
import io
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from rich.console import Console
from textual import events
from textual.await_complete import AwaitComplete
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import AwaitMount

from laser_tui.app import LaserApp
from laser_tui.commands import ACTION_NAMES, Mode
from laser_tui.kiosk.error_log import error_report, log_error
from laser_tui.kiosk.handover import handover_bytes, spaced
from laser_tui.kiosk.handover_store import HandoverStore, StoreUnavailable, store_for
from laser_tui.kiosk.pin import PinGuard
from laser_tui.kiosk.settings import IdleWatchdog, KioskSettings
from laser_tui.language.catalogue import _
from laser_tui.model.content import Content
from laser_tui.model.session import Session
from laser_tui.screens.home import HomeScreen
from laser_tui.screens.kiosk.handover_ask import HandoverAskDialog
from laser_tui.screens.kiosk.handover_code import HandoverCodeDialog
from laser_tui.screens.kiosk.idle_warning import IdleWarningDialog
from laser_tui.screens.kiosk.staff_pin import StaffPinDialog
from laser_tui.screens.kiosk.start_over import StartOverDialog
from laser_tui.screens.kiosk.welcome import WelcomeScreen
from laser_tui.switching import show_language
from laser_tui.terminal.deadline import exit_within
from laser_tui.terminal.drawn_lines import forget_drawn_lines
from laser_tui.terminal.steady_input import forget_input

EXIT_SIGNALS = (signal.SIGTERM, signal.SIGHUP)
STOP_SIGNALS = (signal.SIGTSTP, signal.SIGTTIN, signal.SIGTTOU)
"""Signals that would stop the kiosk (systemd never restarts a stopped process): ignored."""
MAX_PURGE_INTERVAL = 600.0


class KioskApp(LaserApp):
    """LaserApp with a welcome screen, idle wipe, start over, hand-over and a PIN-guarded exit."""

    MODE = Mode.KIOSK
    TAKES_PASTE = False

    HOME_DEPTH = 2
    DIALOGS: ClassVar[dict[str, tuple[type[Screen[bool]], ...]]] = {
        "start_over": (StartOverDialog,),
        "staff_exit": (StaffPinDialog,),
        "handover": (HandoverAskDialog, HandoverCodeDialog),
    }
    """The dialog each action opens: never a second one while the first is open."""

    def __init__(
        self,
        content: Content,
        settings: KioskSettings,
        high_contrast: bool = False,
        clock: Callable[[], float] = time.monotonic,
        store: HandoverStore | None = None,
        *,
        content_path: Path | None = None,
        language: str | None = None,
    ) -> None:
        """``content_path`` is where the content was read (None: the shipped content, which
        follows the language shown); ``language`` overrides the settings' default language."""
        super().__init__(content, high_contrast=high_contrast, content_path=content_path)
        self.settings = settings
        self.default_language = language or settings.language
        """The clinic's language: the welcome screen's, and each session's after a wipe."""
        self._to_language(self.default_language)
        self.store = store if store is not None else store_for(settings)
        """Where hand-overs go: the folder, or the clinic's database."""
        self.clock = clock
        """Seconds, for every wait of the kiosk (idle, warning, code hold, PIN dialog); a test
        gives a clock of its own, so a loaded machine never ends a session early."""
        pin_hash = settings.pin_hash if self.offers("staff_exit") else None
        self.pin_guard = PinGuard(pin_hash, state_path=settings.pin_state_file)
        if self.pin_guard.problem:
            log_error(settings.log_file, self.pin_guard.problem)
        self.in_session = False
        self._start_theme = self.theme
        self._watchdog = IdleWatchdog(settings.idle_timeout, clock)
        self._idle_timer: Timer | None = None
        self._context_at_mount: contextvars.Context | None = None
        """Where idle timers start: a stopped timer's wake-up stays in the event loop until
        its time, holding the context it was made in, and a session's context holds the
        screens then in view (Textual's visible screen stack): a past session's screens stayed
        alive for up to the idle timeout."""
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
        return self._welcome()

    def _welcome(self) -> WelcomeScreen:
        content = self.content
        return WelcomeScreen(
            content.title, content.disclaimer, self.staff_line(), len(content.treatments)
        )

    def staff_line(self) -> str:
        """What staff need to know on the welcome screen."""
        if self.settings.staff_exit_enabled:
            return _("Staff: Ctrl+X and the staff PIN leave kiosk mode.")
        return _("Staff exit is off: no staff PIN is set (laser-tui kiosk-pin sets one).")

    # Languages.

    def _to_language(self, language: str) -> bool:
        """Show ``language``, and the shipped content in it; whether it changed."""
        return show_language(self, language)

    def session_allows(self, action: str) -> bool:
        """The table's commands only in a session (but the staff exit); nothing over the idle
        warning, which takes every key itself; the code screen ends only on its own keys; never
        a second of each dialog."""
        if isinstance(self.screen, IdleWarningDialog):
            return False
        if isinstance(self.screen, HandoverCodeDialog) and action != "toggle_contrast":
            return False
        if not self.in_session and action != "staff_exit" and action in ACTION_NAMES:
            return False
        dialogs = self.DIALOGS.get(action, ())
        return not any(isinstance(screen, dialogs) for screen in self.screen_stack)

    # Sessions.

    def on_welcome_screen_start_requested(self, message: WelcomeScreen.StartRequested) -> None:
        """The next person pressed a key on the welcome screen (if it is still on top: the
        staff PIN dialog may have opened over it since)."""
        if not self.in_session and isinstance(self.screen, WelcomeScreen):
            self.start_session(message.language)

    def start_session(self, language: str | None = None) -> AwaitMount:
        """A fresh session (in ``language``, else the clinic's): default priorities, the home
        screen, the idle clock running.

        Returns an awaitable that completes when the home screen is mounted.
        """
        self._to_language(language or self.default_language)
        self.session = Session.fresh(self.content)
        self.in_session = True
        self._session += 1
        self.clear_notifications()
        self._watchdog = IdleWatchdog(self.settings.idle_timeout, self.clock)
        self._arm_idle_timer()
        return self.push_screen(HomeScreen())

    def end_session(self) -> AwaitComplete:
        """Wipe the session: every screen and dialog closed, answers, theme and language back
        to the clinic's.

        Returns an awaitable that completes when every screen of the session is removed.
        """
        self.in_session = False
        self._session += 1
        if self._idle_timer is not None:
            self._idle_timer.stop()
            self._idle_timer = None
        closing = [self.pop_screen() for _screen in self.screen_stack[1:]]
        self._to_language(self.default_language)  # the welcome screen below was always in it
        self.session = Session.fresh(self.content)
        self.theme = self._start_theme
        self.clear_notifications()
        forget_input(self)
        forget_drawn_lines()
        return AwaitComplete(*closing)

    def ask(self, dialog: Screen[bool], then: Callable[[bool | None], None]) -> None:
        """Open ``dialog``; ``then`` gets its answer only if the session is still the one that
        asked. Nothing opens over the idle warning (its countdown closes what is on top)."""
        if any(isinstance(screen, IdleWarningDialog) for screen in self.screen_stack):
            return
        session = self._session

        def answered(answer: bool | None) -> None:
            if self._session == session:
                then(answer)

        self.push_screen(dialog, answered)

    def action_start_over(self) -> None:
        """Ask, then clear everything and start again."""
        self.ask(StartOverDialog(), self._after_start_over)

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
        if not self.is_running or not self.screen_stack:
            return  # the app is closing: a warning answered as it closed arms nothing
        # At least every idle_timeout, so that leaving the code screen shortens the wait.
        wait = min(self._seconds_left(), self.settings.idle_timeout)
        context = self._context_at_mount or contextvars.copy_context()
        self._idle_timer = context.copy().run(self.set_timer, wait, self._check_idle)

    def _seconds_left(self) -> float:
        """Until the idle warning: longer while the hand-over code is shown."""
        code_shown = isinstance(self.screen, HandoverCodeDialog)
        timeout = self.settings.code_idle_timeout if code_shown else self.settings.idle_timeout
        return self._watchdog.seconds_left(max(timeout, self.settings.idle_timeout))

    def _check_idle(self) -> None:
        self._idle_timer = None
        if not self.in_session or not self.screen_stack:
            return  # no session, or the app is closing (its screens are already gone)
        if self._seconds_left() > 0:
            self._arm_idle_timer()
        else:
            self.ask(IdleWarningDialog(self.settings.idle_warning, self.clock), self._after_warning)

    def _after_warning(self, keep: bool | None) -> None:
        if keep:
            self._watchdog.poke()
            self._arm_idle_timer()
        else:
            self.end_session()

    # Hand-over.

    def action_handover(self) -> None:
        """Ask, save the answers under a code (this session's code, if it has one), and show it."""
        ticked = self.priorities.number_counted()
        earlier = self.session.handover_code
        self.ask(HandoverAskDialog(ticked, earlier), self._after_handover)

    def _after_handover(self, save: bool | None) -> None:
        if not save:
            return
        saved = self._save_handover()
        if saved is not None:
            code, replaced = saved
            self.ask(
                HandoverCodeDialog(code, self.settings.code_hold, self.clock, replaced=replaced),
                self._after_code,
            )

    def _save_handover(self) -> tuple[str, bool] | None:
        """Save the answers for the clinician: the code, and whether they replaced the older
        answers of this session's earlier hand-over (one code per session); None if not saved."""
        store = self.store
        session = self.session
        earlier = session.handover_code
        try:
            if earlier is not None:
                unchanged = session.handed_over == session.priorities
                if unchanged and store.holds(earlier):
                    return earlier, False
                data = handover_bytes(session.priorities, self.content)
                if store.update(earlier, data):
                    self.session = session.with_handover(earlier)
                    return earlier, True
            code = store.save(handover_bytes(session.priorities, self.content))
        except OSError as error:
            self._not_saved(error, earlier)
            return None
        self.session = session.with_handover(code)
        return code, False

    def _not_saved(self, error: OSError, earlier: str | None) -> None:
        """Tell the patient no code was made (and why, in plain words): ask staff; the answers
        stay until the session is wiped. The store's own words go to the log, for staff."""
        reason = error.strerror or str(error)
        if isinstance(error, StoreUnavailable):
            log_error(self.settings.log_file, f"hand-over not saved: {error.detail}")
        if earlier:
            text = _(
                "Your answers could not be saved for the clinician ({reason}), so there is no "
                "new code. Code {code} still holds your earlier answers. Please ask a member of "
                "staff for help. Your answers stay on this screen until you start over.",
                reason=reason,
                code=spaced(earlier),
            )
        else:
            text = _(
                "Your answers could not be saved for the clinician ({reason}), so there is no "
                "new code. Please ask a member of staff for help. Your answers stay on this "
                "screen until you start over.",
                reason=reason,
            )
        self.notify(
            text,
            title=_("Not saved"),
            severity="error",
            timeout=30,
        )

    def _after_code(self, finished: bool | None) -> None:
        if finished:
            self.end_session()

    def _purge_old_handovers(self) -> None:
        self.run_worker(self._purge_in_thread, thread=True, group="purge", exit_on_error=False)

    def _purge_in_thread(self) -> None:
        self.store.purge(self.settings.retention_seconds)

    # Staff exit and signals.

    def action_staff_exit(self) -> None:
        """Open the PIN dialog (or say why there is no staff exit)."""
        if not self.pin_guard.enabled:
            self.notify(self.staff_line(), title=_("Staff exit"), severity="warning")
            return
        self.ask(
            StaffPinDialog(self.pin_guard, self.settings.idle_timeout, self.clock), self._after_pin
        )

    def _after_pin(self, right: bool | None) -> None:
        if right:
            self.staff_exited = True
            self.exit(return_code=0)

    def on_mount(self) -> None:
        """End cleanly on a hang-up or SIGTERM, never stop; delete old hand-overs now and from
        time to time."""
        self._context_at_mount = contextvars.copy_context()
        loop = asyncio.get_running_loop()
        for signum in EXIT_SIGNALS:
            loop.add_signal_handler(signum, self._exit_on_signal, signum)
        for signum in STOP_SIGNALS:  # after the driver has put its own handlers in place
            signal.signal(signum, signal.SIG_IGN)
        self._purge_old_handovers()
        interval = min(MAX_PURGE_INTERVAL, max(1.0, self.settings.retention_seconds / 4))
        self.set_interval(interval, self._purge_old_handovers)
        if self.offers("staff_exit") and not self.settings.staff_exit_enabled:
            self.notify(self.staff_line(), title=_("Staff exit"), severity="warning", timeout=30)

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
