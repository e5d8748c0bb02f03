"""The staff PIN dialog: the right PIN leaves kiosk mode; three wrong ones lock it for a minute."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Input, Static

from laser_tui.kiosk.pin import MAX_PIN_LENGTH, PinCheck, PinGuard
from laser_tui.language.catalogue import N_, _, ngettext
from laser_tui.screens.dialogs.base import LaserDialog
from laser_tui.widgets.text_field import TextField


class StaffPinDialog(LaserDialog[bool]):
    """Dismissed with True when the right PIN is entered, False when cancelled or left alone.

    Left open for ``idle_seconds`` without a key (staff called away), it closes itself, with
    whatever was typed, so the next patient finds the welcome screen and not a PIN prompt.
    """

    BOX_ID = "pin-box"
    BINDINGS = [
        Binding(
            "escape",
            "cancel",
            N_("Cancel"),
            tooltip=N_("Close without leaving the kiosk"),
            id="cancel",
        )
    ]

    def __init__(
        self, guard: PinGuard, idle_seconds: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(name="staff-pin")
        self.guard = guard
        self.idle_seconds = idle_seconds
        self._clock = clock
        self._was_locked = False
        self._last_key = clock()

    def compose_box(self) -> ComposeResult:
        """A title, the hidden PIN field and a line for what happened."""
        title = _("Staff only: leave kiosk mode")
        how = _("Type the staff PIN and press Enter. Esc goes back.")
        yield Static(f"[b]{title}[/b]\n{how}")
        yield TextField(
            password=True,
            max_length=MAX_PIN_LENGTH,
            placeholder=_("staff PIN"),
            id="pin",
        )
        yield Static(id="pin-message")

    def when_mounted(self) -> None:
        """Focus the field, keep the lock countdown current, and close when left alone."""
        self.query_one("#pin", Input).focus()
        self._last_key = self._clock()
        self._show_lock()
        self.set_interval(min(1.0, self.idle_seconds / 4), self._tick)

    def on_input_changed(self, event: Input.Changed) -> None:
        """A key in the field: someone is there."""
        self._last_key = self._clock()

    def _tick(self) -> None:
        if self._clock() - self._last_key >= self.idle_seconds and self.is_active:
            self.dismiss(False)
            return
        self._show_lock()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Check the PIN: leave, count a wrong try, or say it is locked."""
        event.stop()
        self._last_key = self._clock()
        field = self.query_one("#pin", Input)
        pin = event.value
        field.clear()
        outcome = self.guard.check(pin)
        if outcome is PinCheck.RIGHT and self.is_active:
            self.dismiss(True)
        elif self.guard.locked_for() > 0:
            self._show_lock()
        else:
            tries = self.guard.tries_left
            self._say(
                ngettext(
                    "That PIN is not right. {count} more try before a {seconds}-second lock.",
                    "That PIN is not right. {count} more tries before a {seconds}-second lock.",
                    tries,
                    seconds=f"{self.guard.next_lock_seconds:.0f}",
                )
            )

    def _say(self, text: str) -> None:
        self.query_one("#pin-message", Static).update(text)

    def _show_lock(self) -> None:
        if not self.is_active:
            return  # covered by the idle warning, or closed
        field = self.query_one("#pin", Input)
        left = self.guard.locked_for()
        if left > 0:
            self._was_locked = True
            field.disabled = True
            self._say(
                _("Three wrong PINs: locked. Try again in {seconds} s.", seconds=math.ceil(left))
            )
        elif self._was_locked:
            self._was_locked = False
            field.disabled = False
            field.focus()
            self._say(_("You can try again."))

    def action_cancel(self) -> None:
        """Close the dialog and stay in kiosk mode."""
        if self.is_active:
            self.dismiss(False)
