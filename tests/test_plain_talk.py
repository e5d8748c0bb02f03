"""The plain mode's questions: commands anywhere, one line for a wrong answer, then the question."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from laser_tui.files.toml_io import load_content
from laser_tui.plain.start import converse
from laser_tui.plain.talk import Back, EndOfInput, Home, NotAnAnswer, Quit, Talk, plain
from laser_tui.plain.visit import Visit
from support.plain import MENU_PROBLEM, MENU_QUESTION, MENU_SIZE, converse_here, menu

CONTENT = load_content()
WEIGHT_QUESTION = (
    "How much does a dramatic, visible change matter to you? "
    "0 not at all to 5 extremely, Enter to skip:"
)
COMMANDS = {"help", "back", "home", "repeat", "quit"}


def talk_on(typed: str) -> tuple[Talk, io.StringIO]:
    out = io.StringIO()
    return Talk(io.StringIO(typed), out, echo=True, terminal=False), out


def number(text: str) -> int:
    if text.isdigit():
        return int(text)
    raise NotAnAnswer


def test_a_wrong_answer_gets_one_line_and_the_question_again() -> None:
    talk, out = talk_on("soon\n7\n")
    assert talk.ask("How many?", "a number", number) == 7
    assert out.getvalue() == "How many? soon\nPlease type a number.\nHow many? 7\n"


def test_help_and_repeat_say_their_lines_and_ask_again() -> None:
    talk, out = talk_on("help\nrepeat\n2\n")
    talk.say("Two things to know.", "The second thing.")
    assert talk.ask("How many?", "a number", number, ["Type how many."]) == 2
    lines = out.getvalue().splitlines()
    assert lines[:4] == [
        "Two things to know.",
        "The second thing.",
        "How many? help",
        "Type how many.",
    ]
    assert "quit: leave laser-tui (it asks first if your priorities are not saved)." in lines
    repeat = lines.index("How many? repeat")
    assert lines[repeat + 1 :] == ["Two things to know.", "The second thing.", "How many? 2"]


@pytest.mark.parametrize(
    ("word", "raised"),
    [("back", Back), ("HOME", Home), (" quit ", Quit), ("", EndOfInput)],
)
def test_commands_work_at_any_question(word: str, raised: type[Exception]) -> None:
    talk, _ = talk_on(f"{word}\n" if word else "")
    with pytest.raises(raised):
        talk.ask("How many?", "a number", number)


def test_ctrl_c_is_quit() -> None:
    class Interrupted(io.StringIO):
        def readline(self, size: int | None = -1) -> str:
            raise KeyboardInterrupt

    talk = Talk(Interrupted(), io.StringIO(), echo=False, terminal=True)
    with pytest.raises(Quit):
        talk.ask("How many?", "a number", number)


def test_a_closed_output_is_the_end() -> None:
    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError

    talk = Talk(io.StringIO("1\n"), Closed(), echo=True, terminal=False)
    with pytest.raises(EndOfInput):
        talk.say("Hello")


def test_control_characters_never_reach_the_terminal() -> None:
    talk, out = talk_on("\x1b[2J1\n")
    talk.say("a\x1b]0;title\x07b\u202ec\x9bd\te")
    talk.ask("\x1b[31mRed?", "a number", lambda text: text)
    assert out.getvalue() == "a]0;titlebcd e\n[31mRed? [2J1\n"
    assert plain("line one\nline two") == "line one\nline two"


_GARBAGE = st.sampled_from(["²", "١", "3.0", "-1", "६", "4 5"]) | st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), max_size=40
).filter(lambda text: text.strip().lower() not in COMMANDS)
_PLACES = {
    "the home menu": ([], MENU_QUESTION, MENU_PROBLEM),
    "a weight": (
        [menu("What counts")],
        WEIGHT_QUESTION,
        "Please type a whole number from 0 to 5, or press Enter to skip.",
    ),
}


@pytest.mark.parametrize("place", sorted(_PLACES))
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(garbage=_GARBAGE)
def test_any_typed_garbage_gets_one_line_and_the_question_again(
    place: str, garbage: str, tmp_path: Path
) -> None:
    before, question, expected = _PLACES[place]
    text = garbage.strip()
    if place == "the home menu" and text in {str(n) for n in range(1, MENU_SIZE + 1)}:
        return
    if place == "a weight" and text in {"", "0", "1", "2", "3", "4", "5"}:
        return
    said, code = converse_here(CONTENT, [*before, garbage], tmp_path / "none.toml")
    assert code == 0
    lines = said.splitlines()
    asked = [n for n, line in enumerate(lines) if line.startswith(question)]
    assert len(asked) >= 2
    first = asked[0]
    assert lines[first + 1] == expected
    assert lines[first + 2].startswith(question)


@pytest.mark.parametrize(
    ("place", "typed"),
    [
        ("a weight", "6"),  # one past the highest importance
        ("the home menu", str(MENU_SIZE + 1)),  # one past the last item
        ("the home menu", "0"),  # one before the first
    ],
)
def test_a_whole_number_just_out_of_range_is_refused(
    place: str, typed: str, tmp_path: Path
) -> None:
    before, question, expected = _PLACES[place]
    said, code = converse_here(CONTENT, [*before, typed], tmp_path / "none.toml")
    assert code == 0
    lines = said.splitlines()
    first = next(n for n, line in enumerate(lines) if line.startswith(question))
    assert lines[first].endswith(typed), "the typed answer is echoed after the question"
    assert lines[first + 1] == expected
    assert lines[first + 2].startswith(question)


def test_ctrl_c_while_printing_asks_before_leaving(tmp_path: Path) -> None:
    class InterruptedOnce(io.StringIO):
        interrupted = False

        def write(self, text: str) -> int:
            if "Home menu" in text and not self.interrupted:
                self.interrupted = True
                raise KeyboardInterrupt
            return super().write(text)

    session = Visit.start(CONTENT, tmp_path / "p.toml")
    session.priorities = session.priorities.with_counts("short_recovery", True)
    out = InterruptedOnce()
    talk = Talk(io.StringIO("2\n"), out, echo=True, terminal=False)
    assert converse(talk, session) == 0
    assert "Your priorities have changes that are not saved." in out.getvalue()
    assert out.getvalue().endswith("is as it was. Goodbye.\n")
    assert not (tmp_path / "p.toml").exists()


def test_the_menu_is_read_in_full_once_then_briefly_and_again_on_repeat_or_help(
    tmp_path: Path,
) -> None:
    about = menu("About")
    said, _ = converse_here(CONTENT, [about, "home", "repeat", "help", "quit"], tmp_path / "p.toml")
    last_item = f"{MENU_SIZE}. Quit"
    first, after_part = said.split("Home menu: type a number, or repeat", 1)
    assert first.count(last_item) == 1, "the whole menu the first time"
    brief, after_repeat = after_part.split("repeat\n", 1)
    assert last_item not in brief, "after a part, one short line"
    assert brief.startswith(f" to hear the {MENU_SIZE} parts.\n")
    repeated, helped = after_repeat.split("help\n", 1)
    assert last_item in repeated and "1. Laser skin tightening" in repeated
    assert last_item in helped, "help lists the parts too"
