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
from laser_tui.model.counting import all_treatments
from laser_tui.model.home_content import overdue_line
from laser_tui.model.problems import InputProblem
from laser_tui.plain.menu import home
from laser_tui.plain.save import announce, save
from laser_tui.plain.talk import Back, EndOfInput, Home, NotAnAnswer, Quit, Talk
from laser_tui.plain.visit import Visit


def check_plain_flags(args: argparse.Namespace, why: str) -> None:
    """Kiosk mode and hand-overs are full-screen only; one line says so."""
    if args.kiosk:
        raise InputProblem(
            [
                f"--kiosk has no plain mode ({why}): a clinic kiosk runs the full-screen app; "
                "leave out --kiosk, or start the kiosk without --plain, ACCESSIBLE or TERM=dumb"
            ]
        )
    if args.open:
        raise InputProblem(
            [
                f"--open has no plain mode ({why}): laser-tui summary --open CODE prints the "
                "hand-over as plain text"
            ]
        )


def welcome(talk: Talk, session: Visit) -> None:
    """What this is, the disclaimer, the review date, how to answer, and the priorities file."""
    content = session.content
    talk.say(
        f"laser-tui, plain mode. {content.title}",
        f"Read about {all_treatments(len(content.treatments))}, say what counts for you and "
        "how much, and hear how your "
        "own priorities line up with each. It does not choose for you.",
        content.disclaimer,
        f"Content reviewed {content.reviewed.day} {content.reviewed:%B %Y}; "
        f"next review due {content.next_review:%B %Y}.",
        *filter(None, [overdue_line(content.next_review, today())]),
        "Answer each question by typing and pressing Enter. "
        "Type help at any question to hear what you can type.",
    )
    announce(talk, session)


def _unchanged(session: Visit) -> str:
    path = session.keeper.path
    shown = display_path(path) if path else "your priorities file"
    return f"nothing was saved, and {shown} is as it was."


def leave(talk: Talk, session: Visit) -> bool:
    """Whether to leave now; with unsaved changes, ask first (whether to save)."""
    if not session.unsaved:
        talk.say("Goodbye.")
        return True
    talk.say("Your priorities have changes that are not saved.")

    def choice(text: str) -> str:
        if text in ("1", "2", "3"):
            return text
        raise NotAnAnswer

    try:
        chosen = talk.ask(
            "Type 1 to save them and leave, 2 to leave without saving, or 3 to keep going:",
            "1, 2 or 3",
            choice,
        )
    except (Quit, EndOfInput):
        chosen = "2"
    except (Back, Home):
        chosen = "3"
    if chosen == "1" and save(talk, session):
        talk.say("Goodbye.")
        return True
    if chosen == "2":
        talk.say(f"You left without saving: {_unchanged(session)} Goodbye.")
        return True
    return False


def _end_of_input(talk: Talk, session: Visit) -> bool:
    """Whether to leave at the end of input (asking first in a terminal, if anything is unsaved)."""
    if not session.unsaved:
        talk.aside("End of input. Goodbye.")
        return True
    if not talk.terminal:
        talk.aside(
            "End of input. Your priorities have changes that are not saved; with no terminal "
            f"to ask, {_unchanged(session)}"
        )
        return True
    talk.say("End of input (Ctrl+D).")
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
