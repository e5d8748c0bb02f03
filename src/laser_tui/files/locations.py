"""Where laser-tui's files are: the shipped content, the person's data and config folders, and
how a path is chosen (a command-line option, else an environment variable, else the default)."""

from __future__ import annotations

import os
from pathlib import Path

APP_FOLDER = "laser-tui"

_PACKAGE = Path(__file__).resolve().parents[1]
_PACKAGED_CONTENT = _PACKAGE / "data" / "content.toml"  # the wheel puts it there
_REPO_CONTENT = _PACKAGE.parents[1] / "data" / "content.toml"


def shipped_content_path() -> Path:
    """The content file that ships with laser-tui (inside the installed package, or the source
    tree). A plain path, not ``importlib.resources``: that imports zipfile before the first
    paint, and laser-tui is never run from a zip."""
    return _PACKAGED_CONTENT if _PACKAGED_CONTENT.is_file() else _REPO_CONTENT


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
