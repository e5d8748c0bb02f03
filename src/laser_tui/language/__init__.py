"""Languages: the messages a person reads in the language they chose, and numbers, dates and
lists written that language's way. Pure; imports nothing from Textual.

Write every sentence a person reads as one message with named placeholders::

    from laser_tui.language.catalogue import N_, _, ngettext

    _("Saved to {path}.", path=shown)
    ngettext("{count} point", "{count} points", gap)
    TITLE = N_("Weigh it up")   # at import time: marked for the catalogue, translated where shown
    ... _(TITLE)
"""
