"""Command line: parse arguments, pick what to run, exit with its code."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from laser_tui import __version__
from laser_tui.cli.kiosk_commands import add_kiosk_arguments, add_kiosk_pin_command, run_kiosk_pin
from laser_tui.cli.summary_command import add_summary_command, run_summary
from laser_tui.model.problems import InputProblem


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for `laser-tui`."""
    parser = argparse.ArgumentParser(
        prog="laser-tui",
        description=(
            "A keyboard-only decision helper: laser skin tightening or laser skin resurfacing? "
            "Decision support, not medical advice."
        ),
    )
    parser.add_argument("--version", action="version", version=f"laser-tui {__version__}")
    parser.add_argument(
        "--content",
        type=Path,
        metavar="PATH",
        help="a content file to use instead of the shipped one",
    )
    parser.add_argument(
        "--priorities",
        type=Path,
        metavar="PATH",
        help="the priorities file to open and save (default: in your data folder; "
        "or set LASER_TUI_PRIORITIES)",
    )
    parser.add_argument(
        "--high-contrast", action="store_true", help="start with the high-contrast theme"
    )
    add_kiosk_arguments(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser(
        "check-content", help="check a content file and list every problem in it"
    )
    check.add_argument("path", type=Path, metavar="PATH")
    add_summary_command(commands)
    add_kiosk_pin_command(commands)
    return parser


def _run_app(args: argparse.Namespace) -> int:
    from laser_tui.cli.kiosk_commands import check_flags, run_handover, run_kiosk
    from laser_tui.files.toml_io import load_content

    check_flags(args)
    content = load_content(args.content)
    if args.kiosk:
        return run_kiosk(args, content)
    if args.open is not None:
        return run_handover(args, content)

    from laser_tui.app import LaserApp
    from laser_tui.files.priorities_file import priorities_path
    from laser_tui.terminal.run import run_on_terminal

    app = LaserApp(
        content,
        high_contrast=args.high_contrast,
        priorities_path=priorities_path(args.priorities),
    )
    return run_on_terminal(app)


def main(argv: list[str] | None = None) -> int:
    """Run laser-tui; problems with input become clear lines on stderr and exit code 2."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "check-content":
            from laser_tui.cli.check_content import check_content

            return check_content(args.path)
        if args.command == "summary":
            return run_summary(args)
        if args.command == "kiosk-pin":
            return run_kiosk_pin(args)
        return _run_app(args)
    except InputProblem as problem:
        for line in problem.lines:
            print(line, file=sys.stderr)
        return 2


def run() -> None:
    """Entry point of the `laser-tui` command."""
    sys.exit(main())
