"""The ``--lang`` option of laser-tui and of each of its commands, and starting in the
language it (or the environment) chooses."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from typing import Any

from laser_tui.language.catalogue import _, available, use
from laser_tui.language.choice import chosen


def _language(tag: str) -> str:
    if tag not in available():
        raise argparse.ArgumentTypeError(
            _(
                'laser-tui has no language "{tag}": choose one of {offered}',
                tag=tag,
                offered=", ".join(available()),
            )
        )
    return tag


def add_language_option(
    parser: argparse.ArgumentParser, commands: argparse._SubParsersAction[Any]
) -> None:
    """``--lang`` before a command (``laser-tui --lang es``) or after it (``laser-tui summary
    --open CODE --lang en``)."""
    words = _(
        "the language to show, e.g. es (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG, "
        "else English)"
    )
    parser.add_argument("--lang", type=_language, metavar="LANGUAGE", help=words)
    for command in commands.choices.values():
        command.add_argument(
            "--lang", type=_language, metavar="LANGUAGE", help=words, default=argparse.SUPPRESS
        )


def use_language_asked_for(argv: Sequence[str]) -> None:
    """Show the language ``argv`` asks for with ``--lang`` (else the environment's) before the
    command line is parsed, so its help and its problems are told in that language."""
    option = None
    for index, word in enumerate(argv):
        if word == "--":
            break
        if word == "--lang" and index + 1 < len(argv):
            option = argv[index + 1]
        elif word.startswith("--lang="):
            option = word.removeprefix("--lang=")
    use(chosen(option, os.environ))


def use_chosen_language(args: argparse.Namespace) -> None:
    """Show the language of ``--lang``, else of the environment, else English."""
    use(chosen(args.lang, os.environ))
