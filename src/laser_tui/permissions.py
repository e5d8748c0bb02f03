"""What a mode lets a person do: the command table's rows for the mode, and in a kiosk only
the commands and screen keys named here.

The kiosk fails closed: a command added to the table runs in the kiosk only once its row names
the kiosk modes and its id is listed in ``KIOSK_COMMANDS``; a key added to a screen or widget
runs there only once its action is named in ``KIOSK_ACTIONS``. A command is its whole call:
``open('compare')`` is a row, ``open('admin')`` is not, and runs nowhere.
``tests/test_kiosk_allowlist.py`` walks every binding of every screen and dialog in kiosk mode.
"""

from __future__ import annotations

from textual.actions import ActionParseResult, parse

from laser_tui.commands import KIOSKS, MAX_TREATMENT_KEYS, Command, Mode, command_of, runs_in

KIOSK_COMMANDS: dict[str, str] = {
    "concerns": "what bothers me",
    **{f"treatment-{n}": "a treatment's screen" for n in range(1, MAX_TREATMENT_KEYS + 1)},
    "compare": "the differences side by side",
    "chances": "the chances side by side",
    "checklist": "tick what counts",
    "decision": "weigh it up",
    "other_options": "other options",
    "readiness": "am I ready?",
    "clinician": "things my clinician should know",
    "recovery": "recovery, day by day",
    "knowledge": "check what I know",
    "summary": "the summary, to read here",
    "home": "the home screen",
    "contrast": "high-contrast colours",
    "language": "the language (a wipe returns to the clinic's)",
    "about": "about this aid",
    "help": "the keys of this screen",
    "handover": "save the answers under a code for the clinician",
    "start_over": "clear every answer",
    "staff_exit": "the staff PIN dialog",
}
"""The table's commands a kiosk runs (of those whose rows name it), by id, with what for."""

KIOSK_ACTIONS: dict[str, str] = {
    # Where to go.
    "back": "back to the home screen",
    "close": "close help or why it fits",
    # What the session is for.
    "toggle_item": "tick what counts (checklist)",
    "toggle_counted": "tick what counts (weigh it up)",
    "change": "change a weight",
    "lean": "where am I leaning? (from weigh it up)",
    "basis": "why each treatment fits a difference (from weigh it up)",
    "choose": "say where you are leaning, or answer a question for the clinician",
    "clear": "take back where you are leaning, or an answer for the clinician",
    "move": "the next or the previous question for the clinician",
    "quick": "answer a question for the clinician yes, no or not sure",
    "show_chances": "the chances on a treatment screen",
    "outcome": "jump between outcomes on the chances side by side",
    "answer": "answer a kiosk dialog",
    # Staff.
    "cancel": "close the staff PIN dialog or the language dialog",
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
"""The screens' and widgets' own actions a kiosk runs, by name, with what they are for."""


def action_name(action: str | ActionParseResult) -> str:
    """The name of an action (``"open('compare')"`` → ``open``, ``app.help`` → ``help``)."""
    _namespace, name, _parameters = parse(action) if isinstance(action, str) else action
    return name


def permitted(mode: Mode, command: Command) -> bool:
    """Whether ``command`` runs in ``mode``: its row says so, and a kiosk lists it."""
    return command.runs_in(mode) and (mode not in KIOSKS or command.id in KIOSK_COMMANDS)


def permits(mode: Mode, action: str, parameters: tuple[object, ...] = ()) -> bool:
    """Whether ``action`` with ``parameters`` (as ``check_action`` gets them) runs in ``mode``."""
    in_table = runs_in(mode, action, parameters)
    if in_table is None:  # a screen's or a widget's own key
        return mode not in KIOSKS or action in KIOSK_ACTIONS
    command = command_of(action, parameters)
    return command is not None and permitted(mode, command)


def permits_call(mode: Mode, action: str | ActionParseResult) -> bool:
    """Whether an action as ``run_action`` gets it (``"app.open('compare')"``) runs in ``mode``."""
    _namespace, name, parameters = parse(action) if isinstance(action, str) else action
    return permits(mode, name, parameters)
