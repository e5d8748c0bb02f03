"""One browser session: `python -m laser_tui.web.session`, started by `laser-tui serve`.

The server starts this once per browser connection, under textual-serve's web driver; it
builds the app in web-session mode (or the kiosk) and exits with the app.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from laser_tui.language.catalogue import ENGLISH, available, use

WEB_DRIVER = "textual.drivers.web_driver:WebDriver"
PR_SET_PDEATHSIG = 1
"""prctl(2): the signal a process gets when its parent ends."""


def build_parser() -> argparse.ArgumentParser:
    """The session's arguments, as `laser-tui serve` passes them."""
    parser = argparse.ArgumentParser(prog="python -m laser_tui.web.session")
    parser.add_argument("--content", type=Path, metavar="PATH")
    parser.add_argument("--high-contrast", action="store_true")
    parser.add_argument("--lang", choices=available(), default=ENGLISH, metavar="LANGUAGE")
    parser.add_argument(
        "--kiosk-settings", metavar="JSON", help="run the kiosk with these settings"
    )
    return parser


def end_with_the_server() -> None:
    """Ask Linux for SIGKILL when the server (the parent) ends, however it ends: a session
    whose app is stuck would never act on a signal it could catch."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() == 1:  # the server ended before the request took effect
        os.kill(os.getpid(), signal.SIGKILL)


def main(argv: list[str] | None = None) -> int:
    """Run one session; one line on stderr and exit code 2 when it cannot start."""
    args = build_parser().parse_args(argv)
    if os.environ.get("TEXTUAL_DRIVER") != WEB_DRIVER:
        print("this is started by laser-tui serve for each browser session", file=sys.stderr)
        return 2
    end_with_the_server()
    use(args.lang)
    from laser_tui.files.toml_io import load_content
    from laser_tui.model.problems import InputProblem

    try:
        content = load_content(args.content)
    except InputProblem as problem:
        print(" ".join(problem.lines), file=sys.stderr)
        return 2
    if args.kiosk_settings is not None:
        from laser_tui.kiosk.settings import KioskSettings
        from laser_tui.web.kiosk_app import WebKioskApp

        settings = KioskSettings.model_validate_json(args.kiosk_settings)
        try:
            app: WebKioskApp | WebSessionApp = WebKioskApp(
                content,
                settings,
                args.high_contrast,
                content_path=args.content,
                language=args.lang,
            )
        except InputProblem as problem:  # the store's extra or password, gone since the start
            print(" ".join(problem.lines), file=sys.stderr)
            return 2
    else:
        from laser_tui.web.session_app import WebSessionApp

        app = WebSessionApp(content, high_contrast=args.high_contrast, content_path=args.content)
    from laser_tui.web.driver import SteadyWebDriver

    app.driver_class = SteadyWebDriver
    app.run()
    return app.return_code or 0


if __name__ == "__main__":
    sys.exit(main())
