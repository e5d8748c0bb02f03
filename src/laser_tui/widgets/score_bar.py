"""A labelled horizontal bar for a score from 0 to 100."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget


class ScoreBar(Widget):
    """A treatment's name, a bar, and its score out of 100 (or a dash when not scored)."""

    COMPONENT_CLASSES = {"score-bar--filled", "score-bar--empty"}
    DEFAULT_CSS = """
    ScoreBar { height: 2; }
    ScoreBar > .score-bar--filled { color: $accent; }
    ScoreBar > .score-bar--empty { color: $foreground-muted; }
    """

    score: reactive[float | None] = reactive(None)

    def __init__(self, treatment_id: str, name: str) -> None:
        super().__init__(id=f"score-{treatment_id}", classes="score-bar")
        self.treatment_name = name

    def render(self) -> Text:
        """Name and figure on the first line, the bar on the second."""
        width = max(10, self.content_size.width)
        text = Text(self.treatment_name, style="bold")
        empty = self.get_component_rich_style("score-bar--empty")
        if self.score is None:
            text.append("  not scored\n")
            text.append("░" * width, style=empty)
            return text
        text.append(f"  {self.score:.0f}/100\n")
        filled = round(width * self.score / 100)
        text.append("█" * filled, style=self.get_component_rich_style("score-bar--filled"))
        text.append("░" * (width - filled), style=empty)
        return text
