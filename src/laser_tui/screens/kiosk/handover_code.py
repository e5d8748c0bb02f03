"""Shows the hand-over code in large characters, for the patient to tell the clinician.

The code is always seen: for its first ``hold`` seconds the screen takes no key at all (a
second Enter pressed quickly to save is not an answer), and then it ends only on F, the key it
names, or goes back to the answers on Esc. The hand-over stays valid either way.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Digits, Static

from laser_tui.kiosk.handover import spaced
from laser_tui.language.catalogue import N_, _
from laser_tui.screens.dialogs.base import LaserDialog


class HandoverCodeDialog(LaserDialog[bool]):
    """Dismissed with True when the patient has finished, False to go back to their answers."""

    BOX_ID = "code-box"
    FINISH_KEY = "f"
    BINDINGS = [
        Binding(
            FINISH_KEY,
            "answer(True)",
            N_("Finished"),
            tooltip=N_("Clear for the next person"),
            id="answer-true",
        ),
        Binding(
            "escape",
            "answer(False)",
            N_("Back to my answers"),
            tooltip=N_("Back to your answers"),
            id="answer-false",
        ),
    ]

    def __init__(
        self,
        code: str,
        hold: float,
        clock: Callable[[], float] = time.monotonic,
        replaced: bool = False,
    ) -> None:
        super().__init__(name="handover-code")
        self.code = code
        self._clock = clock
        self.replaced = replaced
        """Whether this session's earlier hand-over under the same code now has newer answers."""
        self._ready_at = clock() + hold

    def action_answer(self, answer: bool) -> None:
        """Close with the answer, but only once the code has been on screen for a moment."""
        if self._clock() >= self._ready_at:
            super().action_answer(answer)

    def compose_box(self) -> ComposeResult:
        """The code in large characters, again in plain text, and what to do next."""
        title = _("Your code for the clinician")
        yield Static(f"[b]{title}[/b]")
        yield Digits(spaced(self.code), id="code-digits")
        code, key = f"[b]{spaced(self.code)}[/b]", f"[b]{self.FINISH_KEY.upper()}[/b]"
        if self.replaced:
            said = _(
                "Your code is {code}. It is the same code as before: it now holds your latest "
                "answers. Write it down or take a photo, and tell it to your clinician.",
                code=code,
            )
        else:
            said = _(
                "Your code is {code}. Write it down or take a photo, and tell it to your "
                "clinician.",
                code=code,
            )
        then = _(
            "When you have it, press {key} (finished): your answers are then cleared from this "
            "screen for the next person, and stay saved for your clinician under this code. Esc "
            "goes back to your answers.",
            key=key,
        )
        yield Static(f"{said}\n\n{then}", id="code-text")
