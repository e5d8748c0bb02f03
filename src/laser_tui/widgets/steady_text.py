"""A text that keeps the height of its longest version, so what is below it stays put."""

from __future__ import annotations

from rich.text import Text
from textual.geometry import Size
from textual.widgets import Static


class SteadyText(Static):
    """A ``Static`` that grows with its text but does not shrink while its width stays the same.

    The decision panel's wording changes on almost every key. If each change moved the text
    below it up or down, the person would lose their place; and every change of height costs a
    second frame (Textual lays out a resized widget again one or two frame periods later), which
    can hold back the next key. A new width (a resized terminal) starts over. A new text that
    fits in the current height needs no new layout of the screen, only a repaint.
    """

    def __init__(self, *, id: str) -> None:
        super().__init__(id=id)
        self._measured_width = 0
        self._tallest = 0

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """The height of the text, or of the tallest text shown at this width if that is more."""
        height = super().get_content_height(container, viewport, width)
        if width != self._measured_width:
            self._measured_width, self._tallest = width, 0
        self._tallest = max(self._tallest, height)
        return self._tallest

    def show(self, text: str | Text) -> None:
        """Show ``text``; lay the screen out again only when it needs more lines."""
        if self.content == text:
            return
        self.update(text, layout=False)
        width = self.content_size.width
        if width != self._measured_width or self._text_height(width) > self._tallest:
            self.refresh(layout=True)

    def _text_height(self, width: int) -> int:
        """The lines the current text takes at ``width``."""
        size = self.container_size
        return super().get_content_height(size, size, width)
