"""A widget that keeps its drawn lines by what they show, and repaints only lines that changed."""

from __future__ import annotations

from collections.abc import Hashable

from textual.geometry import Region
from textual.strip import Strip
from textual.visual import Visual, visualize
from textual.widget import Widget

_KEPT_VERSIONS = 64
"""Drawn versions kept per widget (a few widths by the states a key moves through)."""


class KeptLinesWidget(Widget):
    """Draws ``render()`` once per (``shown()``, width, style) and keeps the lines.

    Textual repaints all of a widget's lines on any change, and drawing text (wrapping it,
    cutting it into styled strips) is most of what a key press costs on the decision panel.
    Here a change of state calls ``repaint_changes()``, which compares the new lines with the
    ones on screen and repaints only those that differ; a state shown before is not drawn
    again. ``shown()`` must say everything ``render()`` depends on. While text is selected the
    widget draws as any widget does, so the selection shows.
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._kept: dict[tuple[Hashable, ...], list[Strip]] = {}
        self._on_screen: list[Strip] | None = None

    def shown(self) -> Hashable:
        """Everything ``render()`` shows, as a key (override)."""
        raise NotImplementedError

    def lines_at(self, width: int) -> list[Strip]:
        """The widget's lines at ``width``: drawn once per state, width and style."""
        style = self.visual_style
        key = (self.shown(), width, style)
        lines = self._kept.get(key)
        if lines is None:
            if len(self._kept) >= _KEPT_VERSIONS:
                self._kept.clear()
            visual = visualize(self, self.render(), markup=False)
            lines = self._kept[key] = Visual.to_strips(self, visual, width, None, style)
        return lines

    def notify_style_update(self) -> None:
        """New CSS (a theme, the focus): what was kept is in the old style."""
        self._kept.clear()
        self._on_screen = None
        super().notify_style_update()

    def render_line(self, y: int) -> Strip:
        """Line ``y`` of the kept lines (a blank line below them)."""
        if self.text_selection is not None:
            self._on_screen = None
            return super().render_line(y)
        width = self.size.width
        lines = self._on_screen = self.lines_at(width)
        return lines[y] if y < len(lines) else Strip.blank(width, self.visual_style.rich_style)

    def repaint_changes(self) -> None:
        """After a change of state: repaint the lines that now differ from those on screen."""
        before = self._on_screen
        width = self.size.width
        if before is None or not self.is_mounted or width == 0:
            self.refresh()
            return
        after = self.lines_at(width)
        changed = [
            Region(0, y, width, 1)
            for y in range(max(len(before), len(after)))
            if y >= len(before) or y >= len(after) or before[y] != after[y]
        ]
        if changed:
            self.refresh(*changed)
