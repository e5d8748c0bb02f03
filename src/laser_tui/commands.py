"""The one table of laser-tui's destinations and commands, and how keys are written for people.

Each ``Command`` says its id, key, action, the short label of the footer, the plain words of
the home menu and help (per mode where they differ), its help group, where it appears, and the
modes it runs in. Each app class declares its ``MODE``; its ``BINDINGS``, ``check_action``,
home menu, help, footer and (with ``permissions``) the kiosk's permissions, and the
README's keys table, all come from here. Pure: imports nothing from Textual.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum

from laser_tui.language.catalogue import N_, _

MOVE = N_("Move")
CHANGE = N_("Change")
GO_TO = N_("Go to")
HELP_GROUPS = (MOVE, CHANGE, GO_TO)
"""The groups of the help screen, in the order it shows them."""

MAX_TREATMENT_KEYS = 9


class Mode(Enum):
    """Where laser-tui runs: each app class runs in one mode, and each command names its modes."""

    HOME = "home"
    """``laser-tui`` in a person's own terminal."""
    KIOSK = "kiosk"
    """``laser-tui --kiosk``: a shared clinic terminal, one patient after another."""
    BROWSER = "browser"
    """``laser-tui serve``: one person's browser tab."""
    BROWSER_KIOSK = "browser kiosk"
    """``laser-tui serve --kiosk``: a shared tablet; staff stop it on the server."""
    HANDOVER = "hand-over"
    """``laser-tui --open CODE``: staff read a patient's hand-over."""


EVERYWHERE = frozenset(Mode)
KIOSKS = frozenset({Mode.KIOSK, Mode.BROWSER_KIOSK})
"""The shared modes: nothing is saved or printed, and each person starts fresh."""
OWN = EVERYWHERE - KIOSKS
"""The modes of one person (or staff), who may save, export and quit."""
DOWNLOADS = frozenset({Mode.BROWSER})
"""The modes where saving and exporting hand the person a download in their browser."""


@dataclass(frozen=True)
class Command:
    """One key of the whole app: what it does, where it runs and where a person sees it."""

    id: str
    """The binding id; the kiosk's allowlist names commands by it."""
    key: str
    """Textual's key string, e.g. ``"ctrl+s"`` (several keys separated by commas)."""
    action: str
    """The action with its parameters, e.g. ``open('compare')``: a command is the whole call."""
    label: str
    """The footer's short label (an English message id: ``_(label)`` where it is shown)."""
    words: str
    """Plain words for the home menu and help (an English message id, like ``label``)."""
    group: str = GO_TO
    menu: bool = True
    """Listed in the home menu."""
    footer: bool = False
    """Shown in the footer (the rest stay in help, so the footer fits 80 columns)."""
    priority: bool = False
    """Works even while a text box has the focus."""
    treatment: int | None = None
    """The index of the treatment it opens (its words then come from the content)."""
    modes: frozenset[Mode] = EVERYWHERE
    """The modes it runs in; in any other it is refused, hidden and left out of menu and help."""
    words_in: Mapping[Mode, str] = field(default_factory=dict)
    """Its words in the modes where they differ from ``words``."""

    def runs_in(self, mode: Mode) -> bool:
        """Whether this command exists in ``mode``."""
        return mode in self.modes

    def words_for(self, mode: Mode) -> str:
        """Its words for the home menu and help in ``mode``."""
        return self.words_in.get(mode, self.words)


def _treatment(n: int) -> Command:
    action = f"open_treatment({n - 1})"
    label = N_("Treatment {number}")  # the footer's label (filled in where it is shown)
    return Command(f"treatment-{n}", str(n), action, label, "", treatment=n - 1)


def _screen(key: str, name: str, label: str, words: str, **more: object) -> Command:
    return Command(name, key, f"open('{name}')", label, words, **more)  # type: ignore[arg-type]


