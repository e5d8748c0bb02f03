"""A Linux driver that no input can kill and no terminal can hang.

Textual's LinuxDriver decodes input as strict UTF-8 and trusts its parser, so one invalid byte
or one key code beyond Unicode ends the input thread and the app; a typed window-size report
(``ESC[48;24;40;0;0t``) resizes the app to whatever it says; and a terminal nobody reads stops
shutdown for ever. This driver decodes with replacement, drops out-of-range codes and overlong
sequences, ends a paste that lasts too long and ignores one not asked for (``input_filter``),
takes the size only from the kernel (SIGWINCH, never from reports in the input), writes
through a TerminalWriter that gives up on a stalled terminal, and treats the end of input (a
closed terminal) as a hang-up.
"""

from __future__ import annotations

import os
import selectors
import signal
import sys

from textual.drivers.linux_driver import LinuxDriver

from laser_tui.terminal.steady_input import (
    InputPacer,
    SteadyInput,
    SteadyInputDriver,
    asks_for_paste,
)
from laser_tui.terminal.writer import TerminalWriter

READ_BYTES = 4096


class SteadyDriver(SteadyInputDriver, LinuxDriver):
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
        self._input = steady = SteadyInput(paste=asks_for_paste(self._app))
        pacer = InputPacer(self._app, self.exit_event)
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
                    messages = steady.feed(data)
                    for message in messages:
                        self.process_message(message)
                    pacer.passed(len(messages))
                for message in steady.tick():
                    self.process_message(message)
        finally:
            selector.close()

    def _hang_up(self) -> None:
        """The terminal closed: end as on a hang-up, without writing to it again."""
        if self._writer is not None:
            self._writer.gone.set()
        os.kill(os.getpid(), signal.SIGHUP)
