"""A text that keeps the height of its longest version, so what is below it stays put."""

from __future__ import annotations

from collections.abc import Hashable

from rich.text import Text
from textual.geometry import Size

from laser_tui.widgets.kept_lines import KeptLinesWidget


class SteadyText(KeptLinesWidget):
    """A text that grows with its text but does not shrink while its width stays the same.

    The decision panel's wording changes on almost every key. If each change moved the text
    below it up or down, the person would lose their place; and every change of height costs a
    second frame (Textual lays out a resized widget again one or two frame periods later), which
    can hold back the next key. A new width (a resized terminal) starts over. A new text that
    fits in the current height needs no new layout of the screen, and only its lines that
    changed are painted again (``KeptLinesWidget``).
    """

    DEFAULT_CSS = "SteadyText { height: auto; }"

    def __init__(self, *, id: str) -> None:
        super().__init__(id=id)
        self._text = Text()
        self._measured_width = 0
        self._tallest = 0

    @property
    def text(self) -> Text:
        """The text shown."""
        return self._text

    def render(self) -> Text:
        """The text as it is shown."""
        return self._text

    def shown(self) -> Hashable:
        """The text's characters and styles."""
        text = self._text
        return (text.plain, tuple(text.spans), str(text.style))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """The height of the text, or of the tallest text shown at this width if that is more."""
        height = len(self.lines_at(width))
        if width != self._measured_width:
            self._measured_width, self._tallest = width, 0
        self._tallest = max(self._tallest, height)
        return self._tallest

    def show(self, text: str | Text) -> bool:
        """Show ``text``; lay the screen out again only when it needs more lines. True if the
        text changed."""
        new = Text(text) if isinstance(text, str) else text
        if new == self._text:
            return False
        self._text = new
        width = self.content_size.width
        if width != self._measured_width or len(self.lines_at(width)) > self._tallest:
            self.refresh(layout=True)
        else:
            self.repaint_changes()
        return True
