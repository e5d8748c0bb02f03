"""The app driven by keyboard alone, as a person uses it (Textual pilot)."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from rich.console import Console
from textual.pilot import Pilot
from textual.widgets import Static

from laser_tui.app import HIGH_CONTRAST, STANDARD_THEME, LaserApp
from laser_tui.screens.checklist import ChecklistScreen
from laser_tui.screens.compare import CompareScreen
from laser_tui.screens.decision import DecisionScreen
from laser_tui.screens.help import HelpDialog
from laser_tui.screens.home import HomeScreen
from laser_tui.screens.other_options import OtherOptionsScreen
from laser_tui.screens.treatment import TreatmentScreen
from laser_tui.widgets.checklist import Checklist
from laser_tui.widgets.facts import FactSection, SourceList, source_marker
from laser_tui.widgets.score_bar import ScoreBar
from laser_tui.widgets.too_small import TooSmall
from laser_tui.widgets.weight_control import WeightControl
from support.screens import focused_id, stack, text_of
from support.sizes import SMALL

MakeApp = Callable[..., LaserApp]


def bar_scores(app: LaserApp) -> dict[str, float | None]:
    """The score each bar on the decision panel shows."""
    return {bar.id or "": bar.score for bar in app.screen.query(ScoreBar)}


async def test_a_whole_visit_by_keyboard_alone(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        assert stack(app) == [HomeScreen]
        assert focused_id(app) == "menu"

        await pilot.press("1")
        assert stack(app) == [HomeScreen, TreatmentScreen]
        assert isinstance(app.screen, TreatmentScreen)
        assert app.screen.treatment.id == "tightening"
        assert focused_id(app) == "treatment-body"

        await pilot.press("escape")
        assert stack(app) == [HomeScreen]
        assert focused_id(app) == "menu"
        await pilot.press("down", "down", "enter")  # after what bothers me: the other treatment
        assert isinstance(app.screen, TreatmentScreen)
        assert app.screen.treatment.id == "resurfacing"

        await pilot.press("c")
        assert stack(app) == [HomeScreen, CompareScreen]
        assert focused_id(app) == "compare-body"

        await pilot.press("l")
        assert stack(app) == [HomeScreen, ChecklistScreen]
        assert focused_id(app) == "checklist"
        await pilot.press("space", "down", "enter")
        assert app.screen.query_one(Checklist).ticked == {"dramatic_change", "short_recovery"}
        assert app.priorities.number_counted() == 2
        assert text_of(app, "#checklist-count") == "2 of 6 differences count for you."
        await pilot.press("space")  # untick short recovery, then tick it again
        assert not app.priorities.get("short_recovery").counts
        await pilot.press("space")

        await pilot.press("w")
        assert stack(app) == [HomeScreen, DecisionScreen]
        assert focused_id(app) == "weight-dramatic_change"
        assert app.result.leader is None  # both at 3: 50 against 50
        assert app.result.too_close

        await pilot.press("right", "right")
        assert app.priorities.get("dramatic_change").weight == 5
        assert app.result.leader == "resurfacing"
        # 42.5 and 57.5, shown as the whole numbers a person reads (halves up)
        assert app.result.scores == {"tightening": 43, "resurfacing": 58}
        assert bar_scores(app) == pytest.approx({"score-tightening": 43, "score-resurfacing": 58})
        assert "line up more with Resurfacing" in text_of(app, "#wording")

        await pilot.press("down", "plus", "plus")
        assert focused_id(app) == "weight-short_recovery"
        assert app.priorities.get("short_recovery").weight == 5
        assert app.result.leader is None
        assert bar_scores(app) == pytest.approx({"score-tightening": 50, "score-resurfacing": 50})
        assert text_of(app, "#wording").startswith("Too close to call")
        assert stack(app) == [HomeScreen, DecisionScreen]

        await pilot.press("escape", "l")  # the checklist remembers the ticks
        assert app.screen.query_one(Checklist).ticked == {"dramatic_change", "short_recovery"}


async def test_the_tab_order_of_every_screen(make_app: MakeApp) -> None:
    async def tab_order(pilot: Pilot[None], stops: int) -> list[str | None]:
        order = []
        for _ in range(stops + 1):
            order.append(focused_id(app))
            await pilot.press("tab")
        return order

    app = make_app()
    weights = [f"weight-{c.id}" for c in app.content.criteria]
    async with app.run_test(size=SMALL) as pilot:
        assert await tab_order(pilot, 1) == ["menu", "menu"]
        for key, body in [("1", "treatment-body"), ("2", "treatment-body")]:
            await pilot.press(key)
            assert await tab_order(pilot, 1) == [body, body]
        await pilot.press("c")
        assert await tab_order(pilot, 1) == ["compare-body", "compare-body"]
        await pilot.press("l")
        assert await tab_order(pilot, 1) == ["checklist", "checklist"]
        await pilot.press("o")
        assert await tab_order(pilot, 1) == ["options-body", "options-body"]
        await pilot.press("w")
        assert await tab_order(pilot, len(weights) + 1) == [*weights, "result", weights[0]]
        await pilot.press("f1")
        assert await tab_order(pilot, 1) == ["help-body", "help-body"]


async def test_up_and_down_move_between_weights(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("w", "down", "down")
        assert focused_id(app) == "weight-gentle_procedure"
        await pilot.press("up")
        assert focused_id(app) == "weight-short_recovery"


async def test_a_weight_that_is_not_counted_cannot_change(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("w")
        control = app.screen.query_one("#weight-dramatic_change", WeightControl)
        assert app.screen.active_bindings["right"].enabled is False
        await pilot.press("right")
        assert app.priorities.get("dramatic_change") == app.priorities.get("short_recovery")
        assert (control.counts, control.weight) == (False, 3)
        assert "No difference counts for you yet" in text_of(app, "#wording")
        await pilot.press("space", "left", "left", "left")
        assert app.screen.active_bindings["right"].enabled is True
        assert app.priorities.get("dramatic_change").weight == 0
        assert "importance 0" in text_of(app, "#wording")
        assert set(bar_scores(app).values()) == {None}


async def test_the_panel_always_ends_with_the_clinician_in_view(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("w")
        clinician = app.screen.query_one("#clinician", Static)
        assert app.content.clinician_prompt in text_of(app, "#clinician")
        assert "not medical advice" in text_of(app, "#clinician")
        footer_top = SMALL[1] - 1
        assert clinician.region.bottom == footer_top
        await pilot.press("space", "right", "right")
        assert app.result.leader is not None
        assert clinician.region.bottom == footer_top


async def test_help_lists_the_keys_of_the_screen_it_was_opened_on(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("w", "down")
        await pilot.press("f1")
        assert stack(app) == [HomeScreen, DecisionScreen, HelpDialog]
        assert isinstance(app.screen, HelpDialog)
        rows = app.screen.rows
        decision_keys = {row.keys: row.words for row in rows}
        assert app.screen.where == "Weigh it up"
        assert decision_keys["←, -"] == "Lower the importance"
        assert decision_keys["→, +, ="] == "Raise the importance"
        assert decision_keys["Space, Enter"] == "Say whether this difference counts for you"
        assert decision_keys["Esc"] == "Back to the home screen"
        assert decision_keys["1"] == "Laser skin tightening: what it is"
        assert decision_keys["Ctrl+Q"] == "Quit"
        assert decision_keys["F1, ?"] == "Help: the keys"
        assert [row.group for row in rows] == sorted(
            (row.group for row in rows), key=["Move", "Change", "Go to"].index
        )
        groups = {row.keys: row.group for row in rows}
        assert groups["←, -"] == "Change"
        assert groups["Tab, Shift+Tab"] == "Move"
        assert groups["w"] == "Go to"
        # Textual's own keys that do nothing useful here are not listed.
        assert not {"Copy selected text", "Scroll Left", "Focus Next"} & set(decision_keys.values())
        await pilot.press("escape")
        assert stack(app) == [HomeScreen, DecisionScreen]
        assert focused_id(app) == "weight-short_recovery"

        await pilot.press("h", "question_mark")
        assert stack(app) == [HomeScreen, HelpDialog]
        assert isinstance(app.screen, HelpDialog)
        home_keys = {row.keys: row.words for row in app.screen.rows}
        assert home_keys["w"] == "Weigh it up: how my priorities line up"
        assert "Lower the importance" not in home_keys.values()
        assert "Esc" not in home_keys  # nothing to go back to from home
        assert "h" not in home_keys
        assert home_keys["↑, ↓"] == "The item above or below"
        await pilot.press("question_mark")
        assert stack(app) == [HomeScreen]


@pytest.mark.parametrize("size", [(79, 24), (80, 23), (40, 10)])
async def test_a_terminal_too_small_gets_a_notice_until_it_grows(
    make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        notice = app.screen.query_one(TooSmall)
        assert notice.display
        assert f"(it is {size[0]} by {size[1]} now)" in str(notice.render())
        assert not app.screen.query_one("#home-body").display
        await pilot.resize_terminal(*SMALL)
        await pilot.pause()
        assert not notice.display
        assert app.screen.query_one("#home-body").display
        await pilot.press("w")
        await pilot.resize_terminal(*size)
        await pilot.pause()
        assert app.screen.query_one(TooSmall).display
        assert not app.screen.query_one("#decision-body").display


async def test_ctrl_t_toggles_high_contrast(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        assert app.theme == STANDARD_THEME
        await pilot.press("w", "ctrl+t")
        assert app.theme == HIGH_CONTRAST.name
        assert app.current_theme.background == HIGH_CONTRAST.background
        await pilot.press("ctrl+t")
        assert app.theme == STANDARD_THEME


async def test_the_high_contrast_option_starts_in_high_contrast(make_app: MakeApp) -> None:
    app = make_app(high_contrast=True)
    async with app.run_test(size=SMALL):
        assert app.theme == HIGH_CONTRAST.name


async def test_no_color_is_honoured(make_app: MakeApp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test(size=SMALL):
        assert app.no_color


async def test_colour_without_no_color(make_app: MakeApp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    app = make_app()
    async with app.run_test(size=SMALL):
        assert not app.no_color


@pytest.mark.parametrize("keys", [(), ("w",), ("l", "f1")])
async def test_ctrl_q_quits_from_anywhere(make_app: MakeApp, keys: tuple[str, ...]) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press(*keys)
        assert app.return_code is None
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.return_code == 0
        assert not app.is_running


async def test_the_other_options_screen_names_every_option(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("o")
        assert stack(app) == [HomeScreen, OtherOptionsScreen]
        headings = [section.heading for section in app.screen.query(FactSection)]
        assert headings == [option.name for option in app.content.other_options]


def drawn_words(widget: Static) -> str:
    """Everything the widget draws (in view or not), as words separated by single spaces."""
    console = Console(width=widget.content_region.width or 76, record=True, file=io.StringIO())
    console.print(widget.content)
    return " ".join(console.export_text().split())


@pytest.mark.parametrize("key", ["1", "2"])
async def test_every_fact_of_a_treatment_shows_its_sources(make_app: MakeApp, key: str) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press(key)
        assert isinstance(app.screen, TreatmentScreen)
        treatment = app.screen.treatment
        sections = list(app.screen.query(FactSection))
        assert [s.heading for s in sections] == [title for title, _ in treatment.sections()]
        for section, (_, facts) in zip(sections, treatment.sections(), strict=True):
            drawn = drawn_words(section)
            for fact in facts:
                marked = f"{fact.text} {source_marker(app.content, fact.sources)}"
                assert " ".join(marked.split()) in drawn  # then how sure it is
        cited = {s for _, facts in treatment.sections() for f in facts for s in f.sources}
        assert set(app.screen.query_one(SourceList).cited) >= cited  # and the chances' sources
