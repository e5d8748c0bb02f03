"""Where am I leaning? (Ottawa Personal Decision Guide): the person's own view, after weighing."""

from __future__ import annotations

from rich.markup import escape
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from laser_tui.language.catalogue import _
from laser_tui.model.leaning import OWN_VIEW, QUESTION, leaning_choices, leaning_words
from laser_tui.model.session import Session
from laser_tui.screens.base import OPEN_SUMMARY, LaserScreen
from laser_tui.widgets.leaning_choice import LeaningChoice


class LeaningScreen(LaserScreen):
    """The answers, none chosen until the person chooses; the choice goes into the priorities."""

    SUB_TITLE = QUESTION

    BINDINGS = [
        OPEN_SUMMARY,
    ]

    def compose_body(self) -> ComposeResult:
        """The question, the answers, and what is saved."""
        with VerticalScroll(id="leaning-body", can_focus=False):
            intro = _(
                "Now that you have weighed it up, which way are you leaning? You do not have "
                "to say, and you can change it at any time. "
                "↑/↓ move, Space or Enter chooses, Del takes it back."
            )
            question = escape(_(QUESTION))
            yield Static(f"[b]{question}[/b] {escape(intro)}", id="leaning-intro")
            choices = [(c.value, c.label) for c in leaning_choices(self.content)]
            yield LeaningChoice(choices, id="leaning-choice")
            yield Static(id="leaning-status")

    def when_mounted(self) -> None:
        """Follow the app's priorities and the person's answer; focus the answers."""
        choice = self.query_one(LeaningChoice)
        self.watch(self.laser_app, "session", self._show)
        self.watch(choice, "chosen", self._apply, init=False)
        choice.focus()

    def _apply(self, chosen: str | None) -> None:
        """A key chose an answer: that is a new version of the person's priorities."""
        app = self.laser_app
        app.priorities = app.priorities.with_leaning(chosen)

    def _show(self, session: Session) -> None:
        priorities = session.priorities
        self.query_one(LeaningChoice).show(priorities.leaning)
        if priorities.leaning is None:
            said = escape(_("You have not said yet."))
        else:
            words = leaning_words(self.content, priorities.leaning)
            said = _("You said you are leaning towards: [b]{words}[/b].", words=escape(words))
        self.query_one("#leaning-status", Static).update(said + " " + escape(_(OWN_VIEW)))
