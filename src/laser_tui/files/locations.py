"""Where laser-tui keeps its files: the person's data and config folders, and how a path is
chosen (a command-line option, else an environment variable, else the default)."""

from __future__ import annotations

import os
from pathlib import Path

APP_FOLDER = "laser-tui"


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
