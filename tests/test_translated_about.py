"""About says who translated the content and that the translation is not yet reviewed by a
medical translator nor back-translated, on the screen, in plain mode and in the summary; only
when the content is a translation; here with English screens around the Spanish content
(tests/test_spanish_dialogs.py shows it all in Spanish)."""

from __future__ import annotations

from pathlib import Path

from laser_tui.app import LaserApp
from laser_tui.files.locations import shipped_content_path
from laser_tui.files.toml_io import load_content
from laser_tui.model.content_language import Translation
from laser_tui.model.priorities import Priorities
from laser_tui.model.summary import build_summary
from laser_tui.screens.about import AboutScreen
from support.plain import converse_here, menu, run_plain
from support.screens import stack
from support.sizes import SMALL

SPANISH = shipped_content_path().with_name("content.es.toml")
WHO = (
    "The content was translated by los desarrolladores de laser-tui, con ayuda de una "
    "herramienta de escritura con IA"
)
NOT_YET = (
    "This translation has not yet been reviewed by a qualified medical translator or "
    "back-translated to check that nothing changed."
)


def _about_text(app: LaserApp) -> str:
    return " ".join(str(part.render()) for part in app.screen.query(".about-part"))


async def test_about_on_spanish_content_says_who_translated_it_and_it_is_not_reviewed() -> None:
    content = load_content(SPANISH)
    app = LaserApp(content)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("a")
        assert isinstance(app.screen, AboutScreen), stack(app)
        shown = _about_text(app)
    assert "Translation" in shown
    assert f"{WHO} (7 December 2026)." in shown
    assert NOT_YET in shown
    assert "Fernández-Huerta" in shown
    assert content.about is not None
    assert content.about.funding.split(".")[0] in shown  # the content itself is in Spanish


async def test_about_on_english_content_says_nothing_of_a_translation() -> None:
    app = LaserApp(load_content())
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("a")
        assert isinstance(app.screen, AboutScreen), stack(app)
        shown = _about_text(app)
    assert "translated" not in shown
    assert "Flesch-Kincaid" in shown


def test_about_in_plain_mode_says_it_for_the_spanish_content(tmp_path: Path) -> None:
    content = load_content(SPANISH)
    said, code = converse_here(
        content, [menu("About this aid"), *[""] * 14, "quit"], tmp_path / "p"
    )
    assert code == 0
    assert ": Translation.\n" in said
    assert WHO in said
    assert NOT_YET in said
    english, _ = converse_here(
        load_content(), [menu("About this aid"), *[""] * 14, "quit"], tmp_path / "q"
    )
    assert "translated" not in english


def test_the_summary_says_it_and_stops_once_reviewed_and_back_translated() -> None:
    content = load_content(SPANISH)
    about = build_summary(content, Priorities()).about
    assert WHO in about
    assert NOT_YET in about
    assert content.translation is not None
    checked = content.model_copy(
        update={
            "translation": Translation(
                translated_by=content.translation.translated_by,
                date=content.translation.date,
                reviewed_by_medical_translator=True,
                back_translated=True,
            )
        }
    )
    about = build_summary(checked, Priorities()).about
    assert WHO in about
    assert "not yet" not in about
    assert "translated" not in build_summary(load_content(), Priorities()).about


def test_laser_tui_plain_runs_on_the_spanish_content(tmp_path: Path) -> None:
    done = run_plain(
        [menu("About this aid"), *[""] * 14, "quit"],
        tmp_path / "p.toml",
        "--content",
        str(SPANISH),
    )
    assert done.returncode == 0, done.stderr
    assert "¿Tensado cutáneo con láser o rejuvenecimiento cutáneo con láser?" in done.stdout
    assert NOT_YET in done.stdout
