"""Benchmarks of laser-tui against a bare Textual app: start-up, key latency, memory, kiosk soak.

Run them with ``bash benchmarks/run`` (or ``python -m benchmarks`` inside the project venv).
"""
