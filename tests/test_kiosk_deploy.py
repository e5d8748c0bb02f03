"""The sample deployment files in deploy/ say what the kiosk page (docs/kiosk.md) promises."""

from __future__ import annotations

import configparser
from pathlib import Path

from laser_tui.kiosk.settings import load_settings

DEPLOY = Path(__file__).resolve().parents[1] / "deploy"


def test_the_sample_kiosk_config_is_valid_and_keeps_wcag_timing() -> None:
    settings = load_settings(DEPLOY / "kiosk.toml", must_exist=True)
    assert settings.idle_warning >= 20
    assert settings.handover_dir == Path("/var/lib/laser-kiosk/handover")
    assert settings.pin_hash is None, "a PIN is set on each machine, never shipped"


def test_the_sample_unit_restarts_a_restricted_kiosk_on_a_console() -> None:
    unit = configparser.ConfigParser(interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(DEPLOY / "laser-tui-kiosk.service")
    service = unit["Service"]
    assert service["Restart"] == "always"
    assert service["RestartPreventExitStatus"] == "0", "the staff exit stays out"
    assert set(service["SuccessExitStatus"].split()) == {"129", "143"}
    assert service["User"] == "laser-kiosk" and service["NoNewPrivileges"] == "yes"
    assert service["TTYPath"] == "/dev/tty1" and service["StandardInput"] == "tty-force"
    assert "--kiosk" in service["ExecStart"].split()
    assert "getty@tty1.service" in unit["Unit"]["Conflicts"]
