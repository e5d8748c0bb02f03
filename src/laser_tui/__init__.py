"""laser-tui: a terminal decision helper for laser skin tightening or resurfacing."""

__version__ = "0.1.0"
