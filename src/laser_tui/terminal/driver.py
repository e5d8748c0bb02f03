"""A Linux driver that no input can kill and no terminal can hang.

Textual's LinuxDriver decodes input as strict UTF-8 and trusts its parser, so one invalid byte
or one key code beyond Unicode ends the input thread and the app; a typed window-size report
(``ESC[48;24;40;0;0t``) resizes the app to whatever it says; and a terminal nobody reads stops
shutdown for ever. This driver decodes with replacement, drops out-of-range codes and overlong
sequences, takes the size only from the kernel (SIGWINCH, never from reports in the input),
writes through a TerminalWriter that gives up on a stalled terminal, and treats the end of
input (a closed terminal) as a hang-up.
"""

from __future__ import annotations

import os
import selectors
import signal
import sys
from codecs import getincrementaldecoder

from textual import events
from textual.drivers.linux_driver import LinuxDriver
from textual.message import Message
from textual.messages import InBandWindowResize

from laser_tui.terminal.input_filter import InputFilter
from laser_tui.terminal.parser import DROPPED_KEY, SteadyParser
from laser_tui.terminal.writer import TerminalWriter

READ_BYTES = 4096


class SteadyDriver(LinuxDriver):
    """LinuxDriver with input that cannot kill it and output that cannot block it."""

    _writer: TerminalWriter | None = None

    def start_application_mode(self) -> None:
        """Start writing through a TerminalWriter, then enter application mode as Textual does."""
        stream = sys.__stderr__
        assert stream is not None, "a terminal app needs a terminal"
        self._writer = TerminalWriter(stream.fileno(), stream.encoding or "utf-8")
        self._writer.start()
        super().start_application_mode()  # type: ignore[no-untyped-call]

    def write(self, data: str) -> None:
        """Queue ``data`` for the terminal (dropped once the terminal is gone)."""
        if self._writer is not None:
            self._writer.write(data)

    def close(self) -> None:
        """Stop writing, never waiting long on the terminal."""
        super().close()
        if self._writer is not None:
            self._writer.stop()

    def run_input_thread(self) -> None:
        """Read, decode with replacement and parse input until told to stop or input ends."""
        selector = selectors.SelectSelector()
        selector.register(self.fileno, selectors.EVENT_READ)
        parser = SteadyParser()
        steady = InputFilter().feed
        decode = getincrementaldecoder("utf-8")(errors="replace").decode
        try:
            while not self.exit_event.is_set():
                for _key, mask in selector.select(0.1):
                    if not mask & selectors.EVENT_READ:
                        continue
                    try:
                        data = os.read(self.fileno, READ_BYTES)
                    except OSError:
                        data = b""
                    if not data:
                        if self.input_tty:
                            self._hang_up()
                        return  # (input from a pipe or /dev/null just ends)
                    # An empty feed would tell the parser the input has ended.
                    if text := steady(decode(data)):
                        for message in parser.feed(text):
                            self.process_message(message)
                for message in parser.tick():
                    self.process_message(message)
        finally:
            selector.close()

    def _hang_up(self) -> None:
        """The terminal closed: end as on a hang-up, without writing to it again."""
        if self._writer is not None:
            self._writer.gone.set()
        os.kill(os.getpid(), signal.SIGHUP)

    def process_message(self, message: Message) -> None:
        """Pass on input, except dropped codes and size reports from the input stream."""
        if isinstance(message, events.Resize | InBandWindowResize):
            return
        if isinstance(message, events.Key) and message.key == DROPPED_KEY:
            return
        super().process_message(message)
