"""Saving the priorities with the files code (atomic, .bak, bad files kept), and how it went."""

from __future__ import annotations

from pathlib import Path

from laser_tui.commands import BY_ID
from laser_tui.files.priorities_file import default_priorities_path, display_path
from laser_tui.files.priorities_save import (
    NewerFormatError,
    save_path_problem,
    typed_path,
)
from laser_tui.model.problems import InputProblem
from laser_tui.plain.readiness import parse_yes_no
from laser_tui.plain.talk import Back, NotAnAnswer, Talk
from laser_tui.plain.visit import Visit

SAVE_NAME = BY_ID["save"].words
SAVE_AS_NAME = BY_ID["save_as"].words
STILL_HERE = f'Your priorities are still here: choose "{SAVE_AS_NAME}" on the home menu.'


def announce(talk: Talk, session: Visit) -> None:
    """Say which priorities file is in use, and every problem with it, one line each."""
    opened, path = session.keeper.opened, session.keeper.path
    if opened is None or path is None:
        return
    shown = display_path(path)
    if not opened.exists:
        talk.say(f"No saved priorities yet. Saving puts them in {shown}.")
        return
    if not opened.messages:
        talk.say(f"Your priorities were opened from {shown}.")
        return
    if opened.problems:
        talk.say(f"Part of your priorities file, {shown}, could not be used:")
    else:
        talk.say(f"Please check your priorities file, {shown}:")
    talk.say(*(line.removeprefix(f"{shown}: ") for line in opened.messages))
    after = "Your file is not changed until you save."
    if opened.problems:
        after += " When you save, a copy of it is kept beside it first."
    talk.say(after)


def save(talk: Talk, session: Visit, path: Path | None = None, replace_newer: bool = False) -> bool:
    """Save to ``path`` (the current file by default); whether the priorities are now saved."""
    target = path or session.keeper.path
    if target is None:
        return save_as(talk, session)
    priorities = session.priorities
    try:
        report = session.keeper.save(
            priorities, session.content, target, replace_newer=replace_newer
        )
    except NewerFormatError as newer:
        return _newer(talk, session, target, newer)
    except InputProblem as problem:
        talk.say(*problem.lines, STILL_HERE)
        return False
    message = f"Saved to {display_path(report.path)}."
    if report.kept_aside is not None:
        message += f" The file it replaced is kept as {report.kept_aside.name}."
    talk.say(message)
    return True


def _newer(talk: Talk, session: Visit, target: Path, newer: NewerFormatError) -> bool:
    talk.say(f"{newer}. Replacing it may lose settings only the newer laser-tui knows.")

    def choice(text: str) -> str:
        if text in ("1", "2", "3"):
            return text
        raise NotAnAnswer

    chosen = talk.ask(
        "Type 1 to replace it (the old file is kept aside), 2 to save to another file, "
        "or 3 not to save now:",
        "1, 2 or 3",
        choice,
    )
    if chosen == "1":
        return save(talk, session, target, replace_newer=True)
    if chosen == "2":
        return save_as(talk, session)
    talk.say("Nothing was saved.")
    return False


def _where(text: str) -> tuple[Path, bool]:
    """The path typed, and whether it is a file that the person must agree to replace."""
    path = typed_path(text)
    problem = save_path_problem(path)
    existing = path is not None and problem is not None and path.is_file()
    if path is not None and existing and save_path_problem(path, replacing=True) is None:
        return path, True
    if path is None or problem is not None:
        raise NotAnAnswer(problem)
    return path, False


def save_as(talk: Talk, session: Visit) -> bool:
    """Ask for a file (checked before anything is written) and save there."""
    example = display_path(session.keeper.path or default_priorities_path())
    try:
        while True:
            path, existing = talk.ask(
                f"Where should your priorities be saved? Type a file path, for example {example}:",
                "a file path, for example ~/priorities.toml",
                _where,
                ["Type the path of a file; ~ is your home folder. Type back to cancel."],
            )
            if not existing:
                break
            replace = talk.ask(
                f"{display_path(path)} already exists. Replace it? A copy of the old one is "
                "kept. Yes or no:",
                "yes or no",
                parse_yes_no,
            )
            if replace:
                break
    except Back:
        talk.say("Nothing was saved.")
        return False
    return save(talk, session, path)
