"""The plain mode in Spanish: the same walkthroughs as the English golden transcripts, typed
with the Spanish words; the Spanish and English answer words both work; a number past the range
is refused in Spanish; and ``--lang es`` or ``LANG`` starts it in Spanish with the Spanish
content. To rewrite the transcripts, run with LASER_TUI_UPDATE_GOLDEN=1 and read them first."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from laser_tui.files.priorities_file import load_priorities
from laser_tui.model.content import Content
from support.plain import (
    COMPARISON_SECTIONS,
    CRITERIA,
    GOLDEN,
    MENU_SIZE,
    OPTION_SECTIONS,
    SHIPPED,
    SUMMARY_SECTIONS,
    TREATMENT_SECTIONS,
    converse_here,
    menu,
    normalised,
    plain_environment,
    run_plain,
    through,
)
from support.summary import KNOWN_PRIORITIES_FILE, golden

pytestmark = pytest.mark.clock  # the transcripts show the content's review dates

SCRIPTS = {
    "reading": [
        "1", *through(TREATMENT_SECTIONS[0]),  # the first treatment, every section, then the menu
        "2", "", "inicio",  # the second: two sections, then home
        menu("Side by side"), "", "atrás", str(COMPARISON_SECTIONS), "",  # back, jump to the last
        menu("Other options"), *through(OPTION_SECTIONS),
        "salir",
    ],
    "weighing": [
        menu("How my priorities"), "",  # the result before anything counts
        menu("What counts"), "5", "x", "4", "", "0", "atrás", "2", *[""] * (CRITERIA - 4),
        "",  # after the result
        menu("Save my priorities"),
        "salir",
    ],
    "ready-summary": [
        menu("Am I ready"), "sí", "n", "", "atrás", "sí", "no", "",  # four questions, one redone
        menu("My summary"), *through(SUMMARY_SECTIONS),
        menu("Save my summary"),
        "salir", "1",  # unsaved: save and leave
    ],
    "save-as": [
        menu("Save my priorities to another file"),
        "", "TMP/no-such-folder/mine.toml", "TMP/other.toml", "no", "TMP/new.toml",
        menu("What counts"), *[""] * (CRITERIA - 1), "3", "",  # one change, then end of input
    ],
    "leaning": [
        menu("Where am I leaning"), "x", "0",  # not an answer, then 0 with nothing to take back
        menu("Where am I leaning"), "2",  # the second treatment
        menu("Where am I leaning"), "",  # Enter keeps it
        menu("How my priorities"), "",
        menu("Save my priorities"),
        "salir",
    ],
    "clinician": [
        menu("Things my clinician"), "1", "", "x", "2", "atrás", "3", "ns", "0",
        *[""] * (len(SHIPPED.clinician_questions) - 6), "6", "",  # skip to the last: not sure
        menu("My summary"), str(SUMMARY_SECTIONS - 3), "inicio",  # the section to discuss
        menu("Save my priorities"),
        "salir",
    ],
}  # fmt: skip
"""The walkthroughs of test_plain_transcripts.py, typed with the Spanish words (the menu's
numbers are the same in both languages: found here by the English labels)."""

ENGLISH_OF_THE_PLAIN_MODE = (
    "Home menu",
    "Your choice",
    "Please type",
    "Section ",
    " sections: ",
    "Enter for section",
    "Enter to go back",
    "Difference ",
    "Question ",
    "Now: ",
    "Goodbye",
    "Saved to",
    "Nothing was saved",
    "End of input",
)
"""Words only the plain mode's own English lines have (not the content's, not the model's)."""


READY, KNOW, LEANING_ITEM, WEIGH = (
    menu(label)
    for label in ("Am I ready", "Check what I know", "Where am I leaning", "What counts")
)
"""The menu's numbers (the same in both languages), found by the English labels."""


