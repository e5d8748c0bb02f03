"""Where am I leaning? One question, numbered answers, nothing chosen first; never in the scores."""

from __future__ import annotations

from laser_tui.language.catalogue import _
from laser_tui.model.leaning import OWN_VIEW, QUESTION, leaning_choices, leaning_line
from laser_tui.plain.talk import Talk, whole_number
from laser_tui.plain.visit import Visit

NAME = QUESTION


def choose_leaning(talk: Talk, session: Visit) -> None:
    """Say the answers with numbers, take one (0 takes it back, Enter leaves it), confirm."""
    content = session.content
    choices = leaning_choices(content)
    count = len(choices)
    talk.say(
        "",
        f"{_(QUESTION)} {_(OWN_VIEW)}",
        leaning_line(content, session.priorities.leaning),
        *(f"{n}. {choice.label}" for n, choice in enumerate(choices, 1)),
    )

    def parse(text: str) -> int | None:
        return whole_number(text, 0, count) if text else None

    chosen = talk.ask(
        _(
            "Type a number from 1 to {count}, 0 to take it back, or Enter to leave it as it is:",
            count=count,
        ),
        _("a number from 0 to {count}, or press Enter to leave it as it is", count=count),
        parse,
        [_("Type the number of the answer that fits where you are now. 0 takes it back.")],
    )
    if chosen is not None:
        leaning = None if chosen == 0 else choices[chosen - 1].value
        session.priorities = session.priorities.with_leaning(leaning)
    talk.say(leaning_line(content, session.priorities.leaning))
