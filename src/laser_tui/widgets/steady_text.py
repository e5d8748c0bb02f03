"""A text that keeps the height of its longest version, so what is below it stays put."""

from __future__ import annotations

from rich.text import Text
from textual.geometry import Size
from textual.widgets import Static

_KEPT_HEIGHTS = 256  # measured (text, width) pairs; cleared when full


class SteadyText(Static):
    """A ``Static`` that grows with its text but does not shrink while its width stays the same.

    The decision panel's wording changes on almost every key. If each change moved the text
    below it up or down, the person would lose their place; and every change of height costs a
    second frame (Textual lays out a resized widget again one or two frame periods later), which
    can hold back the next key. A new width (a resized terminal) starts over. A new text that
    fits in the current height needs no new layout of the screen, only a repaint. Heights are
    kept by (text, width), so a text shown before is not wrapped again to measure it.
    """

    def __init__(self, *, id: str) -> None:
        super().__init__(id=id)
        self._measured_width = 0
        self._tallest = 0
        self._heights: dict[tuple[object, ...], int] = {}

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """The height of the text, or of the tallest text shown at this width if that is more."""
        height = self._height(container, width)
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
        if (
            width != self._measured_width
            or self._height(self.container_size, width) > self._tallest
        ):
            self.refresh(layout=True)

    def _height(self, container: Size, width: int) -> int:
        """The lines the current text takes at ``width``: measured once per (text, width)."""
        text = self.content
        if isinstance(text, Text):
            key: tuple[object, ...] = (text.plain, tuple(text.spans), str(text.style), width)
        elif isinstance(text, str):
            key = (text, width)
        else:  # another kind of content: measured every time
            return super().get_content_height(container, container, width)
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= _KEPT_HEIGHTS:
                self._heights.clear()
            height = super().get_content_height(container, container, width)
            self._heights[key] = height
        return height
