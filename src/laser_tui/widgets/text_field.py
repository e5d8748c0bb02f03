"""A one-line text field whose cursor does not blink."""

from __future__ import annotations

from textual.reactive import reactive
from textual.widgets import Input


class TextField(Input):
    """Textual's Input with a steady cursor: nothing on the screen blinks (a blink can distract
    or trouble some people, and WCAG 2.2.2 asks that it can be stopped), and the field looks the
    same whenever it is drawn, however slowly the machine answers."""

    cursor_blink = reactive(False, init=False)
