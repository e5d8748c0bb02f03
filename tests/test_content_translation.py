"""A translated content file: its language, base and translator, and `check-content` refusing
any difference from the base other than text, one line each, naming file, line, field and id."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import tomli_w

from laser_tui.files.locations import shipped_content_path
from laser_tui.files.toml_io import load_content
from laser_tui.model.problems import InputProblem

LASER_TUI = Path(sys.executable).with_name("laser-tui")
BASE = shipped_content_path()
SPANISH = BASE.with_name("content.es.toml")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the installed command and collect what it printed."""
    return subprocess.run(
        [str(LASER_TUI), *args], capture_output=True, text=True, timeout=60, check=False
    )


def planted(folder: Path, old: str, new: str) -> tuple[Path, int]:
    """The Spanish file beside a copy of its base, with the first ``old`` made ``new``; the
    file and the line of the change."""
    shutil.copy(BASE, folder / "content.toml")
    text = SPANISH.read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new, 1)
    path = folder / "content.es.toml"
    path.write_text(text, encoding="utf-8")
    return path, text[: text.index(new)].count("\n") + 1


def test_the_shipped_spanish_content_differs_from_its_base_only_in_text() -> None:
    done = run("check-content", str(SPANISH))
    assert done.returncode == 0, done.stderr
    assert f"ok: {SPANISH}: differs from its base {BASE} only in text" in done.stdout
    assert "Fernández-Huerta" in done.stdout
    content = load_content(SPANISH)
    assert content.language == "es"
    assert content.title.startswith("¿Tensado cutáneo con láser")
    assert content.translation is not None
    assert not content.translation.reviewed_by_medical_translator
    assert not content.translation.back_translated


def test_english_content_says_english_and_an_older_file_without_a_language_loads(
    tmp_path: Path,
) -> None:
    assert load_content().language == "en"
    data = tomllib.loads(BASE.read_text(encoding="utf-8"))
    data.pop("language", None)
    path = tmp_path / "older.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    content = load_content(path)
    assert (content.language, content.base, content.translation) == ("en", None, None)


PLANTS = [
    pytest.param(
        "fit = { tightening = 0.2, resurfacing = 0.8 }",
        "fit = { tightening = 0.3, resurfacing = 0.7 }",
        'criteria[1].fit.tightening (criterion "dramatic_change"): 0.3 here, but 0.2 in the base',
        id="fit",
    ),
    pytest.param(
        "per_100 = 37",
        "per_100 = 3.7",
        'outcomes[1].figures.resurfacing.per_100 (outcome "darker_patches"): 3.7 here, but 37',
        id="figure",
    ),
    pytest.param(
        "size = 303",
        "size = 302",
        'outcomes[1].figures.tightening.size (outcome "darker_patches"): 302 here, but 303',
        id="group-size",
    ),
    pytest.param(
        'sources = ["par_2021"]',
        'sources = ["mayo_resurfacing"]',
        "concerns[1].what_it_is[1].sources[1] (concern \"loose_skin\"): 'mayo_resurfacing' here, "
        "but 'par_2021'",
        id="source",
    ),
    pytest.param(
        'certainty = "review"',
        'certainty = "guidance"',
        "concerns[1].what_it_is[1].certainty (concern \"loose_skin\"): 'guidance' here, "
        "but 'review'",
        id="certainty",
    ),
    pytest.param(
        "next_review = 2027-12-01",
        "next_review = 2028-12-01",
        "next_review: 2028-12-01 here, but 2027-12-01",
        id="review-date",
    ),
    pytest.param(
        'title = "Non-surgical skin tightening"',
        'title = "Tensado cutáneo no quirúrgico"',
        "sources[5].title (source \"par_2021\"): 'Tensado cutáneo no quirúrgico' here, but "
        "'Non-surgical skin tightening'",
        id="reference-title",
    ),
    pytest.param(
        '  "¿Cuánto costará el tratamiento completo, incluidas las sesiones extra?",\n',
        "",
        "questions: a list of 7 here, but a list of 8 in the base",
        id="missing-question",
    ),
    pytest.param(
        'id = "evidence"',
        'id = "evidencia"',
        "criteria[6].id (criterion \"evidencia\"): 'evidencia' here, but no such item",
        id="renamed-id",
    ),
]


@pytest.mark.parametrize(("old", "new", "said"), PLANTS)
def test_check_content_refuses_each_difference_other_than_text(
    tmp_path: Path, old: str, new: str, said: str
) -> None:
    path, line = planted(tmp_path, old, new)
    done = run("check-content", str(path))
    assert done.returncode == 2
    assert done.stdout == ""
    told = [told for told in done.stderr.splitlines() if said in told]
    assert told, done.stderr
    where = "" if new == "" else f"line {line}: "
    assert told[0].startswith(f"{path}: {where}"), told[0]
    assert f"in the base {tmp_path / 'content.toml'};" in told[0]


def test_items_out_of_the_base_files_order_are_named(tmp_path: Path) -> None:
    shutil.copy(BASE, tmp_path / "content.toml")
    data = tomllib.loads(SPANISH.read_text(encoding="utf-8"))
    options = data["other_options"]
    options[0], options[1] = options[1], options[0]
    path = tmp_path / "content.es.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    done = run("check-content", str(path))
    assert done.returncode == 2
    assert (
        "other_options[1].id (other option \"facelift\"): 'facelift' here, but "
        "'e_matrix' in the base"
    ) in done.stderr
    assert "put the items of other_options in the base file's order" in done.stderr
    assert len(done.stderr.splitlines()) == 1


def test_the_base_can_be_given_on_the_command_line(tmp_path: Path) -> None:
    path, _ = planted(tmp_path, 'base = "content.toml"\n', 'base = "elsewhere.toml"\n')
    assert run("check-content", str(path)).returncode == 2
    done = run("check-content", str(path), "--base", str(BASE))
    assert done.returncode == 0, done.stderr
    assert f"differs from its base {BASE} only in text" in done.stdout


def test_a_missing_base_is_one_line(tmp_path: Path) -> None:
    path, _ = planted(tmp_path, 'base = "content.toml"\n', 'base = "gone.toml"\n')
    done = run("check-content", str(path))
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"{path}: its base file: {tmp_path / 'gone.toml'}: no such file; check the path"
    ]


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ('base = "content.toml"\n', "", "needs both base (its base file) and a [translation]"),
        ('language = "es"', 'language = "Spanish"', "language: is not a language tag"),
        (
            'translated_by = "los desarrolladores de laser-tui, con ayuda de una herramienta de '
            'escritura con IA"',
            'translated_by = "A\\u202eB"',
            "translation.translated_by: holds the character U+202E",
        ),
        ("back_translated = false", 'back_translated = "no"', "translation.back_translated: "),
        ("date = 2026-12-07", 'date = "soon"', "translation.date: "),
    ],
)
def test_the_language_and_translation_are_checked_like_every_field(
    tmp_path: Path, old: str, new: str, said: str
) -> None:
    path, _ = planted(tmp_path, old, new)
    with pytest.raises(InputProblem) as caught:
        load_content(path)
    assert any(said in line for line in caught.value.lines), caught.value.lines
    done = run("check-content", str(path))
    assert done.returncode == 2
    assert said in done.stderr
