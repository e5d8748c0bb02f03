"""The command line of kiosk mode: `--kiosk` and its flags, `--open CODE`, `kiosk-pin`.

Only argparse is imported up front: everything else loads when a kiosk command runs, so the
ordinary app starts no slower for having kiosk mode.
"""

from __future__ import annotations

import argparse
import sys
from getpass import getpass
from pathlib import Path
from typing import TYPE_CHECKING

from laser_tui.language.catalogue import _

if TYPE_CHECKING:
    from laser_tui.kiosk.settings import KioskSettings
    from laser_tui.model.content import Content

FLAGS = {
    "idle_timeout": "--idle-timeout",
    "idle_warning": "--idle-warning",
    "handover_dir": "--handover-dir",
    "retention_hours": "--retention-hours",
}
"""The command-line flag that overrides each kiosk setting."""


def add_kiosk_arguments(parser: argparse.ArgumentParser) -> None:
    """`--kiosk`, its settings, and `--open CODE`."""
    kiosk = parser.add_argument_group(
        _("kiosk mode"), _("for a shared clinic terminal; flags override the kiosk configuration")
    )
    kiosk.add_argument(
        "--kiosk", action="store_true", help=_("run as a kiosk for one patient after another")
    )
    _add_config_argument(kiosk, None)
    kiosk.add_argument(
        FLAGS["idle_timeout"],
        metavar="SECONDS",
        help=_("seconds without a key before the idle warning (default 120)"),
    )
    kiosk.add_argument(
        FLAGS["idle_warning"],
        metavar="SECONDS",
        help=_("seconds the idle warning counts down before the session is cleared (default 30)"),
    )
    kiosk.add_argument(
        FLAGS["handover_dir"], type=Path, metavar="PATH", help=_("the folder for hand-over files")
    )
    kiosk.add_argument(
        FLAGS["retention_hours"],
        metavar="HOURS",
        help=_("delete hand-over files older than this (default 12)"),
    )
    kiosk.add_argument(
        "--open",
        metavar="CODE",
        help=_("open the priorities a patient handed over at the kiosk under CODE"),
    )


def _add_config_argument(group: argparse._ActionsContainer, default: object) -> None:
    group.add_argument(
        "--kiosk-config",
        type=Path,
        metavar="PATH",
        default=default,
        help=_(
            "the kiosk configuration (TOML; default: your config folder's laser-tui/kiosk.toml,"
            " or $LASER_TUI_KIOSK_CONFIG)"
        ),
    )


def add_kiosk_pin_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`laser-tui kiosk-pin`: set the staff PIN."""
    command = commands.add_parser(
        "kiosk-pin",
        help=_("set the staff PIN that leaves kiosk mode (only its salted hash is stored)"),
    )
    _add_config_argument(command, argparse.SUPPRESS)
    command.add_argument(
        "--pin-stdin",
        action="store_true",
        help=_("read the PIN from the first line of standard input instead of asking twice"),
    )


def check_flags(args: argparse.Namespace) -> None:
    """Kiosk flags only where they apply; InputProblem names the flag that does not."""
    from laser_tui.model.problems import InputProblem

    opening = args.open is not None
    if args.kiosk and opening:
        raise InputProblem([_("--open cannot be used with --kiosk: open hand-overs elsewhere")])
    if (args.kiosk or opening) and args.priorities:
        raise InputProblem(
            [_("--priorities cannot be used with --kiosk or --open: they keep no priorities file")]
        )
    if args.kiosk:
        return
    allowed = {"handover_dir"} if opening else set()
    for name, flag in FLAGS.items():
        if getattr(args, name) is not None and name not in allowed:
            raise InputProblem(
                [_("{flag} only applies with --kiosk; add --kiosk or leave it out", flag=flag)]
            )


def kiosk_settings(args: argparse.Namespace) -> KioskSettings:
    """The kiosk configuration with the command-line flags on top."""
    from laser_tui.kiosk.settings import config_path, load_settings
    from laser_tui.model.problems import InputProblem

    path, named = config_path(args.kiosk_config)
    overrides = {name: getattr(args, name) for name in FLAGS}
    settings = load_settings(path, named, overrides, FLAGS)
    if settings.handover_store is not None and overrides["handover_dir"] is not None:
        raise InputProblem(
            [
                _(
                    "{flag} does not apply: {path} keeps hand-overs in a database "
                    "(handover_store); leave the flag out",
                    flag=FLAGS["handover_dir"],
                    path=path,
                )
            ]
        )
    return settings


def run_kiosk(args: argparse.Namespace, content: Content) -> int:
    """Run the kiosk until staff leave it (exit status 0) or it ends any other way (not 0)."""
    from laser_tui.kiosk.app import KioskApp
    from laser_tui.kiosk.handover_store import store_for
    from laser_tui.kiosk.runner import serve
    from laser_tui.kiosk.settings import check_private, config_path

    settings = kiosk_settings(args)
    check_private(config_path(args.kiosk_config)[0], settings)
    store = store_for(settings)
    store.prepare()
    return serve(
        lambda: KioskApp(content, settings, high_contrast=args.high_contrast, store=store),
        settings.log_file,
    )


def run_handover(args: argparse.Namespace, content: Content) -> int:
    """Open the priorities handed over under the code given with --open; the exit code."""
    from laser_tui.kiosk.handover_app import HandoverApp
    from laser_tui.kiosk.handover_store import staff_account, store_for
    from laser_tui.terminal.run import run_on_terminal

    loaded = store_for(kiosk_settings(args)).open(args.open, content, staff_account())
    app = HandoverApp(content, loaded, high_contrast=args.high_contrast)
    return run_on_terminal(app)


def _read_pin(from_stdin: bool) -> str:
    """The new PIN; a PIN that is refused is refused at once, before it is asked again."""
    from laser_tui.kiosk.pin import pin_problem
    from laser_tui.model.problems import InputProblem

    pin = sys.stdin.readline().rstrip("\r\n") if from_stdin else getpass(_("New staff PIN: "))
    problem = pin_problem(pin)
    if problem:
        raise InputProblem(
            [_("{problem}; nothing was changed; run kiosk-pin again", problem=problem)]
        )
    if not from_stdin and getpass(_("The same PIN again: ")) != pin:
        raise InputProblem([_("the two PINs differ; nothing was changed; run kiosk-pin again")])
    return pin


def run_kiosk_pin(args: argparse.Namespace) -> int:
    """Ask for a PIN and store only its salted scrypt hash in the kiosk configuration."""
    from laser_tui.kiosk.pin import hash_pin
    from laser_tui.kiosk.settings import config_path, save_pin_hash

    path, _named = config_path(args.kiosk_config)
    try:
        pin = _read_pin(args.pin_stdin)
    except (EOFError, KeyboardInterrupt):
        print("\n" + _("no PIN given; nothing was changed"), file=sys.stderr)
        return 1
    save_pin_hash(path, hash_pin(pin))
    print(_("Staff PIN set in {path} (only a salted scrypt hash is stored).", path=path))
    return 0
