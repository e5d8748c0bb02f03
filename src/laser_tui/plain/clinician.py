"""Things my clinician should know, one question at a time: a number answers, 0 takes an answer
back, Enter skips; the answers never change a score."""

from __future__ import annotations

from collections.abc import Callable

from laser_tui.language.catalogue import N_, _
from laser_tui.model.consultation import (
    INTRODUCTION,
    TITLE,
    answer_words,
    answered_count,
    choices,
    why_line,
)
from laser_tui.plain.talk import Back, NotAnAnswer, Talk, is_word, whole_number
from laser_tui.plain.visit import Visit

NAME = TITLE
_SHORT = {N_("yes|y"): "yes", N_("no|n"): "no", N_("not sure|u"): "not_sure"}


def _parser(offered: list[str]) -> Callable[[str], str | None]:
    def parse(text: str) -> str | None:
        """The answer's value, "" for 0 (take it back), None for Enter (skip)."""
        if not text:
            return None
        short = next((value for word, value in _SHORT.items() if is_word(text, word)), None)
        if short in offered:
            return short
        if not text.isdigit():
            raise NotAnAnswer
        number = whole_number(text, 0, len(offered))
        return "" if number == 0 else offered[number - 1]

    return parse


def ask_clinician_questions(talk: Talk, session: Visit) -> None:
    """Ask each question in turn (back goes to the one before), then say how many are answered."""
    content = session.content
    questions = content.clinician_questions
    talk.say("", f"{_(NAME)}. {_(INTRODUCTION)}")
    index = 0
    while index < len(questions):
        question = questions[index]
        offered = choices(question)
        given = session.priorities.consultation.answer(question.id)
        talk.say(
            "",
            _(
                "Question {number} of {count}. {question}",
                number=index + 1,
                count=len(questions),
                question=question.question,
            ),
            why_line(content, question),
            _("Now: {answer}.", answer=answer_words(question, given)),
            *(f"{n}. {words}" for n, (_value, words) in enumerate(offered, 1)),
        )
        try:
            answer = talk.ask(
                _(
                    "Type a number from 1 to {count}, 0 to take an answer back, or Enter to skip:",
                    count=len(offered),
                ),
                _("a number from 0 to {count}, or press Enter to skip", count=len(offered)),
                _parser([value for value, _words in offered]),
                [_("Type the number of your answer. Enter skips it; 0 takes an answer back.")],
            )
        except Back:
            if index == 0:
                return
            index -= 1
            continue
        if answer is not None:
            chosen = answer or None
            session.priorities = session.priorities.with_consultation(question.id, chosen)
        index += 1
    talk.say("", answered_count(content, session.priorities.consultation))
    talk.say(_("Your summary lists your answers to discuss with your clinician."))
    talk.pause(_("Enter to go back to the home menu:"))
