"""What the kiosk lets a patient do: the actions on this list, by name, and nothing else.

The kiosk fails closed: a binding added to the app, a screen or a widget later runs in the
kiosk only once its action is named here. ``tests/test_kiosk_allowlist.py`` walks every binding
of every screen and dialog in kiosk mode and checks that each is allowed or refused as listed.
"""

from __future__ import annotations

from textual.actions import ActionParseResult, parse

KIOSK_ACTIONS: dict[str, str] = {
    # Where to go (the home menu and its keys).
    "go_home": "the home screen",
    "open": "one of the app's screens",
    "open_treatment": "a treatment's screen",
    "help": "the keys of this screen",
    "back": "back to the home screen",
    "close": "close help or why it fits",
    # What the session is for.
    "toggle_item": "tick what matters (checklist)",
    "toggle_counted": "tick what matters (weigh it up)",
    "change": "change a weight",
    "lean": "where am I leaning? (from weigh it up)",
    "basis": "why each treatment fits a difference (from weigh it up)",
    "choose": "say where you are leaning, or answer a question for the clinician",
    "clear": "take back where you are leaning, or an answer for the clinician",
    "move": "the next or the previous question for the clinician",
    "quick": "answer a question for the clinician yes, no or not sure",
    "toggle_contrast": "high-contrast colours",
    "show_chances": "the chances on a treatment screen",
    "outcome": "jump between outcomes on the chances side by side",
    "hand_over": "save the answers under a code for the clinician",
    "start_over": "clear every answer",
    "answer": "answer a kiosk dialog",
    # Staff.
    "staff_exit": "the staff PIN dialog",
    "cancel": "close the staff PIN dialog",
    "submit": "try the staff PIN",
    # Moving around and typing the PIN.
    "focus_next": "the next part of a screen",
    "focus_previous": "the previous part of a screen",
    **{
        name: "move, scroll or choose"
        for name in (
            "scroll_up",
            "scroll_down",
            "scroll_left",
            "scroll_right",
            "scroll_home",
            "scroll_end",
            "page_up",
            "page_down",
            "page_left",
            "page_right",
            "cursor_up",
            "cursor_down",
            "cursor_left",
            "cursor_right",
            "cursor_left_word",
            "cursor_right_word",
            "home",
            "end",
            "first",
            "last",
            "select",
            "next_button",
            "previous_button",
            "toggle_button",
        )
    },
    **{
        name: "edit the staff PIN"
        for name in (
            "delete_left",
            "delete_right",
            "delete_left_word",
            "delete_right_word",
            "delete_left_all",
            "delete_right_all",
            "select_all",
        )
    },
}
"""Every action the kiosk runs, by name, with what it is for."""


def action_name(action: str | ActionParseResult) -> str:
    """The name of an action (``"open('compare')"`` → ``open``, ``app.help`` → ``help``)."""
    _namespace, name, _parameters = parse(action) if isinstance(action, str) else action
    return name


def allowed(action: str | ActionParseResult) -> bool:
    """Whether the kiosk runs ``action``."""
    return action_name(action) in KIOSK_ACTIONS
