"""The plain mode's only contact with the person: print lines, ask a question, read an answer.

Every line is printed once, as text: control characters from any file are dropped, so no escape
sequence ever reaches the terminal. At any question a few words always work (``help``, ``back``,
``home``, ``repeat``, ``quit``); anything else that is not an answer gets one line saying what is
expected, and the question again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TextIO, TypeVar

from laser_tui.model.safe_text import without_unsafe

T = TypeVar("T")

COMMANDS = (
    ("help", "what you can type here"),
    ("back", "the step before (the section or question before)"),
    ("home", "the home menu"),
    ("repeat", "say the last thing again"),
    ("quit", "leave laser-tui (it asks first if your priorities are not saved)"),
)
"""The words that work at every question, with what they do."""


class Back(Exception):
    """The person typed ``back``."""


class Home(Exception):
    """The person typed ``home``."""


class Quit(Exception):
    """The person typed ``quit`` (or pressed Ctrl+C)."""


class EndOfInput(Exception):
    """Nothing more can be read (Ctrl+D, a closed pipe) or printed (a closed terminal)."""


class NotAnAnswer(ValueError):
    """A typed line that does not answer the question; the message, if any, says why."""


def parse_words(text: str, words: Mapping[str, bool]) -> bool | None:
    """The answer ``words`` gives the typed ``text``, None for Enter; NotAnAnswer otherwise."""
    if not text:
        return None
    if text.lower() in words:
        return words[text.lower()]
    raise NotAnAnswer


def plain(text: str) -> str:
    """``text`` with every control character removed (tabs become spaces)."""
    return without_unsafe(text)


def whole_number(text: str, low: int, high: int) -> int:
    """``text`` as a whole number from ``low`` to ``high`` (digits 0-9 only), or NotAnAnswer.

    However many digits are typed: a number longer than ``high`` is refused before it is read.
    """
    digits = text.lstrip("0") or "0"
    if not (text.isascii() and text.isdigit() and len(digits) <= len(str(high))):
        raise NotAnAnswer
    if low <= int(digits) <= high:
        return int(digits)
    raise NotAnAnswer


def sentence(text: str) -> str:
    """``text`` ending in a full stop, unless it already ends in a stop, a question or a colon."""
    return text if text.endswith((".", "?", "!", ":")) else text + "."


def command_lines() -> list[str]:
    """What can be typed at any question, one line each."""
    return [
        "At any question you can also type:",
        *(f"{word}: {what}." for word, what in COMMANDS),
    ]


class Talk:
    """Lines out and answers in, on two text streams (the terminal, or pipes)."""

    def __init__(self, stdin: TextIO, stdout: TextIO, *, echo: bool, terminal: bool) -> None:
        self._in, self._out = stdin, stdout
        self.echo = echo
        """Print each answer after its question (when nothing else shows what was typed)."""
        self.terminal = terminal
        """Whether the answers come from a terminal, so a question can still be asked at Ctrl+D."""
        self._said: list[str] = []

    def say(self, *lines: str) -> None:
        """Print lines; they are what ``repeat`` says again until the next answer."""
        for line in lines:
            for part in plain(line).split("\n"):
                self._said.append(part)
                self._write(part + "\n")

    def remember(self, *lines: str) -> None:
        """Lines that ``repeat`` says, after what was said, without printing them now."""
        self._said += [part for line in lines for part in plain(line).split("\n")]

    def aside(self, *lines: str) -> None:
        """Print lines that ``repeat`` does not say again (help, a problem with an answer)."""
        for line in lines:
            self._write(plain(line) + "\n")

    def ask(
        self,
        question: str,
        expected: str,
        parse: Callable[[str], T],
        help_lines: Sequence[str] = (),
        at_home: bool = False,
    ) -> T:
        """Ask until ``parse`` takes the answer (it raises ``NotAnAnswer`` when it cannot).

        ``expected`` finishes "Please type ..."; ``help_lines`` say what can be typed here.
        """
        while True:
            line = self._read(question)
            word = line.strip().lower()
            if word == "help":
                self.aside(*help_lines, *command_lines())
            elif word == "repeat":
                self.aside(*self._said)
            elif word == "back" and at_home:
                self.aside("You are at the home menu: there is nothing before it.")
            elif word == "back":
                raise Back
            elif word == "home":
                raise Home
            elif word == "quit":
                raise Quit
            else:
                try:
                    value = parse(line.strip())
                except NotAnAnswer as problem:
                    self.aside(sentence(str(problem) or f"Please type {expected}"))
                    continue
                self._said = []
                return value

    def pause(self, question: str) -> None:
        """Wait for Enter (or a command) before going on."""

        def enter(text: str) -> None:
            if text:
                raise NotAnAnswer

        self.ask(question, "nothing, just press Enter (or type help)", enter)

    def _read(self, question: str) -> str:
        self._write(plain(question) + " ")
        try:
            self._out.flush()
            line = self._in.readline()
        except KeyboardInterrupt:
            self._write("\n")
            raise Quit from None
        except OSError:
            raise EndOfInput from None
        if not line:
            self._write("\n")
            raise EndOfInput
        line = line.rstrip("\r\n")
        if self.echo:
            self._write(plain(line) + "\n")
        return line

    def _write(self, text: str) -> None:
        try:
            self._out.write(text)
        except OSError:  # a closed pipe or terminal: nobody is there to read it
            raise EndOfInput from None
