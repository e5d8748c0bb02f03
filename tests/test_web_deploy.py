"""The sample web deployment in deploy/ does what the web page (docs/web.md) promises."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

DEPLOY = Path(__file__).resolve().parents[1] / "deploy"


def test_the_web_unit_runs_on_loopback_as_its_own_user_with_limits() -> None:
    unit = configparser.ConfigParser(interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(DEPLOY / "laser-tui-web.service")
    service = unit["Service"]
    command = service["ExecStart"].split()
    assert command[1] == "serve" and command[command.index("--host") + 1] == "127.0.0.1"
    assert command[command.index("--public-url") + 1].startswith("https://")
    assert service["User"] == "laser-web"
    assert service["MemoryMax"] and service["TasksMax"] and service["MemoryHigh"]
    assert service["IPAddressDeny"] == "any" and service["IPAddressAllow"] == "localhost"
    assert service["NoNewPrivileges"] == "yes" and service["KillMode"] == "control-group"


def test_the_proxy_sample_has_tls_a_password_upgrade_origin_check_and_limits() -> None:
    conf = (DEPLOY / "laser-tui-web.nginx.conf").read_text()
    unit = (DEPLOY / "laser-tui-web.service").read_text()
    public = re.search(r"--public-url (\S+)", unit)
    assert public is not None
    assert re.search(r"listen 443 ssl\b", conf) and "ssl_certificate " in conf
    assert "return 301 https://" in conf
    assert "auth_basic_user_file" in conf
    assert "proxy_set_header Upgrade $http_upgrade;" in conf
    assert f'"{public[1]}"   1;' in conf, "the Origin allowed is the unit's public URL"
    assert "if ($laser_origin_ok = 0)" in conf
    assert re.search(r"limit_conn laser_sessions \d+;", conf)
    assert "proxy_pass http://127.0.0.1:8000;" in conf and "--port 8000" in unit
