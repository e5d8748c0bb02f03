"""A list of items to tick, with the tick written out so it shows without colour too."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets.option_list import Option

from laser_tui.language.catalogue import N_
from laser_tui.widgets.marked_list import MarkedList

TICKED = "[✓]"
UNTICKED = "[ ]"
_TOGGLE_TIP = N_("Say whether this difference counts for you")


class Checklist(MarkedList):
    """Options that are ticked or not; space or enter ticks the highlighted one."""

    BINDINGS = [
        Binding("space", "toggle_item", N_("Count"), tooltip=_TOGGLE_TIP, id="toggle-item"),
        Binding(
            "enter", "toggle_item", N_("Count"), show=False, tooltip=_TOGGLE_TIP, id="toggle-item"
        ),
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
        self.ticked = {item_id for item_id, _, ticked in items if ticked}
        super().__init__(*(Option(Text(label), id=item_id) for item_id, label, _ in items), id=id)

    def label(self, option_id: str) -> Text:
        """The tick, then the words."""
        tick = TICKED if option_id in self.ticked else UNTICKED
        return Text.assemble((tick, "bold"), " ", super().label(option_id))

    def action_toggle_item(self) -> None:
        """Tick the highlighted item, or untick it."""
        option = self.highlighted_option
        if option is None or option.id is None:
            return
        item_id = option.id
        self.ticked ^= {item_id}
        self.refresh_row(item_id)
        self.post_message(self.Toggled(self, item_id, item_id in self.ticked))
