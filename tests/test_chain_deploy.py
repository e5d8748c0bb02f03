"""The chain's samples in deploy/ (docs/handover-store.md) say what the page promises."""

from __future__ import annotations

import configparser
import re
import tomllib
from pathlib import Path

from laser_tui.kiosk.settings import KioskSettings

DEPLOY = Path(__file__).resolve().parents[1] / "deploy"


def unit(name: str) -> configparser.ConfigParser:
    parsed = configparser.ConfigParser(interpolation=None, strict=False)
    parsed.optionxform = str  # type: ignore[assignment,method-assign]
    parsed.read(DEPLOY / name)
    return parsed


def test_every_node_of_a_clinic_has_a_valid_configuration_naming_the_database() -> None:
    settings = KioskSettings.model_validate(
        tomllib.loads((DEPLOY / "chain/kiosk.toml").read_text())
    )
    assert settings.handover_store is not None
    assert "sslmode=verify-full" in settings.handover_store and "@" in settings.handover_store
    assert settings.handover_password_file is not None and settings.clinic_id != "clinic"


def test_the_proxy_sends_a_sessions_page_websocket_and_downloads_to_one_node() -> None:
    conf = (DEPLOY / "chain/laser-tui-chain.nginx.conf").read_text()
    new = re.search(r"upstream laser_new \{(.*?)\}", conf, re.DOTALL)
    pinned = re.search(r"map \$cookie_laser_node \$laser_backend \{(.*?)\}", conf, re.DOTALL)
    assert new is not None and pinned is not None
    nodes = re.findall(r"server (\S+);", new[1])
    assert len(nodes) >= 2
    for node in nodes:
        assert f'"{node}"   {node};' in pinned[1], "each node can be pinned to by its cookie"
    assert "default            laser_new;" in pinned[1]
    assert 'Set-Cookie "laser_node=$upstream_addr;' in conf
    assert conf.count("proxy_pass http://$laser_backend;") == 2, "the page and the websocket"
    assert "proxy_set_header Upgrade $http_upgrade;" in conf
    assert "if ($laser_origin_ok = 0)" in conf and "auth_basic_user_file" in conf
    assert "error_page 502 = @forget_node;" in conf
    assert re.search(r"drain", conf, re.IGNORECASE)


def test_a_node_serves_the_kiosk_to_the_proxy_only() -> None:
    service = unit("chain/laser-tui-web-node.conf")["Service"]
    command = service["ExecStart"].split()
    assert command[1:3] == ["serve", "--kiosk"]
    assert command[command.index("--host") + 1] != "127.0.0.1"
    assert "--public-url" in command


def test_the_purge_timer_runs_handover_purge_without_a_kiosk() -> None:
    service = unit("laser-tui-handover-purge.service")["Service"]
    assert service["Type"] == "oneshot"
    assert service["ExecStart"].split()[1] == "handover-purge"
    timer = unit("laser-tui-handover-purge.timer")["Timer"]
    assert timer["OnUnitActiveSec"] and timer["Persistent"] == "true"
