"""No input ends or breaks a real kiosk, and no terminal keeps it from ending.

Bytes go into a real pseudo-terminal running `laser-tui --kiosk`, through Textual's driver and
parser as a keyboard, a scanner or a person typing escape sequences by hand would send them.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
import textual
from textual import events
from textual.app import App

from laser_tui.files.toml_io import load_content
from laser_tui.terminal import parser
from support.corpus import KEYSTROKES
from support.kiosk import READY, PtyKiosk

INVALID_UTF8 = [
    b"\xff",
    b"\xc3",
    b"\x80",
    b"\xfe",
    b"\xed\xa0\x80",
    b"\xc0\xaf",
    b"\xe0\x80\xaf",
    b"\xf4\x90\x80\x80",
    b"\xf8\x88\x80\x80\x80",
    b"\xc3\x28",
    b"\xe2\x28\xa1",
    b"\xf0\x28\x8c\x28",
]
OVERSIZED_CODES = [
    b"\x1b[1114112u",
    b"\x1b[2147483648u",
    b"\x1b[1114112~",
    b"\x1b[2147483648A",
    b"\x1b[99999999999999999999;5u",
    b"\x1b[97;1;1114112u",
]
RESIZE_REPORTS = [b"\x1b[48;24;40;0;0t", b"\x1b[48;1;1;0;0t"]
ENDS_WITHIN = 12.0
"""Seconds within which a signal or a closed terminal must end the process: inside systemd's
15 s stop timeout, with room for a loaded machine."""


def test_the_textual_internals_relied_on_are_the_ones_read() -> None:
    """laser_tui.terminal.parser subclasses Textual's private XTermParser and the kiosk
    overrides App._handle_exception: both were read in Textual 8.2.8. Upgrading Textual means
    reading them again, then moving this pin."""
    assert textual.__version__.startswith("8.2."), textual.__version__
    assert callable(parser.XTermParser._parse_extended_key)
    assert callable(App._handle_exception)


def start(tmp_path: Path) -> PtyKiosk:
    kiosk = PtyKiosk(tmp_path)
    kiosk.wait_for(READY)
    return kiosk


def test_no_bytes_end_or_break_the_kiosk(tmp_path: Path) -> None:
    kiosk = start(tmp_path)
    try:
        for data in [*INVALID_UTF8, *OVERSIZED_CODES, *RESIZE_REPORTS]:
            kiosk.send(data)
            assert kiosk.process.poll() is None, f"{data!r} ended the kiosk"
        kiosk.send(b"\x1b[")  # alt+[, then a long number typed by hand
        for key in b"2222222u":
            os.write(kiosk.master, bytes([key]))
            time.sleep(0.02)
        kiosk.send(b"\x1b[" + b"9" * 100_000 + b"u")
        kiosk.send(b" ")  # a session, then a burst of clicks all over its screens
        clicks = b"".join(
            b"\x1b[<0;%d;%dM\x1b[<0;%d;%dm" % (x, y, x, y)
            for x in range(1, 100, 7)
            for y in range(1, 30, 3)
        )
        kiosk.send(clicks)
        for rows, columns in [(10, 30), (50, 200), (24, 80), (1, 1), (30, 100)] * 2:
            kiosk.resize(rows, columns)
        # The kiosk takes no pastes: 20,000 typed keys (a 100 kB one cost 35 s of processor).
        kiosk.send(b"\x1b[200~" + b"x" * 20_000 + b"\x1b[201~")
        assert kiosk.process.poll() is None
        kiosk.forget()
        # The clicks may have opened any screen, even the hand-over code, which takes no key
        # for its first seconds; 20,000 keys and a resize storm take a while on a loaded
        # machine. So: Esc, Esc, Ctrl+R, y (start over wherever it is), l (the checklist),
        # again until the checklist shows, for up to two minutes.
        checklist = f"0 of {len(load_content().criteria)} differences count for you"
        for _ in range(8):
            kiosk.type("\x1b\x1b\x12yl")
            if kiosk.shows(checklist, 15):
                break
        else:
            pytest.fail(f"{checklist!r} never appeared")
        assert "Please enlarge" not in kiosk.output, "a typed size report resized the app"
        code = kiosk.end(signal.SIGTERM)
    finally:
        kiosk.kill()
    assert code == 128 + signal.SIGTERM
    assert "Traceback" not in kiosk.output
    assert not kiosk.log.exists(), kiosk.log.read_text()


def test_a_closed_terminal_ends_the_kiosk_while_it_writes(tmp_path: Path) -> None:
    kiosk = start(tmp_path)
    try:
        kiosk.type(" ")
        for _ in range(20):
            os.write(kiosk.master, b"l\t\x1b1w")
        os.close(kiosk.master)
        code = kiosk.ended_within(ENDS_WITHIN)
    finally:
        kiosk.kill()
    assert code is not None, "the kiosk outlived its closed terminal"
    assert code != 0


def test_sigterm_ends_the_kiosk_when_nobody_reads_the_terminal(tmp_path: Path) -> None:
    kiosk = start(tmp_path)
    try:
        kiosk.type(" ")
        for _ in range(200):  # screens change; nobody reads what the kiosk draws
            os.write(kiosk.master, b"lwoc12\x1b")
        time.sleep(2)
        kiosk.process.send_signal(signal.SIGTERM)
        code = kiosk.ended_within(ENDS_WITHIN)
    finally:
        kiosk.kill()
        os.close(kiosk.master)
    assert code == 128 + signal.SIGTERM, "SIGTERM waited on the terminal"


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_ends_the_kiosk_in_seconds(tmp_path: Path, signum: int) -> None:
    kiosk = start(tmp_path)
    try:
        kiosk.type(" l")
        began = time.monotonic()
        code = kiosk.end(signum)
    finally:
        kiosk.kill()
    assert code == 128 + signum
    assert time.monotonic() - began < ENDS_WITHIN


def test_a_typed_size_report_then_a_click_is_an_ordinary_click() -> None:
    steady = parser.SteadyParser()
    [report] = steady.feed("\x1b[48;24;40;0;0t")
    [down, _up] = steady.feed("\x1b[<0;10;5M\x1b[<0;10;5m")
    assert isinstance(down, events.MouseDown) and (down.x, down.y) == (9, 4)
    assert isinstance(report, events.Resize), "the driver drops it"


def test_codes_beyond_unicode_are_dropped_keys() -> None:
    for code in OVERSIZED_CODES:
        keys = list(parser.SteadyParser().feed(code.decode()))
        assert [key.key for key in keys if isinstance(key, events.Key)] == [parser.DROPPED_KEY]


def test_five_typed_keys_that_start_a_paste_leave_the_kiosk_listening(tmp_path: Path) -> None:
    """Alt+[, 2, 0, 0, ~ typed one by one: the kiosk asked for no paste, so the next keys work,
    "press any key" and the staff exit (Ctrl+X) alike."""
    kiosk = start(tmp_path)
    try:
        for key in KEYSTROKES["typed_paste_start"]:
            kiosk.send(key)
        kiosk.type(" l")
        kiosk.wait_for(f"0 of {len(load_content().criteria)} differences count for you")
        kiosk.type("\x18")
        kiosk.wait_for("Staff only: leave kiosk mode")
        assert kiosk.process.poll() is None
    finally:
        kiosk.kill()


def test_no_keys_typed_leave_the_kiosk_deaf(tmp_path: Path) -> None:
    """Each of the corpus's keystrokes, then "l" opens the checklist and "h" goes home."""
    kiosk = start(tmp_path)
    try:
        kiosk.type(" ")
        for name, keys in KEYSTROKES.items():
            for key in keys:
                kiosk.send(key)
            kiosk.forget()
            kiosk.type("l")
            assert kiosk.shows("count for you"), f"deaf after {name}"
            kiosk.forget()
            kiosk.type("h")
            assert kiosk.shows("Start over"), f"not home after {name}"
    finally:
        kiosk.kill()


def test_the_idle_wipe_forgets_a_half_typed_sequence(tmp_path: Path) -> None:
    """Alt+[ and 2 typed, then nothing: after the wipe, the next person's Space starts a
    session (it is not held as more of that sequence)."""
    kiosk = PtyKiosk(tmp_path, "--idle-timeout", "2", "--idle-warning", "1")
    try:
        kiosk.wait_for(READY)
        kiosk.type(" l")
        kiosk.wait_for("count for you")
        kiosk.forget()
        kiosk.send(b"\x1b[2")
        kiosk.wait_for(READY)
        kiosk.forget()
        kiosk.type(" ")
        kiosk.wait_for("Start over")
    finally:
        kiosk.kill()
