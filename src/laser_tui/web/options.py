"""What `laser-tui serve` was asked for: address, sessions, public URL, allowed origins.

Pure: imports neither Textual nor the web server, so it is cheap to test.
"""

from __future__ import annotations

import ipaddress
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from laser_tui.language.catalogue import ENGLISH, _
from laser_tui.model.problems import InputProblem

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_MAX_SESSIONS = 20
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")
DEFAULT_PORTS = {"http": 80, "https": 443}


def is_loopback(host: str) -> bool:
    """Whether ``host`` is reachable from this machine only."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def origin_of(url: str) -> str | None:
    """``scheme://host[:port]`` of a URL (the default port left out), or None if it has none."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    if scheme not in DEFAULT_PORTS or not host:
        return None
    if ":" in host:
        host = f"[{host}]"
    shown_port = "" if port in (None, DEFAULT_PORTS[scheme]) else f":{port}"
    return f"{scheme}://{host}{shown_port}"


def check_public_url(url: str) -> str:
    """The public URL without a trailing slash; InputProblem if it is not an http(s) root."""
    origin = origin_of(url)
    path = urlsplit(url.strip()).path
    if origin is None or path not in ("", "/"):
        raise InputProblem(
            [
                _(
                    "--public-url {url}: give the address people open, such as "
                    "https://aid.example-clinic.org (http or https, no path)",
                    url=repr(url),
                )
            ]
        )
    return origin


@dataclass(frozen=True)
class ServeOptions:
    """Everything the server needs; ``kiosk_settings`` is the kiosk's settings as JSON."""

    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    max_sessions: int = DEFAULT_MAX_SESSIONS
    public_url: str | None = None
    content: Path | None = None
    high_contrast: bool = False
    kiosk_settings: str | None = None
    language: str = ENGLISH
    """The language of a page that asks for none (``?lang=``), and of its session."""

    def session_command(self, language: str | None = None) -> str:
        """The shell command that runs one browser session in ``language`` (by default the
        server's): textual-serve runs it per tab."""
        argv = [sys.executable, "-m", "laser_tui.web.session", "--lang", language or self.language]
        if self.content is not None:
            argv += ["--content", str(self.content.resolve())]
        if self.high_contrast:
            argv.append("--high-contrast")
        if self.kiosk_settings is not None:
            argv += ["--kiosk-settings", self.kiosk_settings]
        return "exec " + shlex.join(argv)  # the shell becomes the session: one process

    def allowed_origins(self, port: int) -> frozenset[str]:
        """The page origins whose websocket connections are accepted, given the bound port.

        The public URL's origin, and the listening address itself; on a loopback address also
        the other names of this machine (localhost, 127.0.0.1, [::1]). A name that merely
        resolves here (DNS rebinding) is refused.
        """
        host = f"[{self.host}]" if ":" in self.host else self.host
        hosts = {host, *LOOPBACK_NAMES} if is_loopback(self.host) else {host}
        origins = {origin_of(f"http://{name}:{port}") for name in hosts}
        if self.public_url is not None:
            origins.add(origin_of(self.public_url))
        return frozenset(origin for origin in origins if origin is not None)

    def local_url(self, port: int) -> str:
        """The address to open on this machine, or the public URL when there is one."""
        if self.public_url is not None:
            return self.public_url
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{port}"

    def listening_lines(self, port: int) -> list[str]:
        """What the server says when it starts: where, and a warning off loopback."""
        shown = f"[{self.host}]" if ":" in self.host else self.host
        # Always in English: the line scripts (and the tests) read to find the port.
        mode = "the kiosk" if self.kiosk_settings is not None else "the decision aid"
        where = f"laser-tui serve: listening on {shown}:{port}"
        lines = [f"{where}, serving {mode}; open {self.local_url(port)}"]
        if is_loopback(self.host):
            lines.append(_("Only this machine can connect (use --host to listen elsewhere)."))
        else:
            lines.append(
                _(
                    "WARNING: {host} is reachable from other machines and laser-tui serve has "
                    "no login: put it behind the reverse proxy in deploy/ (TLS, password).",
                    host=shown,
                )
            )
        lines.append(
            _("At most {count} sessions at once. Stop with Ctrl+C.", count=self.max_sessions)
        )
        return lines
