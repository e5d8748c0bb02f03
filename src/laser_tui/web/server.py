"""The web server behind `laser-tui serve`: textual-serve with the guards it lacks.

Each websocket connection runs one session process (``laser_tui.web.session``). Added to
textual-serve: a page that loads nothing from another host, a limit on session processes at
once (a closed tab's counts until its process has ended), an Origin check, security headers,
messages from the page checked and sizes clamped, and a stop that ends every session in time.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from functools import partial
from pathlib import Path
from typing import Any

import aiohttp_jinja2
import jinja2
import textual_serve
from aiohttp import WSCloseCode, web
from textual_serve.server import Server

from laser_tui.language.in_each import in_language
from laser_tui.web.limits import clamp_size
from laser_tui.web.options import ServeOptions, origin_of
from laser_tui.web.page_messages import forward_messages
from laser_tui.web.page_words import BUSY, STOPPING, WRONG_ORIGIN, page_language, page_words
from laser_tui.web.session_service import QUIT_SECONDS, SessionService

log = logging.getLogger("laser-tui.serve")

HERE = Path(__file__).parent
TEXTUAL_SERVE_STATIC = Path(textual_serve.__file__).parent / "static"
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'none'"
)
"""Nothing from another host; xterm.js sets inline styles, so those are allowed."""
SHUTDOWN_SECONDS = QUIT_SECONDS + 2
"""How long a stop waits for the sessions to end before it kills what is left."""
STOP_SECONDS = 12.0
"""The longest a whole stop may take (the unit's TimeoutStopSec is 15)."""


def _size(request: web.Request, name: str, default: int) -> int:
    return clamp_size(request.query.get(name, default), default)


async def _security_headers(request: web.Request, response: web.StreamResponse) -> None:
    """No outside content, no framing, and pages and downloads never cached."""
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "no-referrer")
    if not request.path.startswith(("/static/", "/laser-static/")):
        headers["Cache-Control"] = "no-store"


class LaserServer(Server):
    """textual-serve's server for laser-tui, one session process per browser connection."""

    def __init__(self, options: ServeOptions) -> None:
        super().__init__(
            options.session_command(),
            host=options.host,
            port=options.port,
            title="laser-tui",
            public_url=options.public_url,
            statics_path=TEXTUAL_SERVE_STATIC,
            templates_path=HERE / "templates",
        )
        self.options = options
        self.sessions: dict[web.WebSocketResponse, str] = {}
        """The open tabs, and the language of each."""
        self.services: set[SessionService] = set()
        """The session processes not yet ended (a closed tab's may take a moment to end):
        these count against the limit."""
        self.allowed_origins = options.allowed_origins(options.port)

    async def _make_app(self) -> web.Application:
        """The routes: the page, its websocket, downloads and the static files."""
        app = web.Application()
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path))
        app.add_routes(
            [
                web.get("/", self.handle_index, name="index"),
                web.get("/ws", self.handle_websocket, name="websocket"),
                web.get("/download/{key}", self.handle_download, name="download"),
                web.static("/static", self.statics_path, name="static"),
                web.static("/laser-static", HERE / "static", name="page-static"),
            ]
        )
        app.on_response_prepare.append(_security_headers)
        app.on_shutdown.append(self.on_shutdown)
        return app

    def busy_message(self, language: str) -> str | None:
        """Why a new session cannot start now (in ``language``), or None when it can."""
        limit = self.options.max_sessions
        return in_language(language, BUSY, limit=limit) if len(self.services) >= limit else None

    async def handle_index(self, request: web.Request) -> web.Response:
        """The page (in the language its address asks for): the terminal, or a message when
        every session is in use."""
        language = page_language(request.query, self.options.language)
        busy = self.busy_message(language)
        asked = request.query.get("fontsize", "")
        context: dict[str, Any] = {
            "lang": language,
            "words": page_words(language),
            "busy": busy,
            "font_size": _size(request, "fontsize", 16) if asked else 16,
            "fit_font": not asked,
        }
        status = 503 if busy else 200
        return aiohttp_jinja2.render_template("index.html", request, context, status=status)

    def refusal(self, request: web.Request, language: str) -> tuple[WSCloseCode, str] | None:
        """Why this websocket connection is refused (close code and message in ``language``),
        or None."""
        origin = origin_of(request.headers.get("Origin", ""))
        if origin not in self.allowed_origins:
            log.warning("refused a session from origin %r", request.headers.get("Origin"))
            return WSCloseCode.POLICY_VIOLATION, in_language(language, WRONG_ORIGIN)
        busy = self.busy_message(language)
        if busy:
            log.warning("refused a session: %d sessions already", len(self.services))
            return WSCloseCode.TRY_AGAIN_LATER, busy
        return None

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """Run one session (in the language its page asked for) for as long as its browser tab
        is connected."""
        language = page_language(request.query, self.options.language)
        websocket = web.WebSocketResponse(heartbeat=15)
        await websocket.prepare(request)
        refused = self.refusal(request, language)
        if refused is not None:
            code, message = refused
            await websocket.close(code=code, message=message.encode())
            return websocket
        service = SessionService(
            self.options.session_command(language),
            write_bytes=websocket.send_bytes,
            write_str=websocket.send_str,
            close=partial(self._close, websocket),
            download_manager=self.download_manager,
        )
        self.services.add(service)  # no await since the check: no race with another tab
        self.sessions[websocket] = language
        try:
            size = (_size(request, "width", 80), _size(request, "height", 24))
            await service.start(*size)
            await forward_messages(websocket, service, size)
        except asyncio.CancelledError:
            pass
        except Exception:
            log.exception("a session ended with an error")
        finally:
            self.sessions.pop(websocket, None)
            try:
                await websocket.close()
                await service.stop()
            finally:
                self.services.discard(service)
        return websocket

    @staticmethod
    async def _close(websocket: web.WebSocketResponse) -> None:
        await websocket.close()

    async def on_shutdown(self, app: web.Application) -> None:
        """Tell every open tab that the server stops, and wait (a while) for their sessions."""
        for websocket, language in list(self.sessions.items()):
            stopping = in_language(language, STOPPING)
            await websocket.close(code=WSCloseCode.GOING_AWAY, message=stopping.encode())
        deadline = asyncio.get_running_loop().time() + SHUTDOWN_SECONDS
        while self.services and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.05)
        self.kill_sessions()

    def kill_sessions(self) -> None:
        """End every session process still running, at once."""
        for service in list(self.services):
            service.kill()

    def serve(self, debug: bool = False) -> None:
        """Serve until SIGINT or SIGTERM, then end every session."""
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
        asyncio.run(self._serve())

    async def _serve(self) -> None:
        runner = web.AppRunner(
            await self._make_app(), access_log=None, shutdown_timeout=SHUTDOWN_SECONDS
        )
        await runner.setup()
        await web.TCPSite(runner, self.host, self.port).start()
        port = int(runner.addresses[0][1])
        self.allowed_origins = self.options.allowed_origins(port)
        for line in self.options.listening_lines(port):
            print(line, flush=True)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        await stop.wait()
        print(f"laser-tui serve: stopping; ending {len(self.services)} sessions", flush=True)
        try:
            async with asyncio.timeout(STOP_SECONDS):
                await runner.cleanup()
        except TimeoutError:
            log.warning("the stop took more than %.0f s; ending what is left", STOP_SECONDS)
        finally:
            self.kill_sessions()
