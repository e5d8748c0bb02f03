"""`python -m laser_tui` runs the app."""

from laser_tui.cli import run

run()
