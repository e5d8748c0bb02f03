"""Starting and ending the plain mode: who asked for it, the welcome, and leaving safely.

Leaving never loses saved priorities: the file is only ever written by a save the person chose.
With unsaved changes, quitting asks first; so does the end of input (Ctrl+D) in a terminal, and
with no terminal to ask (a closed pipe) the file is left as it was.
"""

from __future__ import annotations

import argparse
import io
import os
import sys

from laser_tui.clock import today
from laser_tui.files.priorities_file import display_path, priorities_path
from laser_tui.files.toml_io import load_content
from laser_tui.language.catalogue import _
from laser_tui.language.formats import long_date, month_year
from laser_tui.model.counting import all_treatments
from laser_tui.model.home_content import overdue_line
from laser_tui.model.problems import InputProblem
from laser_tui.plain.menu import home
from laser_tui.plain.save import announce, save
from laser_tui.plain.talk import HELP, Back, EndOfInput, Home, NotAnAnswer, Quit, Talk, shown_word
from laser_tui.plain.visit import Visit


def check_plain_flags(args: argparse.Namespace, why: str) -> None:
    """Kiosk mode and hand-overs are full-screen only; one line says so."""
    if args.kiosk:
        raise InputProblem(
            [
                _(
                    "--kiosk has no plain mode ({why}): a clinic kiosk runs the full-screen "
                    "app; leave out --kiosk, or start the kiosk without --plain, ACCESSIBLE or "
                    "TERM=dumb",
                    why=why,
                )
            ]
        )
    if args.open:
        raise InputProblem(
            [
                _(
                    "--open has no plain mode ({why}): laser-tui summary --open CODE prints the "
                    "hand-over as plain text",
                    why=why,
                )
            ]
        )


def welcome(talk: Talk, session: Visit) -> None:
    """What this is, the disclaimer, the review date, how to answer, and the priorities file."""
    content = session.content
    talk.say(
        _("laser-tui, plain mode. {title}", title=content.title),
        _(
            "Read about {treatments}, say what counts for you and how much, and hear how your "
            "own priorities line up with each. It does not choose for you.",
            treatments=all_treatments(len(content.treatments)),
        ),
        content.disclaimer,
        _(
            "Content reviewed {reviewed}; next review due {next_review}.",
            reviewed=long_date(content.reviewed),
            next_review=month_year(content.next_review),
        ),
        *filter(None, [overdue_line(content.next_review, today())]),
        _(
            "Answer each question by typing and pressing Enter. "
            "Type {help} at any question to hear what you can type.",
            help=shown_word(HELP),
        ),
    )
    announce(talk, session)


def _file(session: Visit) -> str:
    path = session.keeper.path
    return display_path(path) if path else _("your priorities file")


def leave(talk: Talk, session: Visit) -> bool:
    """Whether to leave now; with unsaved changes, ask first (whether to save)."""
    if not session.unsaved:
        talk.say(_("Goodbye."))
        return True
    talk.say(_("Your priorities have changes that are not saved."))

    def choice(text: str) -> str:
        if text in ("1", "2", "3"):
            return text
        raise NotAnAnswer

    try:
        chosen = talk.ask(
            _("Type 1 to save them and leave, 2 to leave without saving, or 3 to keep going:"),
            _("1, 2 or 3"),
            choice,
        )
    except (Quit, EndOfInput):
        chosen = "2"
    except (Back, Home):
        chosen = "3"
    if chosen == "1" and save(talk, session):
        talk.say(_("Goodbye."))
        return True
    if chosen == "2":
        talk.say(
            _(
                "You left without saving: nothing was saved, and {file} is as it was. Goodbye.",
                file=_file(session),
            )
        )
        return True
    return False


def _end_of_input(talk: Talk, session: Visit) -> bool:
    """Whether to leave at the end of input (asking first in a terminal, if anything is unsaved)."""
    if not session.unsaved:
        talk.aside(_("End of input. Goodbye."))
        return True
    if not talk.terminal:
        talk.aside(
            _(
                "End of input. Your priorities have changes that are not saved; with no "
                "terminal to ask, nothing was saved, and {file} is as it was.",
                file=_file(session),
            )
        )
        return True
    talk.say(_("End of input (Ctrl+D)."))
    return leave(talk, session)


def converse(talk: Talk, session: Visit) -> int:
    """The whole visit: the welcome, then the home menu until the person leaves. Exit code 0."""
    try:
        welcome(talk, session)
    except EndOfInput:
        return 0
    while True:
        try:
            home(talk, session)
        except (Quit, KeyboardInterrupt):  # Ctrl+C while something is printed, too
            leaving = leave
        except EndOfInput:
            leaving = _end_of_input
        try:
            if leaving(talk, session):
                return 0
        except (EndOfInput, KeyboardInterrupt):  # no one to ask: leave the file as it is
            return 0


def _text_stream(stream: object) -> None:
    """Never fail on a character: replace what the stream's encoding cannot carry."""
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(errors="replace")


def run_plain(args: argparse.Namespace, why: str) -> int:
    """Run the plain mode on standard input and output; the exit code."""
    check_plain_flags(args, why)
    content = load_content(args.content)
    path = priorities_path(args.priorities)
    session = Visit.start(content, path)
    _text_stream(sys.stdin)
    _text_stream(sys.stdout)
    terminal = sys.stdin.isatty()
    code = converse(Talk(sys.stdin, sys.stdout, echo=not terminal, terminal=terminal), session)
    try:
        sys.stdout.flush()
    except OSError:  # the reader went away: do not fail again when Python exits
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return code
