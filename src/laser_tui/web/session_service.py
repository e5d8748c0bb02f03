"""One browser session's process, which always ends: told to quit, then killed if it does not.

textual-serve's AppService asks the app to quit and waits for ever; an app whose input is
stuck never hears it, and its process outlives the tab. Here ``stop`` (which any number of
callers may await) asks, waits ``QUIT_SECONDS``, then kills the process and waits for it.
"""

from __future__ import annotations

import asyncio
import contextlib

from textual_serve.app_service import AppService

QUIT_SECONDS = 3.0
"""How long a session may take to end once its tab has closed, before it is killed."""


class SessionService(AppService):
    """AppService whose ``stop`` returns only once the session's process has ended."""

    _stopping: asyncio.Task[None] | None = None

    async def stop(self) -> None:
        """End the session's process (asking first); returns once it has ended."""
        if self._stopping is None:
            self._stopping = asyncio.create_task(self._stop())
        await asyncio.shield(self._stopping)

    def kill(self) -> None:
        """End the session's process at once."""
        process = self._process
        if process is not None and process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                process.kill()

    async def _stop(self) -> None:
        process = self._process
        if process is None:
            return
        await self._download_manager.cancel_app_downloads(app_service_id=self.app_service_id)
        try:
            async with asyncio.timeout(QUIT_SECONDS):
                await self.send_meta({"type": "quit"})
                await process.wait()
        except TimeoutError:
            self.kill()
            await process.wait()
        if self._task is not None:  # its output ends with the process
            with contextlib.suppress(TimeoutError, asyncio.CancelledError):
                async with asyncio.timeout(QUIT_SECONDS):
                    await self._task
            self._task.cancel()
