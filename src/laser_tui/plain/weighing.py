"""What counts and how much: one difference at a time, a number from 0 to 5 or Enter to skip."""

from __future__ import annotations

from laser_tui.model.concern_note import lower_first, named_concern_words
from laser_tui.model.content import Criterion
from laser_tui.model.priorities import MAX_WEIGHT, MIN_WEIGHT, Priorities
from laser_tui.model.summary import PriorityRow
from laser_tui.plain.concerns import NAME
from laser_tui.plain.result import WEIGHING_NAME, tell_result
from laser_tui.plain.talk import Back, Talk, whole_number
from laser_tui.plain.visit import Visit

SCALE = f"{MIN_WEIGHT} not at all to {MAX_WEIGHT} extremely, Enter to skip:"


def now_words(criterion: Criterion, priorities: Priorities) -> str:
    """Where this difference stands now."""
    priority = priorities.get(criterion.id)
    if not priority.counts:
        return "Now: it does not count for you."
    row = PriorityRow(criterion.label, priority.counts, priority.weight)
    return f"Now: it counts for you, {row.importance_words}."


def parse_weight(text: str) -> int | None:
    """A weight from 0 to 5, or None for Enter (leave it as it is)."""
    if not text:
        return None
    return whole_number(text, MIN_WEIGHT, MAX_WEIGHT)


def with_answer(priorities: Priorities, criterion_id: str, weight: int) -> Priorities:
    """The priorities after an answer: 0 means it does not count; 1 to 5 count at that weight."""
    return priorities.with_counts(criterion_id, weight > MIN_WEIGHT).with_weight(
        criterion_id, weight
    )


def weigh(talk: Talk, session: Visit) -> None:
    """Ask about each difference in turn, then say how the priorities line up."""
    criteria = session.content.criteria
    talk.say(
        "",
        f"{WEIGHING_NAME}. {len(criteria)} differences, one at a time. For each, type how much "
        f"it matters to you, from {MIN_WEIGHT} (not at all) to {MAX_WEIGHT} (extremely), "
        "or press Enter to leave it as it is. Type back for the difference before.",
    )
    if session.content.concerns:
        said = named_concern_words(session.content, session.priorities)
        talk.say(
            f"First, {lower_first(said or 'What bothers me: not said yet.')} It is never "
            f'weighed; to change it, choose "{NAME}" on the home menu.'
        )
    index = 0
    while index < len(criteria):
        criterion = criteria[index]
        talk.say(
            "",
            f"Difference {index + 1} of {len(criteria)}: {criterion.label}.",
            f"The difference: {criterion.difference}",
            now_words(criterion, session.priorities),
        )
        wanted = f"{criterion.label[:1].lower()}{criterion.label[1:]}"
        try:
            weight = talk.ask(
                f"How much does {wanted} matter to you? {SCALE}",
                f"a whole number from {MIN_WEIGHT} to {MAX_WEIGHT}, or press Enter to skip",
                parse_weight,
                [
                    f"Type {MIN_WEIGHT} if it does not matter to you at all, up to "
                    f"{MAX_WEIGHT} if it matters extremely. Enter leaves it as it is."
                ],
            )
        except Back:
            if index == 0:
                return
            index -= 1
            continue
        if weight is not None:
            session.priorities = with_answer(session.priorities, criterion.id, weight)
        index += 1
    talk.say("", "That was the last difference.")
    tell_result(talk, session.content, session.priorities)
