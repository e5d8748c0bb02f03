"""The command line of kiosk mode: `--kiosk` and its flags, `--open CODE`, `kiosk-pin`."""

from __future__ import annotations

import argparse
import sys
from getpass import getpass
from pathlib import Path

from pydantic import ValidationError

from laser_tui.kiosk import FLAGS, KioskSettings, config_path, load_settings
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities
from laser_tui.problems import InputProblem, validation_lines


def add_kiosk_arguments(parser: argparse.ArgumentParser) -> None:
    """`--kiosk`, its settings, and `--open CODE`."""
    kiosk = parser.add_argument_group(
        "kiosk mode", "for a shared clinic terminal; flags override the kiosk configuration"
    )
    kiosk.add_argument(
        "--kiosk", action="store_true", help="run as a kiosk for one patient after another"
    )
    _add_config_argument(kiosk, None)
    kiosk.add_argument(
        FLAGS["idle_timeout"],
        type=float,
        metavar="SECONDS",
        help="seconds without a key before the idle warning (default 120)",
    )
    kiosk.add_argument(
        FLAGS["idle_warning"],
        type=float,
        metavar="SECONDS",
        help="seconds the idle warning counts down before the session is cleared (default 30)",
    )
    kiosk.add_argument(
        FLAGS["handover_dir"], type=Path, metavar="PATH", help="the folder for hand-over files"
    )
    kiosk.add_argument(
        FLAGS["retention_hours"],
        type=float,
        metavar="HOURS",
        help="delete hand-over files older than this (default 12)",
    )
    kiosk.add_argument(
        "--open",
        metavar="CODE",
        help="open the priorities a patient handed over at the kiosk under CODE",
    )


def _add_config_argument(
    group: argparse.ArgumentParser | argparse._ArgumentGroup, default: object
) -> None:
    group.add_argument(
        "--kiosk-config",
        type=Path,
        metavar="PATH",
        default=default,
        help="the kiosk configuration (TOML; default: your config folder's laser-tui/kiosk.toml,"
        " or $LASER_TUI_KIOSK_CONFIG)",
    )


def add_kiosk_pin_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`laser-tui kiosk-pin`: set the staff PIN."""
    command = commands.add_parser(
        "kiosk-pin",
        help="set the staff PIN that leaves kiosk mode (only its salted hash is stored)",
    )
    _add_config_argument(command, argparse.SUPPRESS)
    command.add_argument(
        "--pin-stdin",
        action="store_true",
        help="read the PIN from the first line of standard input instead of asking twice",
    )


def kiosk_settings(args: argparse.Namespace) -> KioskSettings:
    """The kiosk configuration with the command-line flags on top."""
    path, named = config_path(args.kiosk_config)
    overrides = {name: getattr(args, name) for name in FLAGS}
    return load_settings(path, named, overrides)


def check_flags(args: argparse.Namespace) -> None:
    """Kiosk flags only where they apply; InputProblem names the flag that does not."""
    if args.kiosk and args.open:
        raise InputProblem(["--open cannot be used with --kiosk: open hand-overs elsewhere"])
    if args.kiosk:
        return
    allowed = {"handover_dir"} if args.open else set()
    for name, flag in FLAGS.items():
        if getattr(args, name) is not None and name not in allowed:
            raise InputProblem([f"{flag} only applies with --kiosk; add --kiosk or leave it out"])


def run_kiosk(args: argparse.Namespace, content: Content) -> int:
    """Run the kiosk until staff leave it; the exit code."""
    from laser_tui.handover import prepare_folder
    from laser_tui.kiosk_app import KioskApp

    settings = kiosk_settings(args)
    prepare_folder(settings.handover_dir)
    app = KioskApp(content, settings, high_contrast=args.high_contrast)
    app.run()
    return app.return_code or 0


def open_handover(args: argparse.Namespace, content: Content) -> Priorities:
    """The priorities handed over under the code given with --open."""
    from laser_tui.handover import find_handover
    from laser_tui.storage import read_toml

    path = find_handover(kiosk_settings(args).handover_dir, args.open)
    try:
        return Priorities.model_validate(read_toml(path))
    except ValidationError as error:
        raise InputProblem(validation_lines(path, error, "the hand-over file is damaged")) from None


def _read_pin(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    pin = getpass("New staff PIN: ")
    if getpass("The same PIN again: ") != pin:
        raise InputProblem(["the two PINs differ; nothing was changed; run kiosk-pin again"])
    return pin


def run_kiosk_pin(args: argparse.Namespace) -> int:
    """Ask for a PIN and store only its salted scrypt hash in the kiosk configuration."""
    from laser_tui.kiosk import save_pin_hash
    from laser_tui.kiosk_pin import hash_pin, pin_problem

    path, _ = config_path(args.kiosk_config)
    try:
        pin = _read_pin(args.pin_stdin)
    except (EOFError, KeyboardInterrupt):
        print("\nno PIN given; nothing was changed", file=sys.stderr)
        return 1
    problem = pin_problem(pin)
    if problem:
        raise InputProblem([f"{problem}; nothing was changed; run kiosk-pin again"])
    save_pin_hash(path, hash_pin(pin))
    print(f"Staff PIN set in {path} (only a salted scrypt hash is stored).")
    return 0
