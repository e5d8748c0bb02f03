"""Check what I know: true-or-false statements, each answer followed by its explanation at once.

There is no pass or fail; nothing is hidden behind it.
"""

from __future__ import annotations

from laser_tui.language.catalogue import N_, _
from laser_tui.model.content import Content, KnowledgeQuestion
from laser_tui.model.knowledge import feedback, tally
from laser_tui.plain.reader import sources_words
from laser_tui.plain.talk import Back, Talk, parse_words

NAME = N_("Check what I know")
_WORDS = {N_("true|t"): True, N_("false|f"): False}


def parse_true_false(text: str) -> bool | None:
    """True, False, or None for Enter (skip this one)."""
    return parse_words(text, _WORDS)


def answer_line(content: Content, question: KnowledgeQuestion, given: bool) -> str:
    """The model's feedback on one answer (right or not, and why), with its sources."""
    return f"{feedback(question, given)} {sources_words(content, question.sources)}"


def check_knowledge(talk: Talk, content: Content) -> None:
    """Ask each statement in turn; say how many were right at the end."""
    questions = content.knowledge_check or []
    talk.say(
        "",
        _(
            "Check what I know. {count} statements, one at a time: type true or false. Each "
            "answer is explained at once. There is no pass or fail.",
            count=len(questions),
        ),
    )
    given_answers: dict[int, bool] = {}
    index = 0
    while index < len(questions):
        question = questions[index]
        talk.say(
            "",
            _(
                "Statement {number} of {count}: {statement}",
                number=index + 1,
                count=len(questions),
                statement=question.statement,
            ),
        )
        try:
            given = talk.ask(
                _("True or false? Enter to skip:"),
                _("true or false (t or f will do), or press Enter to skip"),
                parse_true_false,
                [_("Type true or false, or t or f. Enter skips this one.")],
            )
        except Back:
            if index == 0:
                return
            index -= 1
            continue
        if given is not None:
            given_answers[index] = given
            talk.say(answer_line(content, question, given))
        index += 1
    if given_answers:
        talk.say("", tally(questions, given_answers))
    talk.pause(_("Enter to go back to the home menu:"))
