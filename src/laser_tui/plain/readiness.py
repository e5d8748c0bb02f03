"""The readiness check: the four SURE questions, answered yes or no, then the kind note."""

from __future__ import annotations

from laser_tui.language.catalogue import N_, _
from laser_tui.model.priorities import Readiness
from laser_tui.model.readiness import (
    ALL_YES,
    COME_BACK_FILE,
    NO_HURRY,
    answers,
    readiness_note,
    status_line,
)
from laser_tui.model.summary import HEADINGS
from laser_tui.plain.talk import Back, Talk, parse_words
from laser_tui.plain.visit import Visit

NAME = HEADINGS["readiness"]
_WORDS = {N_("yes|y"): True, N_("no|n"): False}


def parse_yes_no(text: str) -> bool | None:
    """True for yes, False for no, None for Enter (leave it as it is)."""
    return parse_words(text, _WORDS)


def note_lines(readiness: Readiness) -> list[str]:
    """What the readiness screen says under the questions."""
    note = readiness_note(readiness)
    if any(answer.answer is None for answer in answers(readiness)):
        return [status_line(readiness)]
    if note is None:
        return [_(ALL_YES)]
    return [note.message, *(f"- {point}" for point in note.points)]


def check_readiness(talk: Talk, session: Visit) -> None:
    """Ask each question in turn, then say the note."""
    questions = answers(session.priorities.readiness)
    talk.say(
        "",
        _(
            "{part} {count} quick questions to help you get ready for your consultation. "
            "Type yes or no, or press Enter to leave an answer as it is.",
            part=_(NAME),
            count=len(questions),
        ),
    )
    index = 0
    while index < len(questions):
        answer = answers(session.priorities.readiness)[index]
        talk.say(
            "",
            _("Question {number} of {count}.", number=index + 1, count=len(questions)),
            _("Now: {answer}.", answer=answer.words),
        )
        try:
            given = talk.ask(
                _("{question} Yes or no, Enter to skip:", question=answer.question),
                _("yes or no, or press Enter to skip"),
                parse_yes_no,
                [_("Type yes or no (y or n will do). Enter leaves the answer as it is.")],
            )
        except Back:
            if index == 0:
                return
            index -= 1
            continue
        if given is not None:
            session.priorities = session.priorities.with_readiness(answer.key, given)
        index += 1
    talk.say("", *note_lines(session.priorities.readiness))
    talk.say(_("Your summary, on the home menu, lists the questions to ask your clinician."))
    talk.say(_(NO_HURRY), _(COME_BACK_FILE))
    if session.content.clinician_questions:
        talk.say(
            _(
                'Things your clinician should know: "Things my clinician should know" on the '
                "home menu asks about medicines, pregnancy, cold sores, scars and your skin."
            )
        )
    talk.pause(_("Enter to go back to the home menu:"))
