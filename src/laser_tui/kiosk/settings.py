"""Kiosk settings: the TOML kiosk configuration, the command-line overrides, the idle clock.

Imports nothing from Textual: the kiosk app (``kiosk_app``) reads these and acts on them.
"""

from __future__ import annotations

import os
import re
import stat
import time
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from laser_tui.files.locations import chosen_path, config_folder, data_folder
from laser_tui.files.toml_io import atomic_write, read_document
from laser_tui.kiosk.pin import parse_pin_hash
from laser_tui.language.catalogue import ENGLISH, N_, _, available
from laser_tui.model.problems import InputProblem, Written, validation_lines

CONFIG_ENVIRONMENT_VARIABLE = "LASER_TUI_KIOSK_CONFIG"
CONFIG_FILE_NAME = "kiosk.toml"
DEFAULT_IDLE_TIMEOUT = 120.0
DEFAULT_IDLE_WARNING = 30.0
MIN_IDLE_WARNING = 20.0
"""At least 20 seconds, so a person can ask for more time (WCAG 2.2.1, Timing Adjustable);
checked when the idle timeout is at least as long (shorter ones are for tests and demos)."""
DEFAULT_RETENTION_HOURS = 12.0
DEFAULT_CODE_IDLE_TIMEOUT = 300.0
DEFAULT_CODE_HOLD = 3.0

DEFAULT_OPEN_MISSES = 5
CLINIC_ID = r"^[a-z0-9][a-z0-9-]{0,39}$"
DATABASE_SCHEMES = ("postgresql://", "postgres://")

Seconds = Annotated[float, Field(gt=0, le=24 * 60 * 60, allow_inf_nan=False)]
Hours = Annotated[float, Field(gt=0, le=24 * 366, allow_inf_nan=False)]


def default_log_file() -> Path:
    """Where the kiosk logs unexpected errors unless the configuration says otherwise."""
    import platformdirs

    return platformdirs.user_state_path("laser-tui") / "kiosk.log"


def default_handover_dir() -> Path:
    """Where hand-over files go unless the configuration says otherwise."""
    return data_folder() / "handover"


