"""The answers to one question for the clinician: a LeaningChoice with its own key words."""

from __future__ import annotations

from textual.binding import Binding

from laser_tui.language.catalogue import N_
from laser_tui.widgets.leaning_choice import LeaningChoice


class ClinicianAnswer(LeaningChoice):
    """Yes, no, not sure (or a question's own answers); space or enter gives the highlighted
    one, delete takes it back."""

    BINDINGS = [
        Binding(
            "space,enter",
            "choose",
            N_("Answer"),
            tooltip=N_("Give this answer"),
            id="choose-answer",
        ),
        Binding(
            "delete,backspace",
            "clear",
            N_("Clear"),
            tooltip=N_("Take my answer back (not answered)"),
            id="clear-answer",
            show=False,
        ),
    ]
