"""The laser-tui application: screens, global keys, theme."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, work
from textual.actions import ActionParseResult
from textual.app import App
from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.reactive import var
from textual.screen import Screen

from laser_tui.commands import BY_ID, COMMANDS, DOWNLOADS, Command, Mode, commands_in, key_display
from laser_tui.console_colours import footer_overrides
from laser_tui.files.quick_content import PendingContent
from laser_tui.language.catalogue import _
from laser_tui.model.home_content import HomeContent
from laser_tui.model.problems import InputProblem
from laser_tui.permissions import permits, permits_call, permitted
from laser_tui.screens.named import screen_class
from laser_tui.themes import HIGH_CONTRAST, STANDARD_THEME
from laser_tui.widgets.too_small import MIN_HEIGHT, MIN_WIDTH

if TYPE_CHECKING:  # pydantic-backed: imported once the first screen is painted
    from collections.abc import Mapping

    from rich.console import RenderableType

    from laser_tui.model.content import Content
    from laser_tui.model.priorities import Priorities
    from laser_tui.model.scoring import Result
    from laser_tui.model.session import Session


NOT_YET: Any = None
"""``LaserApp.session`` and ``result`` until pending content is validated. Nothing reads
them before then (every action that could waits for the validation), and real starting values
would import pydantic before the first paint, which costs about a third of start-up."""


BEFORE_VALIDATION = frozenset({"quit", "toggle_contrast"})
"""The app's actions that work before the content is validated (none uses the content)."""


def command_bindings(commands: Iterable[Command]) -> list[BindingType]:
    """The bindings of rows of the command table (each with its id)."""
    return [
        Binding(
            c.key, c.action, c.label, show=c.footer, priority=c.priority, tooltip=c.words, id=c.id
        )
        for c in commands
    ]


