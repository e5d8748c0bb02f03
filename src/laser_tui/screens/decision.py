"""The weighted decision panel: importance per difference, scores, reasons and the flip point."""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Static

from laser_tui.language.catalogue import N_, _
from laser_tui.model import wording
from laser_tui.model.leaning import leaning_words
from laser_tui.model.priorities import Priorities
from laser_tui.model.scoring import Result, Status
from laser_tui.model.session import Session
from laser_tui.screens.base import LaserScreen
from laser_tui.widgets.concern_note import ConcernNoteLine
from laser_tui.widgets.more_below import hint_more_below
from laser_tui.widgets.score_bar import ScoreBar
from laser_tui.widgets.steady_text import SteadyText
from laser_tui.widgets.weight_control import WeightControl


class DecisionScreen(LaserScreen):
    """Importances on the left; on the right how the priorities line up, on every key.

    The screen keeps no state of its own: it follows the app's ``priorities`` and ``result``
    (``watch``), and a key on a weight control becomes a new version of the app's priorities.
    """

    SUB_TITLE = N_("Weigh it up")
    AUTO_FOCUS = ""
    """``when_mounted`` focuses the first item without centring it (which scrolls the text
    above it away at 80x24)."""

    BINDINGS = [
        Binding(
            "i",
            "lean",
            N_("Where I lean"),
            show=False,  # the panel says "press i" under the scores; the footer is full at 80
            tooltip=N_("Say which way you are leaning (it never changes the scores)"),
            id="open-leaning",
        ),
        Binding(
            "b",
            "basis",
            N_("Why it fits"),
            show=False,  # named in the panel's title; the footer is full at 80
            tooltip=N_(
                "Why each treatment fits the highlighted difference as it does, with sources"
            ),
            id="show-basis",
        ),
    ]

    def compose_body(self) -> ComposeResult:
        """The weight controls and the result panel."""
        with Horizontal(id="decision-body"):
            with VerticalScroll(id="weights", can_focus=False):
                yield Static(
                    _("How important is each to you? ↑/↓ choose, ←/→ change, b: why it fits."),
                    classes="panel-title",
                )
                for criterion in self.content.criteria:
                    yield WeightControl(criterion.id, criterion.label)
            # The scores stay in view while the words below them scroll.
            with Vertical(id="result-panel"):
                with Vertical(id="scores"):
                    yield Static(_("How your priorities line up"), classes="panel-title")
                    for treatment in self.content.treatments:
                        yield ScoreBar(treatment.id, treatment.short_name)
                with VerticalScroll(id="result", can_focus=True):
                    yield Static(id="leaning-line")
                    yield SteadyText(id="wording")
                    # After the verdict: at 80×24 the verdict stays in view above it.
                    yield ConcernNoteLine(self.content, id="concern-note")
        yield Static(
            Text.assemble(
                (self.content.clinician_prompt, "bold"),
                " ",
                (_("Decision support, not medical advice."), "dim"),
            ),
            id="clinician",
        )

    def when_mounted(self) -> None:
        """Follow the app's priorities and result, and every weight control; focus the first."""
        app = self.laser_app
        # Looked up once: a key on this panel should only do what changed.
        self._controls = list(self.query(WeightControl))
        self._bars = {bar.treatment_id: bar for bar in self.query(ScoreBar)}
        self._wording = self.query_one("#wording", SteadyText)
        self._result = self.query_one("#result", VerticalScroll)
        self._leaning_line = self.query_one("#leaning-line", Static)
        self._concern_note = self.query_one(ConcernNoteLine)
        self._leaning_words: str | None = None
        self.watch(app, "session", self._show_priorities)
        self.watch(app, "result", self._show_result)
        for control in self._controls:
            # Watching (not a message) applies a change while its key is handled, so the
            # new scores are painted in the same frame as the control itself.
            self.watch(control, "weight", partial(self._apply, control), init=False)
            self.watch(control, "counts", partial(self._apply, control), init=False)
        self._controls[0].focus(scroll_visible=False)  # centring it would hide the title
        hint_more_below(self._result)

    def _apply(self, control: WeightControl) -> None:
        """A key changed a control: that is a new version of the person's priorities."""
        app = self.laser_app
        priorities = app.priorities.with_counts(control.criterion_id, control.counts)
        app.priorities = priorities.with_weight(control.criterion_id, control.weight)

    def _show_priorities(self, session: Session) -> None:
        """Set every control to the priorities (a control already showing them is unchanged),
        and the words: they name importances, which can change while no score does."""
        priorities = session.priorities
        for control in self._controls:
            control.show(priorities.get(control.criterion_id))
        self._show_words(self.laser_app.result, priorities)
        self._concern_note.follow(priorities, self.laser_app.result)
        words = leaning_words(self.content, priorities.leaning)
        if words != self._leaning_words:  # an update lays the whole screen out again
            self._leaning_words = words
            self._leaning_line.update(
                Text.assemble(
                    _("Where I am leaning:") + " ", (words, "bold"), " " + _("(press i to say)")
                )
            )

    def _show_result(self, result: Result) -> None:
        """Update the bars from the app's result (the priorities' watcher shows the words)."""
        scored = result.status is Status.SCORED
        self._concern_note.follow(self.laser_app.priorities, result)
        for treatment_id, bar in self._bars.items():
            bar.score = result.scores[treatment_id] if scored else None

    def _show_words(self, result: Result, priorities: Priorities) -> None:
        """The verdict, the flip and the reasons; scrolled to their start when they change."""
        paragraphs = [
            wording.verdict(self.content, result),
            wording.flip_text(self.content, result),
            "\n".join(wording.reasons_text(self.content, result, priorities)),
        ]
        # One text, not three: its height can then stay steady (see SteadyText).
        if self._wording.show(Text("\n\n".join(filter(None, paragraphs)))):
            self._result.scroll_home(animate=False)

    def action_lean(self) -> None:
        """Open "Where am I leaning?" on top of this panel."""
        from laser_tui.screens.leaning import LeaningScreen

        self.app.push_screen(LeaningScreen())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Why it fits is about the difference that has the focus, so it needs one."""
        if action == "basis":
            return isinstance(self.focused, WeightControl)
        return True

    def action_basis(self) -> None:
        """Open why each treatment fits the focused difference as it does."""
        from laser_tui.screens.dialogs.basis import BasisDialog

        control = self.focused
        if isinstance(control, WeightControl):
            criterion = self.content.criterion(control.criterion_id)
            self.app.push_screen(BasisDialog(self.content, criterion))
