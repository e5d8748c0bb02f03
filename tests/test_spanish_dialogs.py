"""About, the knowledge check, the readiness check, the clinician's questions, the summary, help
and the dialogs, in Spanish at 80x24: opened by the keyboard as a person does, each shows its
own words in Spanish (none of " the ", " and ", " your ", " you " left), its footer fits, and
English stays as it was (tests/test_snapshots.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from io import StringIO
from pathlib import Path

import pytest
from rich.console import Console
from rich.text import Text
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import OptionList, Static

from laser_tui.app import LaserApp
from laser_tui.files.priorities_file import FORMAT
from laser_tui.language.formats import long_date
from laser_tui.model.content import Content
from laser_tui.screens.about import AboutScreen
from laser_tui.screens.clinician import ClinicianScreen
from laser_tui.screens.dialogs.basis import BasisDialog
from laser_tui.screens.dialogs.choice import LeaveDialog, ReplaceNewerDialog
from laser_tui.screens.dialogs.file_messages import FileMessagesDialog
from laser_tui.screens.dialogs.save_as import SaveAsDialog
from laser_tui.screens.help import HelpDialog
from laser_tui.screens.knowledge import KnowledgeScreen
from laser_tui.screens.readiness import ReadinessScreen
from laser_tui.screens.summary import SummaryScreen
from laser_tui.widgets.header import LaserHeader
from laser_tui.widgets.too_small import TooSmall
from laser_tui.widgets.true_false import TrueFalse
from laser_tui.widgets.yes_no import YesNoQuestion
from support.kiosk_pilot import wait_until
from support.screens import stack
from support.sizes import SMALL

pytestmark = pytest.mark.usefixtures("in_spanish")

ENGLISH = (" the ", " and ", " your ", " you ")


def english_in(texts: Iterable[str]) -> list[str]:
    """The English words left in ``texts`` (each text on its own, its spacing made single)."""
    found = []
    for text in texts:
        padded = f" {' '.join(text.split()).lower()} "
        found += [f"{word.strip()!r} in {text!r}" for word in ENGLISH if word in padded]
    return found


def as_text(widget: Widget) -> str:
    """What a widget shows, as text: a list's options, one a line; a Static's text unwrapped;
    anything else (a table) as the terminal draws it, 78 columns wide."""
    if isinstance(widget, OptionList):
        return "\n".join(str(option.prompt) for option in widget.options)
    content = widget.content if isinstance(widget, Static) else widget.render()
    if isinstance(content, str):
        return Text.from_markup(content).plain
    if isinstance(content, Text):
        return content.plain
    console = Console(width=SMALL[0] - 2, record=True, file=StringIO())
    console.print(content)
    return console.export_text().rstrip("\n")


def shown(app: LaserApp, selector: str) -> list[str]:
    """What each widget matching ``selector`` on the screen in view shows, as text."""
    return [as_text(widget) for widget in app.screen.query(selector).results(Widget)]


async def footer(pilot: Pilot[None]) -> list[str]:
    """The footer's labels (once it has its keys), after checking that every key of it fits
    in the 80 columns."""
    app = pilot.app
    await wait_until(pilot, lambda: bool(app.screen.query("FooterKey")))
    keys = list(app.screen.query("FooterKey"))
    assert max(key.region.right for key in keys) <= SMALL[0], "the footer fits 80 columns"
    return [str(getattr(key, "description", "")) for key in keys]


def header(app: LaserApp) -> str:
    """The header line of the screen in view."""
    return str(app.screen.query_one(LaserHeader).render())


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of the test's own, so paths show as ~/..."""
    monkeypatch.setenv("HOME", str(tmp_path))
    return tmp_path


async def test_about_in_spanish(spanish_content: Content) -> None:
    app = LaserApp(spanish_content)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("a")
        assert isinstance(app.screen, AboutScreen), stack(app)
        titles = [part.split("\n")[0] for part in shown(app, ".about-part")]
        checked = next(part for part in shown(app, ".about-part") if "Cuándo se revisó" in part)
        dates = checked.split("\n")[1]
        title = shown(app, ".title")[0]
        labels = await footer(pilot)
        bar = header(app)
    assert title.startswith("Acerca de esta ayuda: versión ")
    assert "Quién la hizo" in titles and "Traducción" in titles
    assert dates.startswith(f"Revisada el {long_date(spanish_content.reviewed)}; ")
    assert "diciembre de" in dates
    assert "Acerca de esta ayuda" in bar and "Inicio" in labels
    assert not english_in([*titles, dates, title, bar, *labels])


