"""`laser-tui handover-purge` and `laser-tui handover-store init`: the hand-over store's upkeep.

Both read the kiosk configuration (its ``handover_store`` or ``handover_dir``); neither opens a
hand-over. Only argparse is imported up front.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from laser_tui.language.catalogue import _
from laser_tui.language.formats import number

if TYPE_CHECKING:
    from laser_tui.kiosk.settings import KioskSettings


def _add_config(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--kiosk-config",
        type=Path,
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=_("the kiosk configuration that names the hand-over store"),
    )


def add_handover_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`handover-purge` and `handover-store init`."""
    purge = commands.add_parser(
        "handover-purge",
        help=_("delete hand-overs older than the retention time (for a timer; no kiosk needed)"),
    )
    _add_config(purge)
    store = commands.add_parser(
        "handover-store", help=_("set up the hand-over store the kiosk configuration names")
    )
    actions = store.add_subparsers(dest="store_action", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", help=_("make or migrate the hand-over tables of the PostgreSQL database")
    )
    _add_config(init)


def _settings(args: argparse.Namespace) -> KioskSettings:
    """The kiosk configuration (these commands take none of the kiosk's flags)."""
    from laser_tui.cli.kiosk_commands import kiosk_settings

    for name in ("idle_timeout", "idle_warning", "handover_dir", "retention_hours"):
        setattr(args, name, None)
    args.kiosk_config = getattr(args, "kiosk_config", None)
    return kiosk_settings(args)


def run_handover_purge(args: argparse.Namespace) -> int:
    """Delete the hand-overs past the retention time; one line says how many."""
    from laser_tui.kiosk.handover_store import StoreUnavailable, store_for
    from laser_tui.model.problems import InputProblem

    settings = _settings(args)
    store = store_for(settings)
    try:
        deleted = store.purge(settings.retention_seconds)
    except OSError as error:
        reason = error.detail if isinstance(error, StoreUnavailable) else error.strerror
        raise InputProblem(
            [
                _(
                    "{store}: nothing was deleted ({reason}); the timer tries again later",
                    store=store.where,
                    reason=reason,
                )
            ]
        ) from None
    hours = number(settings.retention_hours)
    print(
        _(
            "{store}: {count} hand-over(s) older than {hours} hours deleted.",
            store=store.where,
            count=deleted,
            hours=hours,
        )
    )
    return 0


def run_handover_store(args: argparse.Namespace) -> int:
    """`handover-store init`: make or migrate the database's tables; one line says what."""
    from laser_tui.kiosk.handover_store import FolderStore, store_for

    settings = _settings(args)
    store = store_for(settings)
    if isinstance(store, FolderStore):
        store.prepare()
        print(
            _(
                "{store}: the hand-over store is this folder; nothing else to set up.",
                store=store.where,
            )
        )
        return 0
    import psycopg

    from laser_tui.kiosk.postgres_schema import init_schema
    from laser_tui.kiosk.postgres_store import PostgresStore
    from laser_tui.model.problems import InputProblem

    assert isinstance(store, PostgresStore)
    try:
        with store.connect() as connection:
            print(init_schema(connection, store.conninfo))
    except (OSError, psycopg.Error) as error:
        raise InputProblem([store.down_line(error, _("nothing was changed"))]) from None
    return 0
