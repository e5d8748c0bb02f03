"""Only the staff exit ends with status 0: a crash never looks like success, and a kiosk whose
app fails is logged (where, never what was answered) and comes back on its welcome screen."""

from __future__ import annotations

from pathlib import Path

from laser_tui.app import LaserApp
from laser_tui.kiosk.app import KioskApp
from laser_tui.kiosk.runner import MAX_ERRORS, serve
from laser_tui.model.content import Content
from laser_tui.terminal.run import run_on_terminal
from support.kiosk import kiosk_settings

SECRET = "an answer nobody may log 5e1f"


class PanickingApp(LaserApp):
    """Ends the way Textual ends when its input thread dies: a panic, no return code."""

    def on_mount(self) -> None:
        self.call_later(self.panic, "the input thread died")


def test_a_panic_is_not_success(content: Content) -> None:
    assert run_on_terminal(PanickingApp(content), headless=True) == 1


def test_quitting_the_ordinary_app_is_success(content: Content) -> None:
    class Quitting(LaserApp):
        def on_mount(self) -> None:
            self.call_later(self.exit)

    assert run_on_terminal(Quitting(content), headless=True) == 0


class FailingKiosk(KioskApp):
    """A kiosk that fails in the middle of a session, with an answer in the error's message."""

    def on_mount(self) -> None:
        super().on_mount()
        self.call_later(self._fail)

    async def _fail(self) -> None:
        await self.start_session()
        raise RuntimeError(SECRET)


class QuittingKiosk(KioskApp):
    """A kiosk that ends with status 0 although staff never gave the PIN."""

    def on_mount(self) -> None:
        super().on_mount()
        self.call_later(self.exit, None, 0)


def test_a_failing_kiosk_is_logged_restarted_then_ends_not_zero(
    content: Content, tmp_path: Path
) -> None:
    settings = kiosk_settings(tmp_path)
    made: list[KioskApp] = []

    def make() -> KioskApp:
        made.append(FailingKiosk(content, settings))
        return made[-1]

    status = serve(make, settings.log_file, headless=True)
    assert status != 0
    assert len(made) == MAX_ERRORS, "each failure brings a fresh kiosk, until too many"
    log = settings.log_file.read_text()
    assert log.count("ended unexpectedly") == MAX_ERRORS
    assert "RuntimeError" in log and "_fail" in log, "the log says where"
    assert SECRET not in log, "but never what"
    assert oct(settings.log_file.stat().st_mode & 0o777) == "0o600"


def test_only_the_staff_exit_ends_a_kiosk_with_0(content: Content, tmp_path: Path) -> None:
    settings = kiosk_settings(tmp_path)
    assert serve(lambda: QuittingKiosk(content, settings), settings.log_file, headless=True) == 1