COMMANDS: tuple[Command, ...] = (
    _screen("m", "concerns", N_("What bothers me"), N_("What bothers me about my skin")),
    *(_treatment(n) for n in range(1, MAX_TREATMENT_KEYS + 1)),
    _screen("c", "compare", N_("Side by side"), N_("Side by side: the differences")),
    _screen("n", "chances", N_("Chances"), N_("Chances side by side, out of 100")),
    _screen("l", "checklist", N_("Checklist"), N_("Checklist: what counts for me")),
    _screen("w", "decision", N_("Weigh it up"), N_("Weigh it up: how my priorities line up")),
    _screen("d", "recovery", N_("Recovery"), N_("Recovery, day by day: side by side")),
    _screen("o", "other_options", N_("Other options"), N_("Other options, including no treatment")),
    _screen("r", "readiness", N_("Am I ready?"), N_("Am I ready? Four questions to get ready")),
    _screen("t", "clinician", N_("Clinician should know"), N_("Things my clinician should know")),
    _screen("k", "knowledge", N_("Check what I know"), N_("Check what I know: true or false")),
    _screen("s", "summary", N_("My summary"), N_("My summary: to take to your clinician"),
            words_in=dict.fromkeys(KIOSKS, N_("My summary: to read here (nothing is printed)"))),
    Command("home", "h", "go_home", N_("Home"), N_("The home screen"), menu=False),
    Command(
        "save", "ctrl+s", "save", N_("Save"), N_("Save my priorities"), CHANGE, footer=True,
        priority=True, modes=OWN,
        words_in={Mode.BROWSER: N_("Save my priorities: download the file")},
    ),
    Command(
        "save_as", "ctrl+o", "save_as", N_("Save as"), N_("Save my priorities to another file"),
        CHANGE, priority=True, modes=OWN - DOWNLOADS,  # a browser asks where a download goes
    ),
    Command(
        "contrast", "ctrl+t", "toggle_contrast", N_("Contrast"),
        N_("High-contrast colours on or off"), CHANGE, menu=False,
    ),
    Command(
        "language", "e", "choose_language", N_("Language"),
        N_("Language: English, Español"), CHANGE,
    ),
    _screen("a", "about", N_("About this aid"), N_("About this aid: who made it, how scores work")),
    Command("help", "f1,question_mark", "help", N_("Help"), N_("Help: the keys"), footer=True),
    Command(
        "quit", "ctrl+q", "quit", N_("Quit"), N_("Quit"), footer=True, priority=True, modes=OWN,
        words_in={Mode.BROWSER: N_("Quit: end this session (your answers are forgotten)")},
    ),
    Command(
        "handover", "g", "handover", N_("Hand over"), N_("Hand over: a code for your clinician"),
        footer=True, modes=KIOSKS,
    ),
    Command(
        "start_over", "ctrl+r", "start_over", N_("Start over"),
        N_("Start over: clear every answer"), CHANGE, footer=True, priority=True, modes=KIOSKS,
    ),
    Command(
        "staff_exit", "ctrl+x", "staff_exit", N_("Staff exit"),
        N_("Staff only: leave kiosk mode (needs the staff PIN)"), menu=False, priority=True,
        modes=frozenset({Mode.KIOSK}),  # a browser kiosk is stopped on the server
    ),
)  # fmt: skip
"""Every command of the app, in the order of the home menu, each with the modes it runs in."""

BY_ID = {command.id: command for command in COMMANDS}
BY_ACTION = {command.action: command for command in COMMANDS}
ACTION_NAMES = frozenset(command.action.partition("(")[0] for command in COMMANDS)
"""The names of the table's actions: a call of one that is not a row (``open('admin')``) is
refused in every mode."""


def command_of(action: str, parameters: tuple[object, ...] = ()) -> Command | None:
    """The command of an action as ``check_action`` gets it, e.g. ``("open", ("compare",))``."""
    called = f"{action}({', '.join(map(repr, parameters))})" if parameters else action
    return BY_ACTION.get(called)


def commands_in(mode: Mode) -> tuple[Command, ...]:
    """The commands that run in ``mode``, in the table's order."""
    return tuple(command for command in COMMANDS if command.runs_in(mode))


def runs_in(mode: Mode, action: str, parameters: tuple[object, ...] = ()) -> bool | None:
    """Whether the table lets ``action`` run in ``mode``: True or False for the table's own
    actions (the whole call must be a row that names ``mode``), None for an action the table
    does not have (a screen's or a widget's own key)."""
    if action not in ACTION_NAMES:
        return None
    command = command_of(action, parameters)
    return command is not None and command.runs_in(mode)


