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
from laser_tui.language.catalogue import _
from laser_tui.model.problems import InputProblem
from laser_tui.plain.readiness import parse_yes_no
from laser_tui.plain.talk import BACK, Back, NotAnAnswer, Talk, shown_word
from laser_tui.plain.visit import Visit

SAVE_NAME = BY_ID["save"].words
SAVE_AS_NAME = BY_ID["save_as"].words


def _still_here() -> str:
    return _(
        'Your priorities are still here: choose "{part}" on the home menu.', part=_(SAVE_AS_NAME)
    )


def announce(talk: Talk, session: Visit) -> None:
    """Say which priorities file is in use, and every problem with it, one line each."""
    opened, path = session.keeper.opened, session.keeper.path
    if opened is None or path is None:
        return
    shown = display_path(path)
    if not opened.exists:
        talk.say(_("No saved priorities yet. Saving puts them in {path}.", path=shown))
        return
    if not opened.messages:
        talk.say(_("Your priorities were opened from {path}.", path=shown))
        return
    if opened.problems:
        talk.say(_("Part of your priorities file, {path}, could not be used:", path=shown))
    else:
        talk.say(_("Please check your priorities file, {path}:", path=shown))
    talk.say(*(line.removeprefix(f"{shown}: ") for line in opened.messages))
    if opened.problems:
        talk.say(
            _(
                "Your file is not changed until you save. When you save, a copy of it is kept "
                "beside it first."
            )
        )
    else:
        talk.say(_("Your file is not changed until you save."))


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
        talk.say(*problem.lines, _still_here())
        return False
    if report.kept_aside is not None:
        talk.say(
            _(
                "Saved to {path}. The file it replaced is kept as {kept}.",
                path=display_path(report.path),
                kept=report.kept_aside.name,
            )
        )
    else:
        talk.say(_("Saved to {path}.", path=display_path(report.path)))
    return True


def _newer(talk: Talk, session: Visit, target: Path, newer: NewerFormatError) -> bool:
    talk.say(
        _(
            "{problem}. Replacing it may lose settings only the newer laser-tui knows.",
            problem=newer,
        )
    )

    def choice(text: str) -> str:
        if text in ("1", "2", "3"):
            return text
        raise NotAnAnswer

    chosen = talk.ask(
        _(
            "Type 1 to replace it (the old file is kept aside), 2 to save to another file, "
            "or 3 not to save now:"
        ),
        _("1, 2 or 3"),
        choice,
    )
    if chosen == "1":
        return save(talk, session, target, replace_newer=True)
    if chosen == "2":
        return save_as(talk, session)
    talk.say(_("Nothing was saved."))
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
                _(
                    "Where should your priorities be saved? Type a file path, for example "
                    "{example}:",
                    example=example,
                ),
                _("a file path, for example ~/priorities.toml"),
                _where,
                [
                    _(
                        "Type the path of a file; ~ is your home folder. Type {back} to cancel.",
                        back=shown_word(BACK),
                    )
                ],
            )
            if not existing:
                break
            replace = talk.ask(
                _(
                    "{path} already exists. Replace it? A copy of the old one is kept. Yes or no:",
                    path=display_path(path),
                ),
                _("yes or no"),
                parse_yes_no,
            )
            if replace:
                break
    except Back:
        talk.say(_("Nothing was saved."))
        return False
    return save(talk, session, path)
