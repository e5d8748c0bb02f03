"""Command line: parse arguments, pick what to run, exit with its code."""

from __future__ import annotations

import argparse
import errno
import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from laser_tui import __version__
from laser_tui.cli.handover_commands import add_handover_commands
from laser_tui.cli.kiosk_commands import add_kiosk_arguments, add_kiosk_pin_command, run_kiosk_pin
from laser_tui.cli.language_option import (
    add_language_option,
    use_chosen_language,
    use_language_asked_for,
)
from laser_tui.cli.summary_command import add_summary_command, run_summary
from laser_tui.clock import today
from laser_tui.language.catalogue import _
from laser_tui.model.problems import InputProblem
from laser_tui.web.cli import add_serve_command, run_serve

if TYPE_CHECKING:
    from laser_tui.files.quick_content import PendingContent
    from laser_tui.model.content import Content

BROKEN_PIPE_STATUS = 141
"""The status of a command whose reader went away (128 + SIGPIPE), as a shell reports it."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for `laser-tui`."""
    parser = argparse.ArgumentParser(
        prog="laser-tui",
        description=_(
            "A keyboard-only decision helper: laser skin tightening or laser skin resurfacing? "
            "Decision support, not medical advice."
        ),
    )
    parser.add_argument("--version", action="version", version=f"laser-tui {__version__}")
    parser.add_argument(
        "--content",
        type=Path,
        metavar="PATH",
        help=_("a content file to use instead of the shipped one"),
    )
    parser.add_argument(
        "--priorities",
        type=Path,
        metavar="PATH",
        help=_(
            "the priorities file to open and save (default: in your data folder; "
            "or set LASER_TUI_PRIORITIES)"
        ),
    )
    parser.add_argument(
        "--high-contrast", action="store_true", help=_("start with the high-contrast theme")
    )
    parser.add_argument(
        "--plain",
        action="store_true",
        help=_(
            "plain lines, one question at a time, for screen readers and braille displays "
            "(also when ACCESSIBLE=1 or TERM=dumb)"
        ),
    )
    add_kiosk_arguments(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser(
        "check-content", help=_("check a content file and list every problem in it")
    )
    check.add_argument("path", type=Path, metavar="PATH")
    check.add_argument(
        "--base",
        type=Path,
        metavar="PATH",
        help=_(
            "for a translated content file: the file it was translated from (by default "
            "its base key, relative to the file); they may differ only in text"
        ),
    )
    add_summary_command(commands)
    add_kiosk_pin_command(commands)
    add_serve_command(commands)
    add_handover_commands(commands)
    add_language_option(parser, commands)
    return parser


def _run_app(args: argparse.Namespace) -> int:
    """Run plain mode, or the app with the garbage collector off until its first paint."""
    from laser_tui.cli.kiosk_commands import check_flags
    from laser_tui.plain.wanted import why_plain

    check_flags(args)
    if why := why_plain(args):
        from laser_tui.plain.start import run_plain

        return run_plain(args, why)
    gc.disable()  # LaserApp.on_ready turns it back on
    try:
        return _start_app(args)
    finally:
        gc.enable()


def _start_app(args: argparse.Namespace) -> int:
    from laser_tui.cli.kiosk_commands import run_handover, run_kiosk

    if not (args.content or args.kiosk or args.open):
        pending = _pending_shipped_content(args)
        if pending is not None:
            return _run_laser_app(args, pending, None)

    from laser_tui.files.priorities_file import priorities_path
    from laser_tui.files.toml_io import load_content

    content = load_content(args.content)
    if args.kiosk:
        return run_kiosk(args, content)
    if args.open is not None:
        return run_handover(args, content)
    return _run_laser_app(args, content, priorities_path(args.priorities))


def _pending_shipped_content(args: argparse.Namespace) -> PendingContent | None:
    """The shipped content, read quickly for the first screen and validated right after it
    (None if the quick read is not enough: then it is validated before anything is shown)."""
    from laser_tui.files.locations import shipped_content_path
    from laser_tui.files.quick_content import PendingContent, quick_read

    path = shipped_content_path()
    home = quick_read(path)
    return None if home is None else PendingContent(home, path, args.priorities)


def _run_laser_app(
    args: argparse.Namespace, content: Content | PendingContent, priorities: Path | None
) -> int:
    from laser_tui.app import LaserApp
    from laser_tui.terminal.run import run_on_terminal

    app = LaserApp(
        content,
        high_contrast=args.high_contrast,
        priorities_path=priorities,
        content_path=args.content,
    )
    status = run_on_terminal(app)
    if app.content_problem is not None:
        raise app.content_problem
    return status


def _run_handover_command(args: argparse.Namespace) -> int:
    """`handover-purge` or `handover-store init`."""
    from laser_tui.cli.handover_commands import run_handover_purge, run_handover_store

    purging = args.command == "handover-purge"
    return run_handover_purge(args) if purging else run_handover_store(args)


def main(argv: list[str] | None = None) -> int:
    """Run laser-tui; problems with input become clear lines on stderr and exit code 2."""
    use_language_asked_for(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    use_chosen_language(args)
    try:
        today()  # a frozen day (LASER_TUI_TODAY) that is not a date is told before anything runs
        if args.command == "check-content":
            from laser_tui.cli.check_content import check_content

            return check_content(args.path, args.base)
        if args.command == "summary":
            return run_summary(args)
        if args.command == "kiosk-pin":
            return run_kiosk_pin(args)
        if args.command == "serve":
            return run_serve(args)
        return _run_handover_command(args) if args.command else _run_app(args)
    except InputProblem as problem:
        for line in problem.lines:
            print(line, file=sys.stderr)
        return 2


def run() -> None:
    """Entry point of the `laser-tui` command; a closed output ends it quietly."""
    if sys.stderr is None:  # started with 2>&-: problems cannot be told, only the status
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 (open until the process ends)
    if sys.stdout is None:  # started with >&-
        print("laser-tui: standard output is closed, so nothing can be shown", file=sys.stderr)
        sys.exit(1)
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:
        status = BROKEN_PIPE_STATUS
    except OSError as error:
        if error.errno != errno.EBADF:
            raise
        status = 1  # standard output was closed (`>&-`): nothing can be told
    else:
        sys.exit(status)
    _silence_output()
    sys.exit(status)


def _silence_output() -> None:
    """Point the standard streams at /dev/null, so Python's last flush at exit stays quiet."""
    null = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        try:
            os.dup2(null, stream.fileno())
        except (OSError, ValueError):
            continue