class KioskSettings(BaseModel):
    """Everything that shapes a kiosk: timings, the hand-over folder and the staff PIN."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    idle_timeout: Seconds = DEFAULT_IDLE_TIMEOUT
    """Seconds without a key before the idle warning appears."""
    idle_warning: Seconds = DEFAULT_IDLE_WARNING
    """Seconds the idle warning counts down before the session is cleared."""
    code_idle_timeout: Seconds = DEFAULT_CODE_IDLE_TIMEOUT
    """Seconds without a key before the idle warning while the hand-over code is shown."""
    code_hold: Seconds = DEFAULT_CODE_HOLD
    """Seconds the hand-over code screen takes no key, so that the code is always seen."""
    handover_dir: Annotated[Path, Field(strict=False)] = Field(default_factory=default_handover_dir)
    """The folder that holds hand-over files (shared with the consultation room)."""
    handover_store: str | None = None
    """A PostgreSQL database for hand-overs (``postgresql://user@host/db``, never with its
    password); None: the folder ``handover_dir``."""
    handover_password_file: Annotated[Path, Field(strict=False)] | None = None
    """A file (readable by the kiosk's user only) whose first line is the database password;
    or $LASER_TUI_HANDOVER_PASSWORD, or libpq's own ~/.pgpass."""
    clinic_id: Annotated[str, Field(pattern=CLINIC_ID)] = "clinic"
    """Keeps each clinic's codes apart in a database several clinics share."""
    open_misses_per_minute: Annotated[int, Field(ge=1, le=100)] = DEFAULT_OPEN_MISSES
    """Wrong codes a staff account may try in a minute before opening waits (database only)."""
    retention_hours: Hours = DEFAULT_RETENTION_HOURS
    """Hand-over files older than this are deleted."""
    log_file: Annotated[Path, Field(strict=False)] = Field(default_factory=default_log_file)
    """Where unexpected errors are logged (where they happened; never an answer)."""
    pin_state_file: Annotated[Path, Field(strict=False)] = Field(
        default_factory=lambda: default_log_file().with_name("pin-lock.json")
    )
    """Where the staff PIN's lock and back-off are kept across restarts (0600)."""
    pin_hash: str | None = None
    """The staff PIN as a salted scrypt hash (set with `laser-tui kiosk-pin`); None: no exit."""
    language: str = ENGLISH
    """The clinic's language: the welcome screen's, and every session's after a wipe (the
    welcome screen offers the others)."""

    @field_validator("handover_dir", "log_file", "pin_state_file", "handover_password_file")
    @classmethod
    def _expand_home(cls, value: Path | None) -> Path | None:
        return value.expanduser() if value is not None else None

    @field_validator("handover_store")
    @classmethod
    def _check_store(cls, value: str | None) -> str | None:
        if value is not None:
            database_problem(value)
        return value

    @field_validator("language")
    @classmethod
    def _check_language(cls, value: str) -> str:
        if value not in available():
            offered = ", ".join(f'"{tag}"' for tag in available())
            raise ValueError(
                _(
                    'laser-tui has no language "{language}": give one of {offered}',
                    language=value,
                    offered=offered,
                )
            )
        return value

    @field_validator("pin_hash")
    @classmethod
    def _check_pin_hash(cls, value: str | None) -> str | None:
        if value is not None:
            parse_pin_hash(value)
        return value

    @property
    def retention_seconds(self) -> float:
        """The retention time in seconds."""
        return self.retention_hours * 60 * 60

    @property
    def staff_exit_enabled(self) -> bool:
        """Staff can leave the kiosk only when a PIN is set."""
        return self.pin_hash is not None


def database_problem(conninfo: str) -> None:
    """Refuse a connection string that is not a PostgreSQL URI, or that holds a password."""
    from urllib.parse import parse_qs, urlsplit

    if not conninfo.startswith(DATABASE_SCHEMES):
        raise ValueError("give a PostgreSQL connection string, postgresql://user@host/database")
    try:
        parts = urlsplit(conninfo)
        with_password = parts.password is not None or "password" in parse_qs(parts.query)
    except ValueError:
        raise ValueError("this connection string cannot be read; check it") from None
    if with_password:
        raise ValueError(
            "a password never goes in the connection string: put it in handover_password_file "
            "or $LASER_TUI_HANDOVER_PASSWORD"
        )


def default_config_path() -> Path:
    """The kiosk configuration in the user's config folder (e.g. ~/.config/laser-tui)."""
    return config_folder() / CONFIG_FILE_NAME


def config_path(chosen: Path | None = None) -> tuple[Path, bool]:
    """The configuration to use and whether it was named explicitly.

    ``chosen`` (--kiosk-config) wins, then $LASER_TUI_KIOSK_CONFIG, then the default location.
    """
    named = chosen_path(chosen, CONFIG_ENVIRONMENT_VARIABLE)
    return (named, True) if named is not None else (default_config_path(), False)


FIX_CONFIG = N_("fix the kiosk configuration and start again")


def read_config(path: Path, must_exist: bool) -> tuple[dict[str, Any], Written | None]:
    """The parsed TOML of a kiosk configuration and how its values were written; empty when an
    unnamed default is missing."""
    if not must_exist:
        try:
            if not path.exists():
                return {}, None
        except OSError as error:
            raise InputProblem(
                [
                    _(
                        "{path}: cannot be checked ({reason}); name a configuration with "
                        "--kiosk-config, or check the permissions",
                        path=path,
                        reason=error.strerror,
                    )
                ]
            ) from None
    return read_document(path, _(FIX_CONFIG))


def load_settings(
    path: Path,
    must_exist: bool,
    overrides: Mapping[str, object] | None = None,
    names: Mapping[str, str] | None = None,
) -> KioskSettings:
    """Validate the configuration at ``path``, then ``overrides`` (by field; None: not given;
    a number may be given as the text that was typed).

    A problem in the file names the file and field; a problem in an override names it as
    ``names`` says (its command-line flag).
    """
    data, written = read_config(path, must_exist)
    try:
        from_file = KioskSettings.model_validate(data)
    except ValidationError as error:
        raise InputProblem(validation_lines(path, error, _(FIX_CONFIG), written)) from None
    given = {name: value for name, value in (overrides or {}).items() if value is not None}
    if not given:
        _check_idle_warning(from_file, f"{path}: idle_warning")
        return from_file
    typed = {name: value for name, value in given.items() if isinstance(value, str)}
    try:
        settings = KioskSettings.model_validate(
            {**from_file.model_dump(), **given, **{k: _number(v) for k, v in typed.items()}}
        )
    except ValidationError as error:
        raise InputProblem(_override_lines(error, names or {}, typed)) from None
    if "idle_warning" in given:
        flag = (names or {}).get("idle_warning", "idle_warning")
        _check_idle_warning(settings, flag)
    else:
        _check_idle_warning(settings, f"{path}: idle_warning")
    return settings


def _check_idle_warning(settings: KioskSettings, where: str) -> None:
    """Refuse a countdown too short to ask for more time, when the idle timeout is not."""
    warning, timeout = settings.idle_warning, settings.idle_timeout
    if warning < MIN_IDLE_WARNING <= timeout:
        raise InputProblem(
            [
                _(
                    "{where} = {warning}: the idle warning must count down at least {least} "
                    "seconds when the idle timeout is {timeout}, so a person has time to ask "
                    "for more; give {least} or more",
                    where=where,
                    warning=f"{warning:g}",
                    least=f"{MIN_IDLE_WARNING:g}",
                    timeout=f"{timeout:g}",
                )
            ]
        )


def _number(typed: str) -> float | str:
    """A number typed on the command line, or the text itself for the model to refuse."""
    try:
        return float(typed)
    except ValueError:
        return typed


def _override_lines(
    error: ValidationError, names: Mapping[str, str], typed: Mapping[str, str]
) -> list[str]:
    """One line per bad override, naming its flag and quoting the value as it was typed."""
    lines = []
    for item in error.errors(include_url=False):
        field = str(item["loc"][0]) if item["loc"] else ""
        shown = typed.get(field, repr(item["input"]))
        lines.append(
            _(
                "{flag}: {problem} (found {value}); give another value",
                flag=names.get(field, field),
                problem=item["msg"],
                value=shown,
            )
        )
    return lines


_PIN_LINE = re.compile(r"^[ \t]*pin_hash[ \t]*=.*$", re.MULTILINE)
_COMMENTED_PIN_LINE = re.compile(r"^[ \t]*#[ \t]*pin_hash[ \t]*=.*$", re.MULTILINE)
"""The sample's ``# pin_hash = "..."``: the line set in its place, under its explanation."""
NEW_CONFIG_HEADER = """\
# laser-tui kiosk configuration. Command-line flags override these values.
# idle_timeout = 120        # seconds without a key before the idle warning
# idle_warning = 30         # seconds the warning counts down before the session is cleared
# handover_dir = "/srv/laser-tui/handover"   # folder for hand-over files
# retention_hours = 12      # hand-over files older than this are deleted
# handover_store = "postgresql://kiosk@db.clinic.lan/laser_tui"  # a database instead of the folder
# handover_password_file = "/etc/laser-tui/db-password"          # the database password (0600)
# clinic_id = "clinic"      # keeps this clinic's codes apart in a shared database
# language = "es"           # the welcome screen's language, and every session's after a wipe
"""


def with_pin_hash(text: str, pin_hash: str) -> str:
    """``text`` of a configuration with its pin_hash line set; every other line is kept."""
    line = f'pin_hash = "{pin_hash}"'
    for found in (_PIN_LINE, _COMMENTED_PIN_LINE):
        if found.search(text):
            return found.sub(lambda _match: line, text, count=1)
    separator = "" if not text or text.endswith("\n") else "\n"
    return f"{text}{separator}{line}\n"


def save_pin_hash(path: Path, pin_hash: str) -> None:
    """Store ``pin_hash`` in the configuration at ``path`` (created 0600 if missing), atomically.

    A configuration that is already broken is left alone: InputProblem says what to fix.
    An existing file keeps its group, so a group that lets the kiosk read it still can, but
    loses any permission for others (and write permission for the group).
    """
    fix = _("fix the kiosk configuration, then set the PIN again")
    if path.exists():
        data, written = read_document(path, fix)
        try:
            KioskSettings.model_validate(data)
        except ValidationError as error:
            raise InputProblem(validation_lines(path, error, fix, written)) from None
        text = path.read_text(encoding="utf-8")
        before = path.stat()
        # Readable by its owner and group only: a PIN hash others can read can be guessed
        # offline.
        mode, group = (stat.S_IMODE(before.st_mode) & 0o640) | 0o600, before.st_gid
    else:
        text, mode, group = NEW_CONFIG_HEADER, 0o600, -1
    new_text = with_pin_hash(text, pin_hash)
    try:
        KioskSettings.model_validate(tomllib.loads(new_text))
    except (tomllib.TOMLDecodeError, ValidationError):
        raise InputProblem(
            [
                _(
                    "{path}: the pin_hash line could not be replaced; remove it and set the PIN "
                    "again",
                    path=path,
                )
            ]
        ) from None
    try:
        atomic_write(path, new_text.encode("utf-8"), mode)
        if group not in (-1, path.stat().st_gid):
            os.chown(path, -1, group)
    except OSError as error:
        raise InputProblem(
            [
                _(
                    "{path}: cannot be written ({reason}); check the folder's permissions",
                    path=path,
                    reason=error.strerror,
                )
            ]
        ) from None


OTHERS_MAY_NOT = 0o027
"""Permissions a configuration holding a PIN hash must not give: any for others, write for the
group (``kiosk-pin`` leaves it 0600, or 0640 when a group lets the kiosk read it)."""


def check_private(path: Path, settings: KioskSettings) -> None:
    """InputProblem, one line on how to fix it, if the configuration at ``path`` holds a PIN
    hash that other users can read or change (they could guess the PIN offline, or set one)."""
    if settings.pin_hash is None:
        return
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError as error:
        line = _("{path}: cannot be checked ({reason}); check it", path=path, reason=error.strerror)
        raise InputProblem([line]) from None
    if mode & OTHERS_MAY_NOT:
        raise InputProblem(
            [
                _(
                    "{path}: holds the staff PIN's hash, and other users can read or change it "
                    "(mode {mode}); run `chmod 600 {path}` (640 if the kiosk reads it through "
                    "its group) and start again",
                    path=path,
                    mode=f"{mode:o}",
                )
            ]
        )


class IdleWatchdog:
    """Knows how long until the person counts as gone: ``timeout`` seconds after the last poke."""

    def __init__(self, timeout: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.timeout = timeout
        self._clock = clock
        self._last = clock()

    def poke(self) -> None:
        """The person did something: start counting again."""
        self._last = self._clock()

    def seconds_left(self, timeout: float | None = None) -> float:
        """Seconds until ``timeout`` (by default the watchdog's) has passed since the last
        poke; 0 once it has."""
        chosen = self.timeout if timeout is None else timeout
        return max(0.0, chosen - (self._clock() - self._last))