BACK_WORDS = N_("Back to the home screen")
"""What Esc does on every screen but home."""

LOCAL_GROUPS = {
    "change": CHANGE,
    "toggle_item": CHANGE,
    "toggle_counted": CHANGE,
    "answer": CHANGE,
    "choose": CHANGE,
    "export": CHANGE,
    "next_button": MOVE,
    "previous_button": MOVE,
    "app.focus_next": MOVE,
    "app.focus_previous": MOVE,
    "scroll_down": MOVE,
    "scroll_up": MOVE,
}
"""The help group of a screen's or widget's own key, by action name (else Go to)."""

TOOLKIT_WORDS = {
    "cursor_up": (MOVE, N_("The item above or below")),
    "cursor_down": (MOVE, N_("The item above or below")),
    "select": (GO_TO, N_("Open or choose the highlighted item")),
    "scroll_up": (MOVE, N_("Scroll up")),
    "scroll_down": (MOVE, N_("Scroll down")),
    "page_up": (MOVE, N_("A page up or down")),
    "page_down": (MOVE, N_("A page up or down")),
    "scroll_home": (MOVE, N_("To the top or the bottom")),
    "scroll_end": (MOVE, N_("To the top or the bottom")),
    "first": (MOVE, N_("The first or the last item")),
    "last": (MOVE, N_("The first or the last item")),
    "app.focus_next": (MOVE, N_("The next or the previous part of the screen")),
    "app.focus_previous": (MOVE, N_("The next or the previous part of the screen")),
}
"""Textual's own keys worth listing in help, in plain words; the others are left out."""

_NAMES = {
    "escape": "Esc",
    "enter": "Enter",
    "space": N_("Space"),
    "tab": "Tab",
    "up": "↑",
    "down": "↓",
    "left": "←",
    "right": "→",
    "pageup": N_("PgUp"),
    "pagedown": N_("PgDn"),
    "home": N_("Home"),
    "end": N_("End"),
    "question_mark": "?",
    "minus": "-",
    "plus": "+",
    "equals_sign": "=",
    "backslash": "\\",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "delete": N_("Del"),
    "backspace": N_("Backspace"),
}
_MODIFIERS = {"ctrl": "Ctrl", "shift": "Shift", "alt": "Alt", "super": "Super"}


def key_display(key: str) -> str:
    """How a person reads one key (Textual's key string): ``Ctrl+S``, ``Esc``, ``F1``, ``?``."""
    *modifiers, name = key.split("+") if key != "+" else ["plus"]
    shown = _(_NAMES[name]) if name in _NAMES else None  # as the keyboards of the language say
    if shown is None:
        if len(name) == 1:
            shown = name.upper() if modifiers else name
        elif name[0] == "f" and name[1:].isdigit():
            shown = name.upper()
        else:
            shown = name.replace("_", " ").title()
    return "+".join([*(_MODIFIERS.get(m, m.title()) for m in modifiers), shown])


def help_group(action: str) -> str:
    """The help group of a screen's or widget's own key."""
    return LOCAL_GROUPS.get(action.partition("(")[0], GO_TO)


def menu_key(keys: str) -> str:
    """The key the home menu shows for a command: its first one."""
    return key_display(keys.split(",", maxsplit=1)[0])


def readme_keys_table() -> list[str]:
    """The README's table of the keys that work everywhere (a test keeps the README equal)."""
    lines = ["| key | what it does |", "| --- | --- |"]
    home = commands_in(Mode.HOME)
    first = next(c for c in home if c.treatment is not None)
    for command in home:
        if command.treatment is not None and command is not first:
            continue
        if command is first:
            keys, words = "`1`, `2`, …", "the screen of treatment 1, 2, …"
        else:
            keys = ", ".join(f"`{key_display(k)}`" for k in command.key.split(","))
            words = command.words
        lines.append(f"| {keys} | {words} |")
    lines.append(f"| `Esc` | {BACK_WORDS} (every screen but home) |")
    return lines
