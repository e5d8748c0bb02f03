"""`laser-tui summary`: print the summary of a priorities file, without the app, for a printer.

The priorities come from a file (your own by default) or, with ``--open CODE``, from a
hand-over a patient made at a clinic kiosk.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from laser_tui.model.problems import InputProblem
from laser_tui.model.safe_text import safe_text

if TYPE_CHECKING:
    from laser_tui.files.priorities_file import LoadedPriorities
    from laser_tui.model.content import Content

FORMATS = ("text", "markdown")


def add_summary_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `summary` subcommand to the command line."""
    summary = commands.add_parser(
        "summary",
        help="print the summary of a priorities file (plain text for a printer, or Markdown)",
        description=(
            "Print the one-page summary of a priorities file to standard output: what counts "
            "for you and how much, how your priorities line up, your readiness answers, the "
            "questions to ask your clinician and the sources. Decision support, not medical "
            "advice."
        ),
    )
    summary.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="PRIORITIES.toml",
        help="a priorities file (default: your own, the one the app uses)",
    )
    summary.add_argument(
        "--open",
        dest="handover_code",
        metavar="CODE",
        help="the priorities a patient handed over at the kiosk under CODE, instead of a file",
    )
    summary.add_argument(
        "--handover-dir",
        type=Path,
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the kiosk's hand-over folder (default: from the kiosk configuration)",
    )
    summary.add_argument(
        "--kiosk-config",
        type=Path,
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the kiosk configuration that names the hand-over folder",
    )
    summary.add_argument(
        "--format",
        default="text",
        metavar="{" + ",".join(FORMATS) + "}",
        help="text (the default, for a printer) or markdown",
    )
    summary.add_argument(
        "--content",
        type=Path,
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the content file the priorities were made with, instead of the shipped one",
    )


def _from_file(args: argparse.Namespace, content: Content) -> LoadedPriorities:
    from laser_tui.files.priorities_file import priorities_path, read_priorities
    from laser_tui.files.toml_io import read_document

    path = priorities_path(args.file or args.priorities)
    data, written = read_document(path, "fix it in a text editor and try again")
    loaded = read_priorities(data, content, path, written)
    if loaded.problems:
        raise InputProblem(list(loaded.problems))
    return loaded


def _from_handover(code: str, args: argparse.Namespace, content: Content) -> LoadedPriorities:
    from laser_tui.cli.kiosk_commands import kiosk_settings
    from laser_tui.kiosk.handover import find_handover, read_handover

    if args.file or args.priorities:
        raise InputProblem(["give a priorities file or --open CODE, not both"])
    return read_handover(find_handover(kiosk_settings(args).handover_dir, code), content)


def run_summary(args: argparse.Namespace) -> int:
    """Print the summary; problems with the files raise InputProblem (one line each)."""
    from laser_tui.clock import today
    from laser_tui.files.toml_io import load_content
    from laser_tui.model.summary import build_summary
    from laser_tui.model.summary_markdown import render_markdown
    from laser_tui.model.summary_text import render_text

    if args.format not in FORMATS:
        raise InputProblem(
            [f"--format {args.format!r} is not a format laser-tui knows: use text or markdown"]
        )
    content = load_content(args.content)
    code = args.handover_code if args.handover_code is not None else args.open
    loaded = _from_handover(code, args, content) if code is not None else _from_file(args, content)
    for note in loaded.notes:
        print(note, file=sys.stderr)
    as_of = loaded.saved_at.astimezone().date() if loaded.saved_at else None
    summary = build_summary(content, loaded.priorities, as_of, today=today())
    render = render_markdown if args.format == "markdown" else render_text
    if code is not None:
        from laser_tui.kiosk.handover import handover_line

        line = handover_line(loaded)
        sys.stdout.write(
            safe_text(f"**{line}**\n\n" if args.format == "markdown" else f"{line}\n\n")
        )
    sys.stdout.write(safe_text(render(summary)))
    return 0