class LaserApp(App[None], inherit_bindings=False):
    """Two treatments, a checklist and a decision panel, all by keyboard."""

    CSS_PATH = Path(__file__).with_name("app.tcss")  # absolute: subclasses live elsewhere
    TITLE = "laser-tui"
    ENABLE_COMMAND_PALETTE = False
    HORIZONTAL_BREAKPOINTS = [(0, "-too-narrow"), (MIN_WIDTH, "-wide-enough")]
    VERTICAL_BREAKPOINTS = [(0, "-too-short"), (MIN_HEIGHT, "-tall-enough")]
    HOME_DEPTH = 1
    """Screens at the bottom of the stack, up to and including the home screen."""
    TAKES_PASTE: ClassVar[bool] = True
    """Whether the terminal is asked for bracketed pastes (a typed one is then bounded)."""

    MODE: ClassVar[Mode] = Mode.HOME
    """Where this app runs: its keys, menu, help and permissions are the table's rows for it."""
    BINDINGS = command_bindings(commands_in(MODE))

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """A class with a ``MODE`` of its own binds exactly the table's rows for that mode."""
        if "MODE" in cls.__dict__:
            cls.BINDINGS = command_bindings(commands_in(cls.MODE))
            kwargs["inherit_bindings"] = False
        super().__init_subclass__(**kwargs)

    session: var[Session] = var(NOT_YET, init=False)
    """Everything the person has said: the one copy. Screens and widgets follow it (``watch``)."""
    result: var[Result] = var(NOT_YET, init=False)
    """How the session's priorities line up: derived from them in ``watch_session`` only."""
    file_words: var[str] = var("")
    """Which priorities file is in use, in one line the home screen shows ("" for none)."""

    def __init__(
        self,
        content: Content | PendingContent,
        priorities: Priorities | None = None,
        high_contrast: bool = False,
        priorities_path: Path | None = None,
        content_path: Path | None = None,
    ) -> None:
        """``content`` is validated content, or (``PendingContent``) the home screen's part
        of the shipped content, validated in full right after the first paint;
        ``content_path`` is where it was read, None for the shipped content (which then
        follows the language shown)."""
        super().__init__()
        self.content_path = content_path
        self._input_held = False
        self._asking_about_saving = False
        self._content: Content | None = None
        self.pending: PendingContent | None = None
        self.content_problem: InputProblem | None = None
        """Why the pending content could not be used (the app then exits with code 2)."""
        if isinstance(content, PendingContent):
            self.pending, self.home = content, content.home
        else:
            self.home = HomeContent.of(content)
            self._use_content(content, priorities, priorities_path)
        self.register_theme(HIGH_CONTRAST)
        self.theme = HIGH_CONTRAST.name if high_contrast else STANDARD_THEME

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables, with a readable footer on the Linux console."""
        overrides = footer_overrides(os.environ.get("TERM"))
        self.theme_variables = {**super().get_css_variables(), **overrides}
        return self.theme_variables

    def _use_content(
        self, content: Content, priorities: Priorities | None, priorities_path: Path | None
    ) -> None:
        """Take validated content: open the priorities file and score."""
        from laser_tui.files.priorities_keeper import PrioritiesKeeper
        from laser_tui.model.priorities import Priorities
        from laser_tui.model.session import Session

        self._content = content
        if priorities is None and priorities_path is not None:
            self.keeper = PrioritiesKeeper.open(priorities_path, content)
            priorities = self.keeper.saved
        else:
            self.keeper = PrioritiesKeeper(priorities_path, Priorities.defaults_for(content))
        initial = Session.fresh(content, priorities)
        self.set_reactive(LaserApp.session, initial)
        self.watch_session(initial)

    @property
    def content(self) -> Content:
        """The validated content (every action that uses it waits for the validation)."""
        if self._content is None:
            raise RuntimeError("the content is used before it was validated")
        return self._content

    @property
    def validated(self) -> bool:
        """Whether the content has been validated (until then only quit and contrast work)."""
        return self._content is not None

    @property
    def priorities(self) -> Priorities:
        """The session's priorities."""
        return self.session.priorities

    @priorities.setter
    def priorities(self, priorities: Priorities) -> None:
        self.session = self.session.with_priorities(priorities)

    def watch_session(self, session: Session) -> None:
        """Score every new version of the session: the one place the result is derived.

        A watcher runs while the key that changed the priorities is handled, so whatever
        follows ``result`` is repainted in the same frame."""
        from laser_tui.model.scoring import score

        self.result = score(self.content, session.priorities)

    def watch_file_words(self) -> None:
        """Show the new line at once when the home screen is the one in view."""
        from laser_tui.screens.home import HomeScreen

        if self.screen_stack and isinstance(self.screen, HomeScreen) and self.screen.is_mounted:
            self.screen.show_file_words()

    def offers(self, command_id: str) -> bool:
        """Whether the command of the table with ``command_id`` runs in this mode."""
        return permitted(self.MODE, BY_ID[command_id])

    @property
    def downloads(self) -> bool:
        """Whether saving and exporting hand the person a download in their browser (no file
        on this computer is opened or written)."""
        return self.MODE in DOWNLOADS

    def commands(self) -> list[Command]:
        """The commands of this mode in its words, each treatment by its name."""
        names = self.home.treatment_names  # shown before the content is validated
        return [
            replace(c, words=_("{name}: what it is", name=names[c.treatment]))
            if c.treatment is not None
            else replace(c, words=c.words_for(self.MODE))
            for c in COMMANDS
            if permitted(self.MODE, c) and (c.treatment is None or c.treatment < len(names))
        ]

    def destinations(self) -> list[Command]:
        """The home menu: every part of the app this mode offers."""
        return [c for c in self.commands() if c.menu]

    def get_key_display(self, binding: Binding) -> str:
        """Keys as people know them from their keyboards: Ctrl+S, Esc, F1."""
        return binding.key_display or key_display(binding.key)

    def on_ready(self, event: events.Ready) -> None:
        """Once the first screen is painted, validate pending content (then its actions work),
        and set what start-up built aside from the garbage collector: a full collection then
        scans only what came later (a few ms, not ~40 ms in the middle of a key press). The
        command line turns the collector off until here (``gc.enable``)."""
        if self.pending is not None:
            self._validate_pending(self.pending)
        gc.collect()
        gc.freeze()
        gc.enable()

    def _validate_pending(self, pending: PendingContent) -> None:
        """Validate the content the home screen was painted from; exit 2 if it is not valid."""
        try:
            content, priorities_path = pending.load()
        except InputProblem as problem:
            self.content_problem = problem
            self.exit(return_code=2)
            return
        self.pending = None
        validated_home = HomeContent.of(content)
        if validated_home != self.home:  # the quick read misread the file: show the truth
            self.home = validated_home
            self.screen_stack[0].refresh(recompose=True)
        self._use_content(content, None, priorities_path)
        self.announce_priorities_file()
        self.refresh_bindings()

    def get_default_screen(self) -> Screen[None]:
        """The home screen is the bottom of the stack."""
        from laser_tui.screens.home import HomeScreen  # screens need the app's type

        return HomeScreen()

    def on_mount(self) -> None:
        """Say which priorities file is in use, and any problem with it."""
        if self.validated:
            self.announce_priorities_file()

    def announce_priorities_file(self) -> None:
        """Tell the person which file is in use, and anything wrong with it."""
        from laser_tui.saving import PrioritiesSaving  # it needs the app's type

        PrioritiesSaving(self).announce()

    def summary_export_path(self) -> Path | None:
        """Where an exported summary goes (beside the priorities file), or None if nowhere."""
        from laser_tui.files.summary_export import summary_path_for

        path = self.keeper.path
        return summary_path_for(path) if path is not None else None

    def hold_input(self) -> None:
        """Take no more keys, clicks or pastes: the person chose to leave (``release_input``
        undoes it if leaving fails); ``exit`` holds it for good."""
        self._input_held = True

    def release_input(self) -> None:
        """Take keys again (leaving did not happen, or a dialog on the way asks something)."""
        self._input_held = False

    @property
    def leaving(self) -> bool:
        """Whether the app is on its way out: input is held, screens no longer set up."""
        return self._input_held

    def exit(
        self, result: None = None, return_code: int = 0, message: RenderableType | None = None
    ) -> None:
        """End the app; keys typed from now on are ignored (a screen opened while the app
        shuts down would find its widgets gone)."""
        self.hold_input()
        super().exit(result, return_code, message)

    async def on_event(self, event: events.Event) -> None:
        """Ignore input while leaving, or once the screens are gone."""
        if isinstance(event, (events.InputEvent, events.Paste)) and (
            self._input_held or not self.is_running or not self.screen_stack
        ):
            return
        await super().on_event(event)

    async def run_action(
        self,
        action: str | ActionParseResult,
        default_namespace: DOMNode | None = None,
        namespaces: Mapping[str, DOMNode] | None = None,
    ) -> bool:
        """Run ``action`` only if this mode permits it, whoever's binding it is."""
        if not permits_call(self.MODE, action):
            return False
        return await super().run_action(action, default_namespace, namespaces)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Only what this mode permits, and what the session allows now; hide treatment keys
        beyond the number of treatments and the home key on the home screen; no saving while
        asked about saving or leaving; until the content is validated, only quit and contrast
        (the rest shown disabled)."""
        if not permits(self.MODE, action, parameters) or not self.session_allows(action):
            return False
        if action == "go_home":
            return len(self.screen_stack) > self.HOME_DEPTH
        if action == "open_treatment":
            index = parameters[0]
            if not isinstance(index, int) or index >= len(self.home.treatment_names):
                return False
        if not self.validated and action not in BEFORE_VALIDATION:
            return None
        if action in ("save", "save_as"):
            return not self._asking_about_saving
        return True

    def session_allows(self, action: str) -> bool:
        """Whether the state of the session lets a permitted action run now (the kiosk's
        dialogs and welcome screen say more)."""
        return True

    async def ask_about_saving(self, dialog: Screen[Any]) -> Any:
        """Ask where to save, whether to replace or whether to leave; the save keys do nothing
        until the answer."""
        self._asking_about_saving = True
        try:
            return await self.push_screen_wait(dialog)
        finally:
            self._asking_about_saving = False

    async def action_quit(self) -> None:
        """Leave, first asking what to do with unsaved changes."""
        self.leave()

    @work(group="priorities-file")
    async def leave(self) -> None:
        """Leave now, or once the person has said what to do with unsaved changes."""
        from laser_tui.saving import PrioritiesSaving

        await PrioritiesSaving(self).leave()

    @work(group="priorities-file")
    async def action_save(self) -> None:
        """Save the priorities to their file (asking for one if there is none)."""
        await self.save_priorities()

    @work(group="priorities-file")
    async def action_save_as(self) -> None:
        """Save the priorities to a file the person chooses."""
        await self.save_priorities(ask=True)

    async def save_priorities(self, *, ask: bool = False) -> bool:
        """Save to the current file, or ask for one (``ask``, or when there is none); ask
        before replacing a newer file; tell the person what happened. True if saved."""
        from laser_tui.saving import PrioritiesSaving

        return await PrioritiesSaving(self).save(ask=ask)

    def action_go_home(self) -> None:
        """Close every screen above the home screen."""
        while len(self.screen_stack) > self.HOME_DEPTH:
            self.pop_screen()

    def _show(self, screen: Screen[None]) -> None:
        self.action_go_home()
        self.push_screen(screen)

    def action_open(self, name: str) -> None:
        """Open one of the app's screens by name, on top of the home screen."""
        self._show(screen_class(name)())

    def action_open_treatment(self, index: int) -> None:
        """Open the screen of the treatment at ``index`` in the content."""
        from laser_tui.screens.treatment import TreatmentScreen

        self._show(TreatmentScreen(self.content.treatments[index]))

    def action_help(self) -> None:
        """Show the keys of the app and of the current screen, grouped, in plain words."""
        from laser_tui.screens.help import HelpDialog, help_rows

        words = {c.id: c.words for c in self.commands()}
        where = self.screen.sub_title or ""
        self.push_screen(HelpDialog(where, help_rows(self, self.screen, words)))

    def action_choose_language(self) -> None:
        """Ask which language to show, and show every screen in it at once."""
        from laser_tui.switching import LanguageSwitch

        LanguageSwitch(self).ask()

    def take_translation(self, content: Content) -> None:
        """Show ``content``, a translation of the content in use: its ids and figures are the
        same, so the session and its scores stay as they are."""
        self._content = content
        self.home = HomeContent.of(content)

    async def show_fresh_home(self) -> None:
        """Close every screen above home and draw the home screen afresh."""
        from laser_tui.screens.home import HomeScreen  # screens need the app's type

        self.action_go_home()
        home = self.screen_stack[self.HOME_DEPTH - 1]
        await home.recompose()
        if isinstance(home, HomeScreen):
            home.when_mounted()

    def action_toggle_contrast(self) -> None:
        """Switch between the standard and the high-contrast theme."""
        high = self.theme != HIGH_CONTRAST.name
        self.theme = HIGH_CONTRAST.name if high else STANDARD_THEME
