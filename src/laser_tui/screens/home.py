"""The home screen: what laser-tui is for, the disclaimer, and a menu to every part."""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from laser_tui.clock import today
from laser_tui.commands import menu_key
from laser_tui.language.catalogue import N_, _
from laser_tui.language.formats import long_date, month_year
from laser_tui.model.counting import all_treatments
from laser_tui.model.home_content import overdue_line
from laser_tui.screens.base import LaserScreen
from laser_tui.widgets.marked_list import MarkedList
from laser_tui.widgets.more_below import hint_more_below


def _overdue(next_review: dt.date) -> Text:
    """The out-of-date line on a line of its own, in bold; nothing while the content is current."""
    line = overdue_line(next_review, today())
    return Text(f"\n{line}", style="bold") if line else Text()


class HomeScreen(LaserScreen):
    """The first screen: purpose, disclaimer, review date, and the keyboard menu."""

    SUB_TITLE = N_("Home")

    def compose_body(self) -> ComposeResult:
        """Introduction on top, the menu below."""
        content = self.laser_app.home  # painted before the content is validated
        with Vertical(id="home-body"):
            yield Static(
                Text.assemble(
                    (content.title, "bold"),
                    "\n",
                    _(
                        "Read about {treatments}, say what counts for you, weigh it, and see "
                        "how your own priorities line up with each. It does not choose for you.",
                        treatments=all_treatments(len(content.treatment_names)),
                    ),
                ),
                id="intro",
            )
            yield Static(
                Text.assemble(
                    content.disclaimer,
                    "\n",
                    _(
                        "Content reviewed {reviewed}; next review due {next_review}.",
                        reviewed=long_date(content.reviewed),
                        next_review=month_year(content.next_review),
                    ),
                    _overdue(content.next_review),
                ),
                id="disclaimer",
            )
            yield Static(id="file-line", markup=False)
            yield MarkedList(
                *(
                    Option(Text(f"{menu_key(c.key):<7} " + _(c.words)), id=c.action)
                    for c in self.laser_app.destinations()
                ),
                id="menu",
            )

    def when_mounted(self) -> None:
        """Put the focus on the menu, so enter opens an item, and say which file is in use."""
        menu = self.query_one("#menu", OptionList)
        menu.focus()
        hint_more_below(menu)
        self.show_file_words()

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        """Back on the home screen: the file line as it is now (a save may have changed it).
        Textual also runs the base class's handler (keeping the focus)."""
        self.show_file_words()

    def show_file_words(self) -> None:
        """Which priorities file is in use, in the screen's own flow (a message over the
        introduction would hide it at 80×24); nothing when there is no file. Read from the
        app, never watched: a watcher on the app would keep every closed home screen alive."""
        words = self.laser_app.file_words
        for line in self.query("#file-line").results(Static):  # none before compose or after exit
            line.update(words)
            line.display = bool(words)

    async def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Open what the person chose from the menu."""
        if event.option.id:
            await self.app.run_action(event.option.id)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """There is nothing behind the home screen to go back to."""
        return action != "back"
