"""The readiness check: the four SURE questions, answered yes or no, and a kind note."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import RadioSet, Static

from laser_tui.language.catalogue import N_, _
from laser_tui.model.readiness import (
    ALL_YES,
    COME_BACK_EITHER,
    COME_BACK_FILE,
    COME_BACK_KIOSK,
    NO_HURRY,
    answers,
    readiness_note,
    status_line,
)
from laser_tui.screens.base import OPEN_SUMMARY, LaserScreen
from laser_tui.widgets.yes_no import YesNoQuestion

KNOWLEDGE_LINK = N_(
    "Not sure? Press k to check what you know, with an explanation for each answer."
)
CLINICIAN_LINK = N_(
    "Things your clinician should know (medicines, pregnancy, cold sores, scars, your skin): "
    "press t to think them through before you go."
)


class ReadinessScreen(LaserScreen):
    """Four yes/no questions; the answers go into the person's priorities at once."""

    SUB_TITLE = N_("Am I ready to talk it over?")

    BINDINGS = [
        OPEN_SUMMARY,
        Binding(
            "k",
            "app.open('knowledge')",
            N_("Check what I know"),
            tooltip=N_("True-or-false statements about the treatments"),
            id="open-knowledge",
            show=False,  # the "understand" question names the key; the footer must fit 80x24
        ),
    ]

    def compose_body(self) -> ComposeResult:
        """A short introduction, the questions, then the note."""
        with VerticalScroll(id="readiness-body", can_focus=False):
            yield Static(
                _(
                    "Four quick questions to help you get ready for your consultation: "
                    "press y or n to answer, ↑/↓ to move between them."
                ),
                id="readiness-intro",
            )
            for number, answer in enumerate(answers(self.laser_app.priorities.readiness), 1):
                yield YesNoQuestion(answer.key, f"{number}. {_(answer.question)}", answer.answer)
                if answer.key == "understand":
                    yield Static(_(KNOWLEDGE_LINK), id="knowledge-link")
            yield Static(id="readiness-note")
            if self.content.clinician_questions:
                yield Static(_(CLINICIAN_LINK), id="clinician-link")

    def when_mounted(self) -> None:
        """Show the note and put the focus on the first question, which sits under the
        introduction: the screen opens at its top."""
        self._show_note()
        self.query(YesNoQuestion).first().focus(scroll_visible=False)
        body = self.query_one("#readiness-body", VerticalScroll)
        self.call_after_refresh(body.scroll_home, animate=False)  # the radio set scrolls its own

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        """Record the answer in the person's priorities."""
        question = event.radio_set
        if isinstance(question, YesNoQuestion):
            app = self.laser_app
            app.priorities = app.priorities.with_readiness(question.key, question.answer)
            self._show_note()
            self.query_one("#readiness-note").scroll_visible(animate=False)

    def _show_note(self) -> None:
        readiness = self.laser_app.priorities.readiness
        note = readiness_note(readiness)
        parts: list[RenderableType] = []
        if any(answer.answer is None for answer in answers(readiness)):
            parts.append(Text(status_line(readiness)))
        elif note is None:
            parts.append(Text(_(ALL_YES)))
        else:
            points = Table.grid(padding=(0, 1))
            points.add_column(no_wrap=True)
            points.add_column(ratio=1)
            for point in note.points:
                points.add_row("•", Text(point))
            parts += [Text(note.message), points]
        parts.append(
            Text.from_markup(
                _("[b]Press s to see your summary[/b], with the questions to ask your clinician.")
            )
        )
        saves = self.laser_app.offers("save") and not self.laser_app.downloads
        kiosk = self.laser_app.offers("handover")  # the kiosk: come back by its code
        come_back = COME_BACK_KIOSK if kiosk else COME_BACK_FILE if saves else COME_BACK_EITHER
        parts.append(Text(" ".join([_(NO_HURRY), _(come_back)])))
        self.query_one("#readiness-note", Static).update(Group(*parts))
