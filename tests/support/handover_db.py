"""The hand-over store's tests: a kiosk configuration naming a database, and the store it makes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from laser_tui.cli.main import main
from laser_tui.kiosk.postgres_store import PostgresStore
from laser_tui.kiosk.settings import KioskSettings


def write_config(folder: Path, conninfo: str, **values: Any) -> Path:
    """A kiosk configuration (0600) in ``folder`` whose hand-overs go to ``conninfo``."""
    lines = [f'handover_store = "{conninfo}"', f'log_file = "{folder / "kiosk.log"}"']
    for name, value in values.items():
        lines.append(
            f'{name} = "{value}"' if isinstance(value, (str, Path)) else f"{name} = {value}"
        )
    path = folder / "kiosk.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def initialised(folder: Path, conninfo: str, **values: Any) -> Path:
    """``write_config``, with the database's tables made by `laser-tui handover-store init`."""
    config = write_config(folder, conninfo, **values)
    assert main(["handover-store", "init", "--kiosk-config", str(config)]) == 0
    return config


def store_of(conninfo: str, **values: Any) -> PostgresStore:
    """The store a kiosk with these settings uses."""
    settings = KioskSettings.model_validate({"handover_store": conninfo, **values})
    return PostgresStore.from_settings(settings)
