"""The driver of one browser session: Textual's WebDriver with the terminal's hardened input.

Textual's WebDriver reads the keys the browser sends with Textual's own parser (one key code
beyond Unicode, ``ESC[1114112u``, ends its input for good; five typed keys start a paste that
never ends) and takes any size the server passes on. This one parses through SteadyInput,
clamps sizes, and ends the app when the server stops writing to it.
"""

from __future__ import annotations

from textual import log
from textual.drivers.web_driver import WebDriver, _ExitInput
from textual.messages import ExitApp

from laser_tui.terminal.deadline import exit_within
from laser_tui.terminal.steady_input import (
    InputPacer,
    SteadyInput,
    SteadyInputDriver,
    asks_for_paste,
)
from laser_tui.web.limits import clamp_size
from laser_tui.web.packets import PacketReader

READ_BYTES = 4096
"""Keys are parsed this many bytes at a time, however many the page sent at once."""
SERVER_GONE = 1
"""The exit status of a session whose server stopped writing to it."""


class SteadyWebDriver(SteadyInputDriver, WebDriver):
    """WebDriver whose input cannot kill or deafen the app, and whose size stays bounded."""

    def run_input_thread(self) -> None:
        """Read the server's packets: keys through SteadyInput, meta as Textual does."""
        self._input = steady = SteadyInput(paste=asks_for_paste(self._app))
        pacer = InputPacer(self._app, self.exit_event)
        packets = PacketReader()
        try:
            for data in self._input_reader:
                if data:
                    for packet_type, payload in packets.feed(data):
                        if packet_type == "D":
                            for start in range(0, len(payload), READ_BYTES):
                                messages = steady.feed(payload[start : start + READ_BYTES])
                                for message in messages:
                                    self.process_message(message)
                                pacer.passed(len(messages))
                        else:
                            self._on_meta(packet_type, payload)
                for message in steady.tick():
                    self.process_message(message)
        except _ExitInput:
            return
        except Exception as error:  # a malformed packet from the server: the session ends
            log.error(f"input from the server failed: {error!r}")
        finally:
            self._input_reader.close()
        if not self.exit_event.is_set():  # the server is gone, or sent nonsense
            self._app.post_message(ExitApp())
            exit_within(SERVER_GONE)

    def on_meta(self, packet_type: str, payload: dict[str, object]) -> None:
        """Meta from the server, with any size clamped."""
        if packet_type == "resize":
            width, height = self._size or (80, 24)
            payload = {
                "width": clamp_size(payload.get("width"), width),
                "height": clamp_size(payload.get("height"), height),
            }
        super().on_meta(packet_type, payload)
