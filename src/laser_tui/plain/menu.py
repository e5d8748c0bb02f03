"""The home menu: every part of the app as a numbered item; type its number and Enter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NoReturn

from laser_tui.commands import BY_ID
from laser_tui.model.content import Content
from laser_tui.model.skin import skin_answer
from laser_tui.plain import about, comparison, concerns, knowledge, other_options, result
from laser_tui.plain.clinician import ask_clinician_questions
from laser_tui.plain.leaning import NAME as LEANING_NAME
from laser_tui.plain.leaning import choose_leaning
from laser_tui.plain.readiness import check_readiness
from laser_tui.plain.recovery import read_recovery
from laser_tui.plain.save import SAVE_AS_NAME, SAVE_NAME, save, save_as
from laser_tui.plain.summary import export, read_summary
from laser_tui.plain.talk import Back, Home, Quit, Talk, command_lines, whole_number
from laser_tui.plain.treatments import read_treatment
from laser_tui.plain.visit import Visit
from laser_tui.plain.weighing import weigh

Part = Callable[[Talk, Visit], object]
EXPORT_NAME = "Save my summary as a file beside my priorities (Markdown)"


@dataclass(frozen=True)
class Item:
    """One line of the home menu and what it opens."""

    label: str
    run: Part


def help_lines(content: Content) -> list[str]:
    """How the plain mode works, for the help item and the help command at the menu."""
    return [
        "laser-tui asks one question at a time. Type your answer and press Enter.",
        "On the home menu, type the number of a part; for example 1 reads about "
        f"{content.treatments[0].name}.",
        "Long parts are read one section at a time: Enter reads the next one.",
    ]


def _show_help(talk: Talk, session: Visit) -> None:
    talk.say("", *help_lines(session.content), *command_lines())


def _quit(talk: Talk, session: Visit) -> None:
    raise Quit


def _treatment(index: int) -> Part:
    def read(talk: Talk, session: Visit) -> None:
        content = session.content
        skin = skin_answer(content, session.priorities.consultation)
        read_treatment(talk, content, content.treatments[index], skin)

    return read


def items(content: Content) -> list[Item]:
    """The menu for ``content``: a part is listed only when the content has something for it."""
    listed = [
        Item(f"{t.name}: what it is", _treatment(n)) for n, t in enumerate(content.treatments)
    ]
    if content.concerns:
        listed.append(Item(concerns.NAME, concerns.choose_concerns))
    listed += [
        Item(
            comparison.NAME,
            lambda talk, s: comparison.read_comparison(
                talk, s.content, skin_answer(s.content, s.priorities.consultation)
            ),
        ),
        Item(result.WEIGHING_NAME, weigh),
        Item(result.NAME, lambda talk, s: result.tell_result(talk, s.content, s.priorities)),
        Item(LEANING_NAME, choose_leaning),
    ]
    if content.recovery:
        listed.append(Item(BY_ID["recovery"].words, read_recovery))
    if content.other_options:
        listed.append(
            Item(
                BY_ID["other_options"].words,
                lambda talk, s: other_options.read_other_options(talk, s.content),
            )
        )
    if content.about is not None:
        listed.append(Item(about.NAME, lambda talk, s: about.read_about(talk, s.content)))
    if content.knowledge_check:
        listed.append(
            Item(knowledge.NAME, lambda talk, s: knowledge.check_knowledge(talk, s.content))
        )
    return [
        *listed,
        Item(BY_ID["readiness"].words, check_readiness),
        *(
            [Item(BY_ID["clinician"].words, ask_clinician_questions)]
            if content.clinician_questions
            else []
        ),
        Item(
            BY_ID["summary"].words,
            lambda talk, s: read_summary(talk, s.content, s.priorities),
        ),
        Item(EXPORT_NAME, export),
        Item(SAVE_NAME, save),
        Item(SAVE_AS_NAME, save_as),
        Item("Help: what you can type", _show_help),
        Item(BY_ID["quit"].words, _quit),
    ]


def home(talk: Talk, session: Visit) -> NoReturn:
    """Offer the menu and open each chosen part, until the person quits."""
    entries = items(session.content)
    count = len(entries)

    def choose(text: str) -> Item:
        return entries[whole_number(text, 1, count) - 1]

    listed = [f"{n}. {item.label}" for n, item in enumerate(entries, 1)]
    first = True
    while True:
        if first:  # the whole menu once; after each part a short line (repeat says it all)
            talk.say("", "Home menu. Type a number and press Enter.", *listed)
        else:
            talk.say("", f"Home menu: type a number, or repeat to hear the {count} parts.")
            talk.remember(*listed)
        first = False
        try:
            chosen = talk.ask(
                f"Your choice, 1 to {count}:",
                f"a number from 1 to {count}",
                choose,
                [*help_lines(session.content), "The parts:", *listed],
                at_home=True,
            )
            chosen.run(talk, session)
        except (Back, Home):
            pass
