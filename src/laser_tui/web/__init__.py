"""laser-tui in a web browser (`laser-tui serve`, the optional ``web`` extra).

Each browser connection runs its own app process in web-session mode: no priorities file on
the server is opened or written, and save and export become downloads. Nothing here is
imported by the terminal app.
"""
