"""Plain mode and the full-screen decision panel say the same on the same priorities.

The full-screen app runs (Textual pilot) and its panel is read as shown: the score on each bar
and the wording text. Plain mode's result lines must carry the same scores, the same verdict,
flip and reasons, word for word.
"""

from __future__ import annotations

import random

from laser_tui.app import LaserApp
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities
from laser_tui.model.scoring import Status, score
from laser_tui.plain.result import result_lines
from laser_tui.screens.decision import DecisionScreen
from laser_tui.widgets.score_bar import ScoreBar
from laser_tui.widgets.steady_text import SteadyText
from support.sizes import LARGE
from support.summary import known_priorities


def _cases(content: Content) -> list[Priorities]:
    """Named cases (a clear lead, too close, nothing counted, all at 0) and random ones."""
    nothing = Priorities.defaults_for(content)
    too_close = nothing
    for criterion_id, weight in (
        ("dramatic_change", 5),
        ("short_recovery", 4),
        ("own_collagen", 2),
    ):
        too_close = too_close.with_counts(criterion_id, True).with_weight(criterion_id, weight)
    all_zero = nothing
    for criterion in content.criteria:
        all_zero = all_zero.with_counts(criterion.id, True).with_weight(criterion.id, 0)
    chance = random.Random(14)
    shuffled = []
    for _ in range(6):
        priorities = nothing
        for criterion in content.criteria:
            priorities = priorities.with_counts(criterion.id, chance.random() < 0.6)
            priorities = priorities.with_weight(criterion.id, chance.randint(0, 5))
        shuffled.append(priorities)
    return [known_priorities(content), too_close, nothing, all_zero, *shuffled]


async def test_plain_mode_says_what_the_decision_panel_shows(content: Content) -> None:
    app = LaserApp(content)
    cases = _cases(content)
    async with app.run_test(size=LARGE) as pilot:
        seen = set()
        for priorities in cases:
            app.priorities = priorities
            await pilot.press("h", "w")  # a fresh panel on these priorities
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, DecisionScreen)
            plain = result_lines(content, priorities)
            status = score(content, priorities).status
            seen.add(status)
            for treatment in content.treatments:
                bar = screen.query_one(f"#score-{treatment.id}", ScoreBar)
                shown = "not scored" if bar.score is None else f"{bar.score:.0f} out of 100"
                assert f"{treatment.short_name}: {shown}." in plain
            panel = str(screen.query_one("#wording", SteadyText).text)
            paragraphs = [line for line in panel.split("\n") if line]
            if status is Status.SCORED:
                assert all(paragraph in plain for paragraph in paragraphs), (panel, plain)
            else:  # the panel's own key hints are not typed in plain mode; nothing else is said
                assert len(paragraphs) == 1
                assert not any("fits better on" in line or "change it" in line for line in plain)
        assert seen == set(Status)