@pytest.mark.parametrize("name", list(SCRIPTS))
def test_the_walkthrough_in_spanish(name: str, tmp_path: Path) -> None:
    file = tmp_path / "priorities.toml"
    if name == "ready-summary":
        shutil.copy(KNOWN_PRIORITIES_FILE, file)
    if name == "save-as":
        (tmp_path / "other.toml").write_text("# someone else's\n", encoding="utf-8")
    typed = [answer.replace("TMP", str(tmp_path)) for answer in SCRIPTS[name]]
    done = run_plain(typed, file, "--lang", "es")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    said = normalised(done.stdout, tmp_path)
    assert said == golden(GOLDEN / f"plain-es-{name}.txt", said)
    assert said.startswith("laser-tui, modo simple. ")
    left = [words for words in ENGLISH_OF_THE_PLAIN_MODE if words in said]
    assert not left, f"English left in the plain mode's own lines: {left}"


def test_spanish_and_english_answer_words_both_work(
    in_spanish: None, spanish_content: Content, tmp_path: Path
) -> None:
    said, code = converse_here(
        spanish_content,
        [
            "AYUDA",  # help, in capitals
            "help",
            READY,
            "SÍ",  # question 1: yes
            "no",  # 2: no
            "",  # 3: skipped
            "Atras",  # back to 3, without its accent
            "yes",  # 3: yes
            "N",  # 4: no
            "",  # Enter: back to the home menu
            KNOW,
            "verdadero",
            "F",
            "true",
            "false",
            "back",
            "repetir",
            "repeat",
            "inicio",
            LEANING_ITEM,
            "home",
            "Salir",
            "3",  # keep going
            "quit",
            "2",  # leave without saving
        ],
        tmp_path / "priorities.toml",
    )
    assert code == 0
    assert said.count("En cualquier pregunta también puede escribir:") == 2
    assert "ayuda: lo que puede escribir aquí." in said
    assert "También sirven las palabras en inglés: help, back, home, repeat y quit." in said
    refusals = [
        line for line in said.splitlines() if line.startswith("Escriba ") and line[-1] == "."
    ]
    assert not refusals, f"answer words refused: {refusals}"
    assert said.count("Pregunta 3 de 4.") == 2  # skipped, then back to it
    # asked, back to it, then said again by repetir and by repeat
    assert said.count("Afirmación 4 de ") == 4
    assert said.count("¿Verdadero o falso? Enter para saltarla: ") == 8  # 4 answers, 4 words
    assert said.count("Sus prioridades tienen cambios sin guardar.") == 2  # salir, then quit
    left = (
        f"Salió sin guardar: no se guardó nada, y {tmp_path / 'priorities.toml'} quedó como estaba."
    )
    assert said.endswith(f"{left} Adiós.\n")


def test_spanish_answers_are_kept(
    in_spanish: None, spanish_content: Content, tmp_path: Path
) -> None:
    file = tmp_path / "priorities.toml"
    said, code = converse_here(
        spanish_content,
        [READY, "sí", "No", "s", "yes", "", "salir", "1"],
        file,
    )
    assert code == 0, said
    readiness = load_priorities(file, spanish_content).priorities.readiness
    answers = (readiness.sure, readiness.understand, readiness.values, readiness.support)
    assert answers == (True, False, True, True)


def test_a_number_one_past_the_range_is_refused_in_spanish(
    in_spanish: None, spanish_content: Content, tmp_path: Path
) -> None:
    said, code = converse_here(
        spanish_content,
        [str(MENU_SIZE + 1), WEIGH, "6", "inicio", "salir"],
        tmp_path / "priorities.toml",
    )
    assert code == 0
    assert f"Escriba un número del 1 al {MENU_SIZE}.\n" in said
    assert "Escriba un número entero del 0 al 5, o pulse Enter para saltarla.\n" in said
    assert "Please type" not in said


@pytest.mark.parametrize(
    ("arguments", "variables"),
    [(("--lang", "es"), {}), ((), {"LANG": "es_ES.UTF-8"}), ((), {"LANGUAGE": "es_MX:en"})],
    ids=["--lang", "LANG", "LANGUAGE"],
)
def test_spanish_starts_the_plain_mode_on_the_spanish_content(
    arguments: tuple[str, ...], variables: dict[str, str], spanish_content: Content, tmp_path: Path
) -> None:
    done = run_plain(
        ["salir"],
        tmp_path / "priorities.toml",
        *arguments,
        environment=plain_environment(**variables),
    )
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    assert first == f"laser-tui, modo simple. {spanish_content.title}"
    assert done.stdout.endswith("Adiós.\n")