async def test_knowledge_check_in_spanish(spanish_content: Content) -> None:
    app = LaserApp(spanish_content)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("k")
        assert isinstance(app.screen, KnowledgeScreen), stack(app)
        first = app.screen.query(TrueFalse).first()
        assert first.border_subtitle == "Su respuesta: todavía no"
        await pilot.press("t")
        assert first.border_subtitle == "Su respuesta: verdadero"
        hint = shown(app, ".hint")[0]
        buttons = [str(button.label) for button in first.query("RadioButton").results()]
        own = [hint, str(first.border_title), *buttons, header(app), *(await footer(pilot))]
    assert hint.startswith("¿Cada frase es verdadera o falsa? Pulse t (verdadero) o f (falso)")
    assert buttons == ["Verdadero", "Falso"]
    assert not english_in(own)


async def test_readiness_check_in_spanish(spanish_content: Content) -> None:
    app = LaserApp(spanish_content)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("r")
        assert isinstance(app.screen, ReadinessScreen), stack(app)
        await pilot.press("y")
        question = app.screen.query(YesNoQuestion).first()
        own = [
            *shown(app, "#readiness-intro, #knowledge-link, #clinician-link"),
            str(question.border_subtitle),
            header(app),
            *(await footer(pilot)),
        ]
    assert own[0].startswith("Cuatro preguntas rápidas para prepararse para su consulta")
    assert "Su respuesta: Sí" in own
    assert "¿Tengo lo necesario para hablarlo?" in own[4]
    assert not english_in(own)


async def test_clinician_questions_in_spanish(spanish_content: Content) -> None:
    app = LaserApp(spanish_content)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("t")
        assert isinstance(app.screen, ClinicianScreen), stack(app)
        question = shown(app, "#clinician-question")[0]
        status = shown(app, "#clinician-status")[0]
        labels = await footer(pilot)
    total = len(spanish_content.clinician_questions)
    first = spanish_content.clinician_questions[0].question
    assert question == f"Pregunta 1 de {total}: {first}"
    assert status.startswith("Su respuesta: ")
    keys = status[status.index("Responda con") :]
    assert keys.endswith("Del borra una respuesta. Pulse s para ver su resumen.")
    assert "Elegir" in labels
    assert not english_in([question, keys, *labels])


async def test_summary_in_spanish_says_where_it_saved(spanish_content: Content, home: Path) -> None:
    app = LaserApp(spanish_content, priorities_path=home / "priorities.toml")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("s")
        assert isinstance(app.screen, SummaryScreen), stack(app)
        labels = await footer(pilot)
        await pilot.press("e")
        said = [note.message for note in app._notifications]
        bar = header(app)
    assert said == ["Resumen guardado en ~/priorities-summary.md"]
    assert "Mi resumen" in bar
    assert {"Texto", "PDF", "Preparar", "Inicio"} <= set(labels)
    assert not english_in([*said, bar, *labels])


async def test_help_lists_the_keys_in_spanish(spanish_content: Content) -> None:
    app = LaserApp(spanish_content)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("r", "f1")
        assert isinstance(app.screen, HelpDialog), stack(app)
        title = shown(app, ".title")[0]
        rows = [(row.group, row.words) for row in app.screen.rows]
        keys = shown(app, "#help-keys")[0]
        labels = await footer(pilot)
    assert title.startswith("Teclas: ¿Tengo lo necesario para hablarlo?")
    for words in ("Moverse", "Cambiar", "Ir a", "Responder sí", "La pregunta siguiente"):
        assert words in keys, words
    assert "Volver a la pantalla de inicio" in keys and "Ver el resumen para llevar" in keys
    assert rows, "the help has rows"
    assert "Cerrar ayuda" in labels
    assert not english_in([title, *keys.splitlines(), *labels])


async def test_leaving_with_changes_asks_in_spanish(spanish_content: Content, home: Path) -> None:
    app = LaserApp(spanish_content, priorities_path=home / "priorities.toml")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("r", "y", "ctrl+q")
        assert isinstance(app.screen, LeaveDialog), stack(app)
        own = [*shown(app, ".dialog-title, .dialog-text, .dialog-choices"), *(await footer(pilot))]
        await pilot.press("k")
        assert isinstance(app.screen, ReadinessScreen), stack(app)
    text = "\n".join(own)
    assert "¿Salir de laser-tui?" in own
    assert "Sus prioridades tienen cambios sin guardar." in own
    assert "Guardar mis prioridades y luego salir" in text and "Seguir editando" in own
    assert not english_in(own)


