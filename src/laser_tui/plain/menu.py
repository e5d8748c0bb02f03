"""The home menu: every part of the app as a numbered item; type its number and Enter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NoReturn

from laser_tui.commands import BY_ID
from laser_tui.language.catalogue import N_, _
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
from laser_tui.plain.talk import (
    REPEAT,
    Back,
    Home,
    Quit,
    Talk,
    command_lines,
    shown_word,
    whole_number,
)
from laser_tui.plain.treatments import read_treatment
from laser_tui.plain.visit import Visit
from laser_tui.plain.weighing import weigh

Part = Callable[[Talk, Visit], object]
EXPORT_NAME = N_("Save my summary as a file beside my priorities (Markdown)")
HELP_NAME = N_("Help: what you can type")


@dataclass(frozen=True)
class Item:
    """One line of the home menu and what it opens."""

    label: str
    run: Part


def _words(command_id: str) -> str:
    """The home-menu words of a command of the table, in the language shown."""
    return _(BY_ID[command_id].words)


def help_lines(content: Content) -> list[str]:
    """How the plain mode works, for the help item and the help command at the menu."""
    return [
        _("laser-tui asks one question at a time. Type your answer and press Enter."),
        _(
            "On the home menu, type the number of a part; for example 1 reads about {treatment}.",
            treatment=content.treatments[0].name,
        ),
        _("Long parts are read one section at a time: Enter reads the next one."),
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
        Item(_("{treatment}: what it is", treatment=t.name), _treatment(n))
        for n, t in enumerate(content.treatments)
    ]
    if content.concerns:
        listed.append(Item(_(concerns.NAME), concerns.choose_concerns))
    listed += [
        Item(
            _(comparison.NAME),
            lambda talk, s: comparison.read_comparison(
                talk, s.content, skin_answer(s.content, s.priorities.consultation)
            ),
        ),
        Item(_(result.WEIGHING_NAME), weigh),
        Item(_(result.NAME), lambda talk, s: result.tell_result(talk, s.content, s.priorities)),
        Item(_(LEANING_NAME), choose_leaning),
    ]
    if content.recovery:
        listed.append(Item(_words("recovery"), read_recovery))
    if content.other_options:
        listed.append(
            Item(
                _words("other_options"),
                lambda talk, s: other_options.read_other_options(talk, s.content),
            )
        )
    if content.about is not None:
        listed.append(Item(_(about.NAME), lambda talk, s: about.read_about(talk, s.content)))
    if content.knowledge_check:
        listed.append(
            Item(_(knowledge.NAME), lambda talk, s: knowledge.check_knowledge(talk, s.content))
        )
    return [
        *listed,
        Item(_words("readiness"), check_readiness),
        *(
            [Item(_words("clinician"), ask_clinician_questions)]
            if content.clinician_questions
            else []
        ),
        Item(
            _words("summary"),
            lambda talk, s: read_summary(talk, s.content, s.priorities),
        ),
        Item(_(EXPORT_NAME), export),
        Item(_(SAVE_NAME), save),
        Item(_(SAVE_AS_NAME), save_as),
        Item(_(HELP_NAME), _show_help),
        Item(_words("quit"), _quit),
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
            talk.say("", _("Home menu. Type a number and press Enter."), *listed)
        else:
            talk.say(
                "",
                _(
                    "Home menu: type a number, or {repeat} to hear the {count} parts.",
                    repeat=shown_word(REPEAT),
                    count=count,
                ),
            )
            talk.remember(*listed)
        first = False
        try:
            chosen = talk.ask(
                _("Your choice, 1 to {count}:", count=count),
                _("a number from 1 to {count}", count=count),
                choose,
                [*help_lines(session.content), _("The parts:"), *listed],
                at_home=True,
            )
            chosen.run(talk, session)
        except (Back, Home):
            pass
