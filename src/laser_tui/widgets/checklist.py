"""A list of items to tick, with the tick written out so it shows without colour too."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

TICKED = "[✓]"
UNTICKED = "[ ]"
_TOGGLE_TIP = "Tick or untick this one"


class Checklist(OptionList):
    """Options that are ticked or not; space or enter ticks the highlighted one."""

    BINDINGS = [
        Binding("space", "toggle_item", "Tick/untick", tooltip=_TOGGLE_TIP),
        Binding("enter", "toggle_item", "Tick/untick", show=False, tooltip=_TOGGLE_TIP),
    ]

    class Toggled(Message):
        """An item was ticked or unticked."""

        def __init__(self, checklist: Checklist, item_id: str, ticked: bool) -> None:
            super().__init__()
            self.checklist = checklist
            self.item_id = item_id
            self.ticked = ticked

        @property
        def control(self) -> Checklist:
            """The checklist that changed."""
            return self.checklist

    def __init__(self, items: list[tuple[str, str, bool]], *, id: str | None = None) -> None:
        """``items`` are (id, label, ticked)."""
        self._labels = {item_id: label for item_id, label, _ in items}
        self.ticked = {item_id for item_id, _, ticked in items if ticked}
        options = [Option(self._prompt(item_id), id=item_id) for item_id, _, _ in items]
        super().__init__(*options, id=id)

    def _prompt(self, item_id: str) -> Text:
        mark = TICKED if item_id in self.ticked else UNTICKED
        return Text.assemble((mark, "bold"), " ", self._labels[item_id])

    def action_toggle_item(self) -> None:
        """Tick the highlighted item, or untick it."""
        option = self.highlighted_option
        if option is None or option.id is None:
            return
        item_id = option.id
        self.ticked ^= {item_id}
        self.replace_option_prompt(item_id, self._prompt(item_id))
        self.post_message(self.Toggled(self, item_id, item_id in self.ticked))
