"""The kiosk's welcome (attract) screen: press any key to start a fresh session, or a number
to start it in another language."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static

from laser_tui.language.catalogue import N_, _, available
from laser_tui.language.formats import language_name
from laser_tui.language.in_each import in_each
from laser_tui.model.counting import all_treatments
from laser_tui.model.safe_text import safe_text
from laser_tui.widgets.too_small import TooSmall

PRESS_ANY_KEY = N_("Press any key to start")
LANGUAGE = N_("Language")


def language_keys() -> dict[str, str]:
    """The key that starts a session in each language: 1 for the first, 2 for the next..."""
    return {str(number): tag for number, tag in enumerate(available()[:9], start=1)}


class WelcomeScreen(Screen[None]):
    """Waits for the next person. Any key or click asks the app to start a fresh session; a
    language's number asks for it in that language."""

    class StartRequested(Message):
        """The next person pressed a key: time for a fresh session (in ``language``, or in
        the clinic's when None)."""

        def __init__(self, language: str | None = None) -> None:
            super().__init__()
            self.language = language

    def __init__(self, title: str, disclaimer: str, staff_line: str, treatments: int = 2) -> None:
        super().__init__(name="welcome")
        self.treatments = treatments
        self.title_text = title
        self.disclaimer = disclaimer
        self.staff_line = staff_line

    def invitation(self) -> str:
        """What the aid is for and what happens to the answers."""
        if self.treatments == 2:
            return _(
                "Read about both treatments, say what counts for you and see how your own "
                "priorities line up. Your answers stay on this screen: they are cleared when "
                "you finish or walk away. Only if you choose to hand them over are they saved, "
                "under a code, for your clinician."
            )
        return _(
            "Read about {treatments}, say what counts for you and see how your own priorities "
            "line up. Your answers stay on this screen: they are cleared when you finish or "
            "walk away. Only if you choose to hand them over are they saved, under a code, for "
            "your clinician.",
            treatments=all_treatments(self.treatments),
        )

    def compose(self) -> ComposeResult:
        """The title, the invitation, the languages, the disclaimer and a line for staff."""
        yield TooSmall()
        yield Static(
            Text.assemble(
                (self.title_text, "bold"),
                "\n\n",
                self.invitation(),
                "\n\n",
                (f" {' · '.join(in_each(PRESS_ANY_KEY))} ", "bold reverse"),
                *self._languages(),
                "\n\n",
                (self.disclaimer, "dim"),
                "\n\n",
                (safe_text(self.staff_line), "dim"),
            ),
            id="welcome-box",
        )

    @staticmethod
    def _languages() -> list[str | tuple[str, str]]:
        """One key per language, each named in itself (nothing when there is only one)."""
        keys = language_keys()
        if len(keys) < 2:
            return []
        parts: list[str | tuple[str, str]] = ["\n\n", f"{' · '.join(in_each(LANGUAGE))}:"]
        for key, tag in keys.items():
            parts += ["  ", (f" {key} ", "bold reverse"), f" {language_name(tag)}"]
        return parts

    def on_key(self, event: events.Key) -> None:
        """Any key starts; a language's number starts in that language (no other key is told
        apart from another, so this is no dispatch)."""
        event.stop()
        event.prevent_default()
        self.post_message(self.StartRequested(language_keys().get(event.key)))

    def on_click(self, event: events.Click) -> None:
        """A click or tap starts too."""
        event.stop()
        self.post_message(self.StartRequested())
