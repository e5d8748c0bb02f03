"""`laser-tui serve`: its arguments, and starting the server.

Only argparse is imported up front: the web server and its packages load when `serve` runs,
so the terminal app never imports them.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from laser_tui.language.catalogue import N_, _
from laser_tui.web.options import DEFAULT_HOST, DEFAULT_MAX_SESSIONS, DEFAULT_PORT

if TYPE_CHECKING:
    from laser_tui.kiosk.settings import KioskSettings
    from laser_tui.web.options import ServeOptions

KIOSK_FLAG_KINDS: dict[str, tuple[type, str]] = {
    "handover_dir": (Path, "PATH"),
    "retention_hours": (str, "HOURS"),
}
"""Each flag's type and placeholder; numbers stay text here, to be quoted as typed."""
MISSING_EXTRA = N_(
    "laser-tui serve needs the web extra, which this Python lacks: in a clone of laser-tui, "
    "bash scripts/app serve sets it up (once) and serves; or, in the clone, "
    "pip install -r requirements-web.lock with this Python's pip, then run it again"
)


def add_serve_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`laser-tui serve`: the app (or the kiosk) in a web browser."""
    from laser_tui.cli.kiosk_commands import FLAGS

    serve = commands.add_parser(
        "serve",
        help="serve laser-tui to web browsers (each tab its own session; needs the web extra)",
        description="Serve laser-tui to web browsers. The server has no login: anywhere but "
        "this machine, put it behind the reverse proxy in deploy/ (TLS and a password).",
    )
    serve.add_argument(
        "--host", default=DEFAULT_HOST, help=f"the address to listen on (default {DEFAULT_HOST})"
    )
    serve.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"default {DEFAULT_PORT}; 0 picks one"
    )
    serve.add_argument(
        "--max-sessions",
        type=int,
        default=DEFAULT_MAX_SESSIONS,
        metavar="N",
        help=f"browser sessions at once; more are refused with a message "
        f"(default {DEFAULT_MAX_SESSIONS})",
    )
    serve.add_argument(
        "--public-url",
        metavar="URL",
        help="the address people open, when a proxy serves it (e.g. https://aid.clinic.org); "
        "only pages from it or this server may start sessions",
    )
    # SUPPRESS: `laser-tui --kiosk serve` and `laser-tui serve --kiosk` both work.
    kiosk = serve.add_argument_group("kiosk mode", "serve the kiosk (settings as for --kiosk)")
    kiosk.add_argument(
        "--kiosk", action="store_true", default=argparse.SUPPRESS, help="serve the kiosk"
    )
    kiosk.add_argument(
        "--kiosk-config",
        type=Path,
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the kiosk configuration (as with laser-tui --kiosk)",
    )
    for name, flag in FLAGS.items():
        kind, metavar = KIOSK_FLAG_KINDS.get(name, (str, "SECONDS"))
        kiosk.add_argument(
            flag,
            type=kind,
            dest=name,
            metavar=metavar,
            default=argparse.SUPPRESS,
            help="as with laser-tui --kiosk",
        )


def serve_options(args: argparse.Namespace) -> ServeOptions:
    """Check the flags; what to serve, or InputProblem with one line."""
    from laser_tui.cli.kiosk_commands import check_flags
    from laser_tui.model.problems import InputProblem
    from laser_tui.web.options import ServeOptions, check_public_url

    if args.priorities or args.open:
        raise InputProblem(
            [
                _(
                    "serve keeps no priorities file and opens no hand-over: leave out "
                    "--priorities and --open (each browser session starts fresh)"
                )
            ]
        )
    check_flags(args)  # the kiosk settings only with --kiosk
    if not 0 <= args.port <= 65535:
        line = _("--port {port}: give a port from 1 to 65535 (0 picks one)", port=args.port)
        raise InputProblem([line])
    if args.max_sessions < 1:
        raise InputProblem([_("--max-sessions {count}: give 1 or more", count=args.max_sessions)])
    public_url = check_public_url(args.public_url) if args.public_url else None
    settings = _kiosk_settings(args) if args.kiosk else None
    return ServeOptions(
        host=args.host,
        port=args.port,
        max_sessions=args.max_sessions,
        public_url=public_url,
        content=args.content,
        high_contrast=args.high_contrast,
        kiosk_settings=settings.model_dump_json(exclude={"pin_hash"}) if settings else None,
        language=_default_language(args, settings),
    )


def _kiosk_settings(args: argparse.Namespace) -> KioskSettings:
    from laser_tui.cli.kiosk_commands import kiosk_settings
    from laser_tui.kiosk.handover_store import store_for

    settings = kiosk_settings(args)
    store_for(settings).prepare()  # each session reaches the same store: told once, here
    return settings


def _default_language(args: argparse.Namespace, settings: KioskSettings | None) -> str:
    """The language of a page that asks for none: `serve --lang`, else the kiosk's (its
    configuration's language), else the one laser-tui shows (from the environment)."""
    from laser_tui.language.catalogue import current

    if args.lang is not None:
        return str(args.lang)
    return settings.language if settings is not None else current()


def run_serve(args: argparse.Namespace) -> int:
    """Check everything, then serve until stopped; the exit code."""
    from laser_tui.files.toml_io import load_content
    from laser_tui.model.problems import InputProblem

    load_content(args.content)  # a problem with it is told now, not once per browser tab
    options = serve_options(args)
    try:
        from laser_tui.web.server import LaserServer
    except ImportError:
        raise InputProblem([_(MISSING_EXTRA)]) from None
    LaserServer(options).serve()
    return 0
