"""Where laser-tui's files are: the shipped content, the person's data and config folders, and
how a path is chosen (a command-line option, else an environment variable, else the default)."""

from __future__ import annotations

import os
from pathlib import Path

from laser_tui.language.catalogue import current

APP_FOLDER = "laser-tui"

_PACKAGE = Path(__file__).resolve().parents[1]
_PACKAGED_DATA = _PACKAGE / "data"  # the wheel puts the content files there
_REPO_DATA = _PACKAGE.parents[1] / "data"


def shipped_content_path(language: str | None = None) -> Path:
    """The content file that ships with laser-tui in ``language`` (by default the one shown),
    else the English one: inside the installed package, or the source tree. A plain path, not
    ``importlib.resources``: that imports zipfile before the first paint, and laser-tui is never
    run from a zip."""
    data = _PACKAGED_DATA if (_PACKAGED_DATA / "content.toml").is_file() else _REPO_DATA
    translated = data / f"content.{language or current()}.toml"
    return translated if translated.is_file() else data / "content.toml"


def data_folder() -> Path:
    """The person's data folder for laser-tui (for example ~/.local/share/laser-tui)."""
    import platformdirs

    return platformdirs.user_data_path(APP_FOLDER)


def config_folder() -> Path:
    """The person's config folder for laser-tui (for example ~/.config/laser-tui)."""
    import platformdirs

    return platformdirs.user_config_path(APP_FOLDER)


def chosen_path(option: Path | None, variable: str) -> Path | None:
    """The path named by the option, else by the environment variable, else None (home
    folders expanded)."""
    if option is not None:
        return option.expanduser()
    from_environment = os.environ.get(variable, "")
    return Path(from_environment).expanduser() if from_environment else None
