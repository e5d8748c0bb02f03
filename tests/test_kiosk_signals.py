"""SIGTERM and a hang-up (SIGHUP) end a real kiosk process cleanly, with no partial file."""

from __future__ import annotations

import signal
import tomllib
from pathlib import Path

import pytest

from support.kiosk import READY, STAFF_PIN, PtyKiosk


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_ends_the_kiosk_cleanly_and_keeps_whole_files(tmp_path: Path, signum: int) -> None:
    kiosk = PtyKiosk(tmp_path)
    try:
        kiosk.wait_for(READY)
        kiosk.type(" wg\r")
        kiosk.wait_for("Your code for the clinician")
        code = kiosk.end(signum)
    finally:
        kiosk.kill()
    assert code == 128 + signum
    assert "Traceback" not in kiosk.output
    assert "\x1b[?1049l" in kiosk.output, "the terminal's normal screen is restored"
    files = sorted(kiosk.handover.iterdir())
    assert [f.suffix for f in files] == [".toml"], "one whole hand-over, no temporary file"
    assert tomllib.loads(files[0].read_text())


def _stopped(pid: int) -> bool:
    """Whether process ``pid`` is stopped (state T), as ``ps`` would say."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    return stat.rsplit(")", 1)[1].split()[0] in ("T", "t")


@pytest.mark.parametrize(
    "signum", [signal.SIGTSTP, signal.SIGTTIN, signal.SIGTTOU], ids=lambda signum: signum.name
)
def test_signals_that_stop_a_process_do_not_stop_the_kiosk(tmp_path: Path, signum: int) -> None:
    kiosk = PtyKiosk(tmp_path, own_group=True)
    try:
        kiosk.wait_for(READY)
        kiosk.process.send_signal(signum)
        kiosk.type("\x18")
        assert not _stopped(kiosk.process.pid)
        kiosk.wait_for("Staff only")
        assert kiosk.process.poll() is None
    finally:
        if kiosk.process.poll() is None:
            kiosk.process.send_signal(signal.SIGCONT)
        kiosk.kill()
    assert "Traceback" not in kiosk.output


def test_the_staff_pin_ends_the_process_with_code_0(tmp_path: Path) -> None:
    kiosk = PtyKiosk(tmp_path)
    try:
        kiosk.wait_for(READY)
        kiosk.type("\x18")
        kiosk.wait_for("Staff only")
        kiosk.type(STAFF_PIN + "\r")
        assert kiosk.process.wait(timeout=20) == 0
    finally:
        kiosk.kill()
