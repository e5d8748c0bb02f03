"""The main decision screens in Spanish at 80×24: each opened by its key shows its own words in
Spanish (none of the English left), fits with its footer (snapshots), and switching the language
on Weigh it up keeps every answer."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from rich.console import Console
from textual.content import Content as TextualContent
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Footer, OptionList, Static

from laser_tui.app import LaserApp
from laser_tui.language.catalogue import _, current
from laser_tui.model import concerns, costs, leaning, recovery
from laser_tui.model.chances import rounding_words
from laser_tui.model.content import Content
from laser_tui.model.priorities import MAX_WEIGHT, MIN_WEIGHT
from laser_tui.screens.decision import DecisionScreen
from laser_tui.screens.home import HomeScreen
from laser_tui.widgets.too_small import TooSmall
from laser_tui.widgets.weight_control import WeightControl
from support.kiosk import make_kiosk
from support.kiosk_pilot import start
from support.screens import home_marked_clock
from support.sizes import SMALL

pytestmark = pytest.mark.timeout(120)

SCREENS: dict[str, tuple[list[str], str]] = {
    "home": ([], "Contenido revisado el"),
    "tightening": (["1"], "También se llama:"),
    "resurfacing": (["2"], "Qué tan seguro es cada dato"),
    "compare": (["c"], "Si quiere…"),
    "chances": (["n"], "Ningún estudio comparó los tratamientos directamente"),
    "checklist": (["l", "space", "down", "down", "space"], "2 de 6 diferencias cuentan para usted"),
    "decision": (["l", "space", "down", "space", "w", "right"], "Cómo encajan sus prioridades"),
    "leaning": (["l", "space", "w", "i"], "Ahora que lo ha sopesado"),
    "concerns": (["m", "space"], "Espacio o Enter para elegir"),
    "other_options": (["o"], "No tiene que elegir"),
    "recovery": (["d"], "(otra opción)"),
}
"""Each screen: the keys a person presses to open it, and a line of its own it shows."""

ENGLISH = re.compile(r"\b(the|and|your|you)\b", re.IGNORECASE)
"""English words that Spanish never has ("the", "and", "your", "you"), as whole words."""


def _plain(shown: object) -> str:
    """A widget's content as plain text on unwrapped lines."""
    if isinstance(shown, str | TextualContent):
        return str(shown) if isinstance(shown, str) else shown.plain
    console = Console(width=10_000, color_system=None, file=io.StringIO(), record=True)
    console.print(shown)
    return console.export_text()


def screen_words(app: LaserApp) -> str:
    """Every word the current screen holds, scrolled into view or not: its title, each text,
    list row, footer label and border hint (not the too-small notice, hidden at 80×24)."""
    screen = app.screen
    parts = [screen.sub_title or ""]
    for widget in screen.query(Widget):
        if isinstance(widget, TooSmall | Footer):
            continue
        if isinstance(widget, OptionList):
            parts += [str(widget.get_option_at_index(n).prompt) for n in range(widget.option_count)]
        elif isinstance(widget, Static):
            parts.append(_plain(widget.content))
        elif hasattr(widget, "shown") or type(widget).__name__ in (
            "FooterKey",
            "ScoreBar",
        ):  # the widgets that keep their lines
            parts.append(_plain(widget.render()))
        parts.append(str(widget.border_subtitle or ""))
    return "\n".join(parts)


def cut_footer_keys(app: LaserApp) -> list[str]:
    """The footer's keys that do not fit in the terminal's width (none, when it fits)."""
    width = app.size.width
    keys = list(app.screen.query("FooterKey"))
    assert keys, "the screen has no footer keys"
    return [str(key.render()) for key in keys if not 0 < key.region.right <= width]


def other_areas(content: Content) -> Iterator[str]:
    """Words these screens show that the pure model builds (wrapped and tested with the model,
    not here), each in the language shown, so that once translated it is checked like the
    rest; and the sources' titles, cited as published."""
    yield from (_(words) for words in recovery.STAGES.values())
    yield from (_(text) for text in (recovery.INTRODUCTION, recovery.TITLE, costs.TITLE))
    for column in recovery.columns(content):
        for stage in column.stages.values():
            yield from recovery.stage_words(content, stage)
    yield from costs.cost_lines(content)
    yield from (_(text) for text in (concerns.INTRO, concerns.NOT_SURE_LABEL))
    yield from (_(text) for text in (leaning.QUESTION, leaning.OWN_VIEW))
    for treatment in content.treatments:
        yield from (_(title) for title, _facts in treatment.sections())
    for concern in content.concerns:
        yield from (_(title) for title, _facts in concerns.concern_sections(content, concern))
    for outcome in content.outcomes:
        for figure in outcome.figures.values():
            yield from (rounding_words(f) or "" for f in (figure, *figure.also))
    for source in content.sources:
        yield f"{source.title}, {source.publisher}"
        yield source.url or ""


