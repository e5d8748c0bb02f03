"""`python -m laser_tui` runs the app."""

from laser_tui.cli.main import run

run()
