"""One treatment, described section by section with a source for every fact, then its chances."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from laser_tui.language.catalogue import N_, _
from laser_tui.model.chances import figure_sources
from laser_tui.model.content import Treatment
from laser_tui.model.skin import NOT_PERSONAL, NOT_SURE_LINE, SKIN_FIRST, similar_line, skin_answer
from laser_tui.screens.base import LaserScreen
from laser_tui.widgets.chances import ChanceBlock
from laser_tui.widgets.facts import FactSection, SourceList, certainty_key

CHANCES_INTRO = N_(
    "What happened to people in studies of this treatment, always out of 100. "
    "Press n to see the treatments side by side on the same scale."
)


class TreatmentScreen(LaserScreen):
    """A screen for one treatment of the content; one instance per treatment."""

    AUTO_FOCUS = "#treatment-body"
    """Focused when the screen shows (no on_mount query that fails if it closed early)."""

    BINDINGS = [
        Binding(
            "p",
            "show_chances",
            N_("Chances"),
            id="go-to-chances",
            tooltip=N_("Go to the chances: about N in 100, with pictures"),
        ),
    ]

    def __init__(self, treatment: Treatment) -> None:
        super().__init__(name=f"treatment-{treatment.id}")
        self.treatment = treatment
        self.sub_title = treatment.name

    def compose_body(self) -> ComposeResult:
        """Name and other names, every section, the chances, then the sources."""
        treatment = self.treatment
        with VerticalScroll(id="treatment-body", can_focus=True):
            other = ", ".join(treatment.other_names)
            also = "\n" + _("Also called: {names}", names=other) if other else ""
            yield Static(Text.assemble((treatment.name, "bold"), also), classes="title")
            facts = [fact for _, section in treatment.sections() for fact in section]
            if any(fact.certainty for fact in facts):
                levels = [fact.certainty for fact in facts]
                yield Static(certainty_key(self.content, levels), classes="fact-section")
            cited: list[str] = []
            for title, facts in treatment.sections():
                yield FactSection(self.content, _(title), facts)
                cited += [s for fact in facts for s in fact.sources]
            yield from self._chances(cited)
            yield SourceList(self.content, cited)

    def _chances(self, cited: list[str]) -> ComposeResult:
        """The Chances section: every outcome, with 'not known' where there is no figure."""
        outcomes = self.content.outcomes
        if not outcomes:
            return
        yield Static(_("Chances"), classes="section-title", id="chances")
        yield Static(_(CHANCES_INTRO), classes="hint")
        skin = skin_answer(self.content, self.laser_app.priorities.consultation)
        if skin.given:
            said = _(NOT_SURE_LINE) if skin.not_sure else _(SKIN_FIRST) + " " + _(NOT_PERSONAL)
            yield Static(said, classes="hint", id="skin-like-mine")
        for outcome in outcomes:
            figure = outcome.figures.get(self.treatment.id)
            if skin.group is not None:
                yield Static(Text(similar_line(figure, skin)), classes="skin-first")
            yield ChanceBlock(self.content, figure, outcome.label)
            cited += figure_sources(figure)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The chances key only where the content gives chances."""
        if action == "show_chances":
            return bool(self.content.outcomes)
        return True

    def action_show_chances(self) -> None:
        """Scroll the Chances section to the top of the screen."""
        body = self.query_one("#treatment-body", VerticalScroll)
        body.scroll_to_widget(self.query_one("#chances"), top=True, animate=False)