async def test_a_newer_file_is_told_and_asked_about_in_spanish(
    spanish_content: Content, home: Path
) -> None:
    path = home / "priorities.toml"
    path.write_text(f"format = {FORMAT + 1}\n[priorities.low_risk]\nmatters = true\n")
    app = LaserApp(spanish_content, priorities_path=path)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, FileMessagesDialog), stack(app)
        told = [*shown(app, ".dialog-title"), *shown(app, ".dialog-text"), *(await footer(pilot))]
        await pilot.press("enter", "ctrl+s")
        assert isinstance(app.screen, ReplaceNewerDialog), stack(app)
        asked = [*shown(app, ".dialog-title, .dialog-choices"), *(await footer(pilot))]
        await pilot.press("escape")
    assert told[0] == "No se pudo usar una parte de su archivo de prioridades, ~/priorities.toml"
    assert told[1] == (
        "Su archivo no cambia hasta que usted guarde. Al guardar, primero se deja una copia de "
        "él a su lado."
    )
    assert "Aceptar" in told
    assert asked[0] == "¿Reemplazar un archivo de una versión más nueva de laser-tui?"
    assert "Reemplazarlo (se deja una copia de él a su lado)" in asked[1]
    assert not english_in([*told, *asked])


async def test_save_as_asks_in_spanish(spanish_content: Content, home: Path) -> None:
    app = LaserApp(spanish_content, priorities_path=home / "priorities.toml")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("ctrl+o")
        assert isinstance(app.screen, SaveAsDialog), stack(app)
        own = [*shown(app, ".dialog-title, .dialog-text"), *(await footer(pilot))]
    assert own[0] == "Guardar mis prioridades como…"
    assert own[1].startswith("Escriba el archivo donde guardar")
    assert "Cancelar" in own
    assert not english_in(own)


async def test_why_it_fits_in_spanish(spanish_content: Content) -> None:
    app = LaserApp(spanish_content)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("w", "down", "down", "b")
        assert isinstance(app.screen, BasisDialog), stack(app)
        title = shown(app, ".dialog-title")[0]
        basis = shown(app, ".dialog-text")
        labels = await footer(pilot)
    assert title == f"Por qué encaja cada uno: {spanish_content.criteria[2].label}"
    assert all("Por qué: " in text for text in basis)
    assert "Volver" in labels
    assert not english_in([title, *labels])


async def test_too_small_in_spanish(spanish_content: Content) -> None:
    app = LaserApp(spanish_content)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        notice = str(app.screen.query_one(TooSmall).render())
    assert notice.startswith("Agrande esta ventana de terminal a por lo menos 80 columnas")
    assert "(ahora mide 60 por 20)" in notice
    assert not english_in([notice])


async def test_the_file_line_is_in_spanish(spanish_content: Content, home: Path) -> None:
    app = LaserApp(spanish_content, priorities_path=home / "priorities.toml")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert app.file_words == (
            "Aún no hay prioridades guardadas. Ctrl+S las guarda en ~/priorities.toml"
        )
        await pilot.press("ctrl+s")
        assert app.file_words == "Sus prioridades están guardadas en ~/priorities.toml"


SNAPSHOTS = {
    "about": ["a"],
    "knowledge": ["k", "t"],
    "readiness": ["r", "y", "n"],
    "clinician": ["t", "y"],
    "summary": ["s"],
    "help": ["r", "f1"],
    "leave": ["r", "y", "ctrl+q"],
    "basis": ["w", "down", "down", "b"],
}


@pytest.mark.parametrize("screen", list(SNAPSHOTS))
def test_snapshot_in_spanish(
    snap_compare: Callable[..., bool], spanish_content: Content, home: Path, screen: str
) -> None:
    app = LaserApp(spanish_content, priorities_path=home / "priorities.toml")
    assert snap_compare(app, press=SNAPSHOTS[screen], terminal_size=SMALL)


def test_snapshot_of_a_newer_file_in_spanish(
    snap_compare: Callable[..., bool], spanish_content: Content, home: Path
) -> None:
    path = home / "priorities.toml"
    path.write_text(f"format = {FORMAT + 1}\n[priorities.low_risk]\nmatters = true\n")
    app = LaserApp(spanish_content, priorities_path=path)
    assert snap_compare(app, press=["enter", "ctrl+s"], terminal_size=SMALL)


def test_snapshot_of_too_small_in_spanish(
    snap_compare: Callable[..., bool], spanish_content: Content
) -> None:
    assert snap_compare(LaserApp(spanish_content), terminal_size=(60, 20))
