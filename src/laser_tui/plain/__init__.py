"""Plain mode: laser-tui as plain lines, one question at a time, for screen readers and braille.

No alternate screen, no cursor movement, no colour, nothing redrawn. ``talk`` is the only module
that reads or prints; the others say what each part of the app says, with the model's words.
"""
