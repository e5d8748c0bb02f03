"""The one base of every laser-tui dialog: a centred box, the too-small notice and a footer."""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual.app import ComposeResult
from textual.await_complete import AwaitComplete
from textual.containers import VerticalScroll
from textual.screen import ModalScreen

from laser_tui.screens.keep_focus import KeepsFocus
from laser_tui.widgets.footer import LaserFooter
from laser_tui.widgets.too_small import TooSmall

ResultType = TypeVar("ResultType")


class LaserDialog(ModalScreen[ResultType], KeepsFocus[ResultType]):
    """Subclasses fill the box (``compose_box``) and bind their keys, each with an id.

    The box is styled by ``.dialog`` in app.tcss; ``answer(x)`` closes the dialog with ``x``.
    """

    BOX_ID: ClassVar[str | None] = None
    BOX_FOCUSABLE: ClassVar[bool] = False
    """A box that takes the focus scrolls with the arrow keys."""

    def compose(self) -> ComposeResult:
        """The too-small notice, the box, and the footer with the dialog's keys."""
        yield TooSmall()
        with VerticalScroll(id=self.BOX_ID, classes="dialog", can_focus=self.BOX_FOCUSABLE):
            yield from self.compose_box()
        yield LaserFooter(show_command_palette=False)

    def compose_box(self) -> ComposeResult:
        """What the dialog says and asks."""
        yield from ()

    def dismiss(self, result: ResultType | None = None) -> AwaitComplete:
        """Close with ``result``, only while this dialog is on top: Textual would close
        whichever screen is (a key typed here can arrive once another dialog covers it)."""
        if not self.is_active:
            return AwaitComplete()  # nothing to wait for
        return super().dismiss(result)

    def action_answer(self, answer: ResultType) -> None:
        """Close with the person's answer (if this dialog is still on top: dismiss() closes
        whichever screen is, and a key can arrive after the kiosk's idle warning covered it)."""
        if self.is_active:
            self.dismiss(answer)
