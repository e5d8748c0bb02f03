"""A text that keeps the height of its longest version, so what is below it stays put."""

from __future__ import annotations

from textual.geometry import Size
from textual.widgets import Static


class SteadyText(Static):
    """A ``Static`` that grows with its text but does not shrink while its width stays the same.

    The decision panel's wording changes on almost every key. If each change moved the text
    below it up or down, the person would lose their place; and every change of height costs a
    second frame (Textual lays out a resized widget again one or two frame periods later), which
    can hold back the next key. A new width (a resized terminal) starts over.
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

    def show(self, text: str) -> None:
        """Show ``text``, unless it is already shown (every update costs a layout)."""
        if self.content != text:
            self.update(text)
