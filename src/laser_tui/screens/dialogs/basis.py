"""Why each treatment fits one difference as it does: the basis of each fit and its sources."""

from __future__ import annotations

from rich.markup import escape
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from laser_tui.language.catalogue import N_, _
from laser_tui.model.content import Content, Criterion
from laser_tui.model.fits import fit_words
from laser_tui.screens.dialogs.base import LaserDialog
from laser_tui.widgets.facts import SourceList, source_marker

NO_BASIS = N_("This content file gives no reason for this fit.")


def basis_text(content: Content, criterion: Criterion, treatment_id: str) -> Text:
    """One treatment: its name, how it fits in words, then why, with the source numbers."""
    treatment = content.treatment(treatment_id)
    text = Text.assemble(
        (treatment.name, "bold"), ": ", (_(fit_words(criterion.fit[treatment_id])), "italic"), "\n"
    )
    basis = criterion.basis.get(treatment_id) if criterion.basis else None
    if basis is None:
        text.append(_(NO_BASIS), style="dim")
    else:
        text.append(_("Why: {reason}", reason=basis.reason) + " ")
        text.append(source_marker(content, basis.sources), style="dim")
    return text


class BasisDialog(LaserDialog[None]):
    """The basis of every treatment's fit for one difference; Esc or Enter closes it."""

    BOX_ID = "basis-dialog"
    BOX_FOCUSABLE = True
    BINDINGS = [
        Binding(
            "escape,enter",
            "close",
            N_("Back"),
            tooltip=N_("Back to the weights, on the same difference"),
            id="close-basis",
        )
    ]

    def __init__(self, content: Content, criterion: Criterion) -> None:
        super().__init__()
        self.content = content
        self.criterion = criterion

    def compose_box(self) -> ComposeResult:
        """The difference, the basis for each treatment, and the sources they cite."""
        criterion = self.criterion
        yield Static(
            Text.from_markup(
                _("Why each fits: [b]{difference}[/b]", difference=escape(criterion.label))
            ),
            classes="dialog-title",
        )
        cited: list[str] = []
        for treatment in self.content.treatments:
            yield Static(
                basis_text(self.content, criterion, treatment.id),
                id=f"basis-{treatment.id}",
                classes="dialog-text",
            )
            basis = criterion.basis.get(treatment.id) if criterion.basis else None
            cited += basis.sources if basis else []
        if cited:
            yield SourceList(self.content, cited)

    def when_mounted(self) -> None:
        """Focus the box so the arrow keys scroll it."""
        self.query_one("#basis-dialog").focus()

    def action_close(self) -> None:
        """Back to the decision panel."""
        self.dismiss()
