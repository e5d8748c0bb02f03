"""A labelled horizontal bar for a score from 0 to 100."""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from laser_tui.language.catalogue import _

_KEPT_STRIPS = 64  # a few widths by every figure a key moves through; cleared when full


class ScoreBar(Widget):
    """A treatment's name, a bar, and its score out of 100 (or a dash when not scored).

    A Line-API widget: each of its two lines is a cached `Strip`, keyed on what it shows
    (width, label, figure, the widget's style; new CSS clears them), so a repaint that
    changes nothing costs a look-up and a new score builds its lines from segments, without
    wrapping any text. Where the name and
    figure do not fit on one line (or while text is selected) it renders `render()` as text,
    wrapped like any `Static`.
    """

    COMPONENT_CLASSES = {"score-bar--filled", "score-bar--empty"}
    DEFAULT_CSS = """
    ScoreBar { height: 2; }
    ScoreBar > .score-bar--filled { color: $accent; }
    ScoreBar > .score-bar--empty { color: $foreground-muted; }
    """

    score: reactive[float | None] = reactive(None)

    def __init__(self, treatment_id: str, name: str) -> None:
        super().__init__(id=f"score-{treatment_id}", classes="score-bar")
        self.treatment_id = treatment_id
        self.treatment_name = name
        self._strips: dict[tuple[object, ...], Strip] = {}
        self._bar_styles: tuple[Style, Style] | None = None

    def notify_style_update(self) -> None:
        """New CSS (a theme, a class): the kept lines may be in the old colours."""
        self._strips.clear()
        self._bar_styles = None
        super().notify_style_update()

    def _styles(self) -> tuple[Style, Style]:
        """The filled and the empty part's styles (kept: a refresh would look them up anew)."""
        if self._bar_styles is None:
            self._bar_styles = (
                self.get_component_rich_style("score-bar--filled"),
                self.get_component_rich_style("score-bar--empty"),
            )
        return self._bar_styles

    def _figure(self) -> str:
        return "  " + _("not scored") if self.score is None else f"  {self.score:.0f}/100"

    def _filled(self, width: int) -> int:
        return 0 if self.score is None else round(width * self.score / 100)

    def render(self) -> Text:
        """Name and figure on the first line, the bar on the second."""
        width = max(10, self.content_size.width)
        text = Text(self.treatment_name, style="bold")
        text.append(f"{self._figure()}\n")
        filled = self._filled(width)
        text.append("█" * filled, style=self.get_component_rich_style("score-bar--filled"))
        text.append("░" * (width - filled), style=self.get_component_rich_style("score-bar--empty"))
        return text

    def render_line(self, y: int) -> Strip:
        """Line ``y`` (0: name and figure, 1: the bar), from the cache when it is unchanged."""
        width = self.content_size.width
        figure = self._figure()
        if width < 10 or len(self.treatment_name) + len(figure) > width or self.text_selection:
            return super().render_line(y)
        base = self.visual_style.rich_style
        if y == 0:
            key: tuple[object, ...] = (y, width, self.treatment_name, figure, base)
        elif y == 1:
            key = (y, width, self._filled(width), base)
        else:
            return Strip.blank(width, base)
        strip = self._strips.get(key)
        if strip is None:
            if len(self._strips) >= _KEPT_STRIPS:
                self._strips.clear()
            strip = self._strips[key] = self._build(y, width, base)
        return strip

    def _build(self, y: int, width: int, base: Style) -> Strip:
        """One line built from segments, styled as `render()`'s text is (all of it bold)."""
        bold = base + Style(bold=True)
        if y == 0:
            parts = [(self.treatment_name + self._figure(), bold)]
        else:
            filled, (filled_style, empty_style) = self._filled(width), self._styles()
            parts = [
                ("█" * filled, bold + filled_style),
                ("░" * (width - filled), bold + empty_style),
            ]
        segments, x = [], 0
        for text, style in parts:
            if text:  # the offset lets a mouse start a selection here, as on any text
                segments.append(Segment(text, style + Style.from_meta({"offset": (x, y)})))
                x += len(text)
        return Strip(segments, x)
