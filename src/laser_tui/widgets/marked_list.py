"""A list whose current row is marked by a shape (▶), so it shows without colour too."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

MARK = "▶ "
NO_MARK = "  "


class MarkedList(OptionList):
    """An OptionList whose highlighted row starts with ▶; every option needs an id.

    Under NO_COLOR or in high contrast a lighter background alone does not show which row is
    current: the mark does. Subclasses may override ``label`` to change a row's words.
    """

    def __init__(self, *options: Option, id: str | None = None, classes: str | None = None):
        self._labels = {str(option.id): option.prompt for option in options}
        self._marked: str | None = None
        super().__init__(
            *(Option(self._prompt(str(o.id), False), id=o.id) for o in options),
            id=id,
            classes=classes,
        )

    def label(self, option_id: str) -> Text:
        """The words of a row, without its mark."""
        label = self._labels[option_id]
        return label if isinstance(label, Text) else Text(str(label))

    def _prompt(self, option_id: str, marked: bool) -> Text:
        """A row with its mark; under NO_COLOR the current row is in reverse video as well
        (Textual's option styles carry bold but not reverse, so the CSS cannot say it)."""
        row = Text.assemble(MARK if marked else NO_MARK, self.label(option_id))
        if marked and self.app.no_color:
            row.stylize("reverse")
        return row

    def refresh_row(self, option_id: str) -> None:
        """Draw a row again, e.g. after its label changed."""
        self.replace_option_prompt(option_id, self._prompt(option_id, option_id == self._marked))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Move the mark to the newly highlighted row (the message still bubbles up)."""
        if event.option_list is not self:
            return
        previous, self._marked = self._marked, event.option.id
        if previous is not None and previous != self._marked:
            self.refresh_row(previous)
        if self._marked is not None:
            self.refresh_row(self._marked)
