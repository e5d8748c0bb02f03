"""What counts and how much: one difference at a time, a number from 0 to 5 or Enter to skip."""

from __future__ import annotations

from laser_tui.language.catalogue import _
from laser_tui.model.concern_note import lower_first, named_concern_words
from laser_tui.model.content import Criterion
from laser_tui.model.priorities import MAX_WEIGHT, MIN_WEIGHT, Priorities
from laser_tui.model.summary import PriorityRow
from laser_tui.plain.concerns import NAME
from laser_tui.plain.result import WEIGHING_NAME, tell_result
from laser_tui.plain.talk import BACK, Back, Talk, shown_word, whole_number
from laser_tui.plain.visit import Visit


def now_words(criterion: Criterion, priorities: Priorities) -> str:
    """Where this difference stands now."""
    priority = priorities.get(criterion.id)
    if not priority.counts:
        return _("Now: it does not count for you.")
    row = PriorityRow(criterion.label, priority.counts, priority.weight)
    return _("Now: it counts for you, {how_much}.", how_much=row.importance_words)


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
        _(
            "{part}. {count} differences, one at a time. For each, type how much it matters to "
            "you, from {low} (not at all) to {high} (extremely), or press Enter to leave it as "
            "it is. Type {back} for the difference before.",
            part=_(WEIGHING_NAME),
            count=len(criteria),
            low=MIN_WEIGHT,
            high=MAX_WEIGHT,
            back=shown_word(BACK),
        ),
    )
    if session.content.concerns:
        said = named_concern_words(session.content, session.priorities)
        said = said or _("What bothers me: not said yet.")
        talk.say(
            _(
                'First, {concerns} It is never weighed; to change it, choose "{part}" on the '
                "home menu.",
                concerns=lower_first(said),
                part=_(NAME),
            )
        )
    index = 0
    while index < len(criteria):
        criterion = criteria[index]
        talk.say(
            "",
            _(
                "Difference {number} of {count}: {difference}.",
                number=index + 1,
                count=len(criteria),
                difference=criterion.label,
            ),
            _("The difference: {difference}", difference=criterion.difference),
            now_words(criterion, session.priorities),
        )
        wanted = f"{criterion.label[:1].lower()}{criterion.label[1:]}"
        try:
            weight = talk.ask(
                _(
                    "How much does {wanted} matter to you? {low} not at all to {high} "
                    "extremely, Enter to skip:",
                    wanted=wanted,
                    low=MIN_WEIGHT,
                    high=MAX_WEIGHT,
                ),
                _(
                    "a whole number from {low} to {high}, or press Enter to skip",
                    low=MIN_WEIGHT,
                    high=MAX_WEIGHT,
                ),
                parse_weight,
                [
                    _(
                        "Type {low} if it does not matter to you at all, up to {high} if it "
                        "matters extremely. Enter leaves it as it is.",
                        low=MIN_WEIGHT,
                        high=MAX_WEIGHT,
                    )
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
    talk.say("", _("That was the last difference."))
    tell_result(talk, session.content, session.priorities)
