"""Asks before the patient's answers are saved for the clinician under a code."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from laser_tui.kiosk.handover import spaced
from laser_tui.language.catalogue import N_, _
from laser_tui.screens.dialogs.base import LaserDialog


class HandoverAskDialog(LaserDialog[bool]):
    """Says what is saved and what is not; enter saves, escape goes back."""

    BOX_ID = "hand-over-box"
    BINDINGS = [
        Binding(
            "enter,y",
            "answer(True)",
            N_("Save and show my code"),
            tooltip=N_("Hand over"),
            id="answer-true",
        ),
        Binding(
            "escape,n",
            "answer(False)",
            N_("Not now"),
            tooltip=N_("Go back without saving"),
            id="answer-false",
        ),
    ]

    def __init__(self, ticked: int, earlier_code: str | None = None) -> None:
        super().__init__(name="hand-over")
        self.ticked = ticked
        self.earlier_code = earlier_code
        """The code this session handed over under before, if it did: it is kept."""

    def compose_box(self) -> ComposeResult:
        """What happens, then the two keys."""
        title = _("Hand over to your clinician")
        parts = [
            f"[b]{title}[/b]",
            _(
                "What counts for you, your importances and your readiness answers are saved on "
                "this clinic's computer under a short code. No name is saved. Tell the code to "
                "your clinician, who can then open your answers."
            ),
        ]
        if self.ticked == 0:
            parts.append(_("No difference counts for you yet: your clinician will see that too."))
        if self.earlier_code is not None:
            parts.append(
                _(
                    "You handed over before, under code {code}. The code stays the same: the "
                    "answers saved under it are replaced with these.",
                    code=f"[b]{spaced(self.earlier_code)}[/b]",
                )
            )
        parts.append(
            _(
                "Press {enter} to save and see your code, or {esc} to go back.",
                enter="[b]Enter[/b]",
                esc="[b]Esc[/b]",
            )
        )
        yield Static("\n\n".join(parts))
