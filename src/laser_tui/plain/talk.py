"""The plain mode's only contact with the person: print lines, ask a question, read an answer.

Every line is printed once, as text: control characters from any file are dropped, so no escape
sequence ever reaches the terminal. At any question a few words always work (``help``, ``back``,
``home``, ``repeat``, ``quit``, and their words in the language shown); anything else that is not
an answer gets one line saying what is expected, and the question again. Typed words are read
whatever their case and accents ("Atras" is "atrás").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from typing import TextIO, TypeVar

from laser_tui.language.catalogue import ENGLISH, N_, _, current
from laser_tui.language.formats import all_of
from laser_tui.model.safe_text import without_unsafe

T = TypeVar("T")

# TRANSLATORS: the plain mode's typed words (help, back, home, repeat, quit and the answers like
# "yes|y"): the words a person may type, separated by "|"; the first is the one the help names.
# The English words always work as well.
HELP = N_("help")
BACK = N_("back")
HOME = N_("home")
REPEAT = N_("repeat")
QUIT = N_("quit")

COMMANDS = (
    (HELP, N_("what you can type here")),
    (BACK, N_("the step before (the section or question before)")),
    (HOME, N_("the home menu")),
    (REPEAT, N_("say the last thing again")),
    (QUIT, N_("leave laser-tui (it asks first if your priorities are not saved)")),
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


def folded(text: str) -> str:
    """``text`` as typed words are compared: lower case, no accents, single spaces."""
    bare = unicodedata.normalize("NFD", text.casefold())
    return " ".join("".join(c for c in bare if not unicodedata.combining(c)).split())


def spellings(word: str) -> frozenset[str]:
    """Every way to type ``word`` (a message like ``"yes|y"``): its English spellings and those
    of the language shown, folded."""
    return frozenset(folded(w) for w in (*word.split("|"), *_(word).split("|")) if w.strip())


def shown_word(word: str) -> str:
    """The spelling of ``word`` that the help names, in the language shown."""
    return _(word).split("|")[0]


def is_word(text: str, word: str) -> bool:
    """Whether ``text`` is one of the spellings of ``word``."""
    return folded(text) in spellings(word)


def parse_words(text: str, words: Mapping[str, T]) -> T | None:
    """The answer ``words`` gives the typed ``text``, None for Enter; NotAnAnswer otherwise."""
    if not text:
        return None
    for word, value in words.items():
        if is_word(text, word):
            return value
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
    lines = [
        _("At any question you can also type:"),
        *(_("{word}: {what}.", word=shown_word(word), what=_(what)) for word, what in COMMANDS),
    ]
    if current() != ENGLISH:
        english = all_of([word.split("|")[0] for word, _what in COMMANDS])
        lines.append(_("The English words work too: {words}.", words=english))
    return lines


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

        ``expected`` finishes "Please type ..." (in the language shown); ``help_lines`` say
        what can be typed here.
        """
        while True:
            line = self._read(question)
            word = line.strip()
            if is_word(word, HELP):
                self.aside(*help_lines, *command_lines())
            elif is_word(word, REPEAT):
                self.aside(*self._said)
            elif is_word(word, BACK) and at_home:
                self.aside(_("You are at the home menu: there is nothing before it."))
            elif is_word(word, BACK):
                raise Back
            elif is_word(word, HOME):
                raise Home
            elif is_word(word, QUIT):
                raise Quit
            else:
                try:
                    value = parse(line.strip())
                except NotAnAnswer as problem:
                    self.aside(
                        sentence(str(problem) or _("Please type {expected}", expected=expected))
                    )
                    continue
                self._said = []
                return value

    def pause(self, question: str) -> None:
        """Wait for Enter (or a command) before going on."""

        def enter(text: str) -> None:
            if text:
                raise NotAnAnswer

        self.ask(
            question,
            _("nothing, just press Enter (or type {help})", help=shown_word(HELP)),
            enter,
        )

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