def own_words(app: LaserApp) -> str:
    """What the screen shows, less the model's words (and the verdict, which is all model)."""
    shown = screen_words(app)
    if isinstance(app.screen, DecisionScreen):
        shown = shown.replace(app.screen.query_one("#wording").render().plain, "")  # type: ignore[union-attr]
    for words in sorted(other_areas(app.content), key=len, reverse=True):
        shown = shown.replace(words, "")
    return shown


@pytest.mark.parametrize("screen", list(SCREENS))
async def test_each_screen_footer_fits_in_a_spanish_kiosk(
    in_spanish: None, spanish_content: Content, tmp_path: Path, screen: str
) -> None:
    app = make_kiosk(spanish_content, tmp_path, language="es")  # a Spanish clinic
    async with app.run_test(size=SMALL) as pilot:
        await start(pilot)
        await pilot.press(*SCREENS[screen][0])
        await pilot.pause()
        assert not cut_footer_keys(app)


@pytest.mark.parametrize("screen", home_marked_clock(list(SCREENS)))
def test_each_screen_speaks_spanish_and_fits(
    snap_compare: Callable[..., bool], in_spanish: None, spanish_content: Content, screen: str
) -> None:
    """Opened by its keys at 80×24: its own line in Spanish, no English of its own, its footer's
    keys in full, and the snapshot (one run of the app for all four; the home screen shows the
    review date, so it is marked `clock`)."""
    keys, line = SCREENS[screen]
    seen: dict[str, object] = {}

    async def open_and_look(pilot: Pilot[None]) -> None:
        await pilot.press(*keys)
        await pilot.pause()
        app = pilot.app
        assert isinstance(app, LaserApp)
        seen["shown"] = screen_words(app)
        seen["english"] = [t.strip() for t in own_words(app).splitlines() if ENGLISH.search(t)]
        seen["cut"] = cut_footer_keys(app)

    assert snap_compare(LaserApp(spanish_content), run_before=open_and_look, terminal_size=SMALL)
    shown = str(seen["shown"])
    assert line in shown, f"{line!r} not on {screen}: {shown[:2000]}"
    assert not seen["english"], f"English left on {screen}: {seen['english']}"
    assert not seen["cut"]


async def test_switching_language_on_weigh_it_up_keeps_every_answer(content: Content) -> None:
    app = LaserApp(content)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("m", "space", "escape", "l", "space", "down", "space", "w")
        await pilot.press("right", "right", "down", "left", "i", "down", "space", "escape")
        assert isinstance(app.screen, DecisionScreen)
        before = app.priorities
        assert before.leaning is not None and before.concerns  # answers worth keeping
        await pilot.press("e")
        await pilot.press("down", "enter")
        await pilot.pause()
        assert current() == "es"
        assert app.priorities == before
        assert isinstance(app.screen, HomeScreen)
        assert app.screen.sub_title == "Inicio"
        assert "Contenido revisado el" in screen_words(app)
        await pilot.press("w")
        assert isinstance(app.screen, DecisionScreen)
        assert app.priorities == before
        assert "Cómo encajan sus prioridades" in screen_words(app)


async def test_every_weight_line_fits_the_control_in_spanish(
    in_spanish: None, spanish_content: Content
) -> None:
    """A weight change repaints its control without a layout, so each line fits in Spanish."""
    app = LaserApp(spanish_content)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("w")
        control = app.screen.query(WeightControl).first()
        width = control.content_size.width
        lines = [control.render().plain.split("\n")[-1]]  # does not count
        await pilot.press("space")
        for weight in range(MIN_WEIGHT, MAX_WEIGHT + 1):
            control.weight = weight
            lines.append(control.render().plain.split("\n")[-1])
        assert "no cuenta para usted" in lines[0]
        assert [line for line in lines if len(line) > width] == []
