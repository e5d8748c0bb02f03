"""The kiosk's error log: where an unexpected error happened, never what the patient answered.

Only the error's type and the code locations it passed through are written (file, line,
function), never its message or any value, so no answer can end up in the log.
"""

from __future__ import annotations

import datetime as dt
import os
import traceback
from pathlib import Path


def error_report(error: BaseException) -> str:
    """The type of ``error`` and where it was raised, without its message or any value."""
    frames = traceback.extract_tb(error.__traceback__)
    places = [f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames[-12:]]
    return "\n".join([type(error).__qualname__, *places])


def log_error(path: Path, what: str, report: str = "") -> None:
    """Append a timestamped entry to the log at ``path`` (created 0600); never raises."""
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    entry = f"{stamp} laser-tui kiosk: {what}\n" + (f"{report}\n" if report else "")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_NOFOLLOW, 0o600)
        try:
            os.write(fd, entry.encode("utf-8", "replace"))
        finally:
            os.close(fd)
    except OSError:
        pass
