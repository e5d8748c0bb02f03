"""Chances, chances side by side, About and Check what I know, reached by keyboard alone."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from laser_tui.app import LaserApp
from laser_tui.screens.about import AboutScreen
from laser_tui.screens.chances import ChancesScreen
from laser_tui.screens.help import HelpDialog
from laser_tui.screens.home import HomeScreen
from laser_tui.screens.knowledge import KnowledgeScreen
from laser_tui.screens.readiness import ReadinessScreen
from laser_tui.screens.treatment import TreatmentScreen
from laser_tui.widgets.chances import ChanceBlock
from laser_tui.widgets.icon_array import IconArray
from support.screens import VERDICTS, focused_id, stack, text_of
from support.sizes import LARGE, SMALL

MakeApp = Callable[..., LaserApp]


async def test_each_treatment_has_chances_with_not_known_rows_kept(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        for key, treatment_id in (("1", "tightening"), ("2", "resurfacing")):
            await pilot.press(key, "p")
            screen = app.screen
            assert isinstance(screen, TreatmentScreen)
            assert screen.treatment.id == treatment_id
            body = screen.query_one("#treatment-body")
            chances = screen.query_one("#chances")
            assert body.scroll_y > 0
            assert chances.region.y == body.content_region.y  # scrolled to the top of the view
            blocks = list(screen.query(ChanceBlock))
            assert len(blocks) == len(app.content.outcomes)
            unknown = [b for b in blocks if not b.figure.known]
            assert unknown and all("Not known." in b.text.plain for b in unknown)
            known = [b for b in blocks if b.figure.known]
            assert all(" in 100 " in b.text.plain and "How sure:" in b.text.plain for b in known)
            drawn = [f for b in known for f in (b.figure, *b.figure.also)]
            assert len(screen.query(IconArray)) == len(drawn)
            await pilot.press("escape")


async def test_both_treatments_chances_side_by_side_on_one_scale(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("n")
        assert stack(app) == [HomeScreen, ChancesScreen]
        assert focused_id(app) == "chances-body"
        pictures = list(app.screen.query(IconArray))
        known = [
            f
            for o in app.content.outcomes
            for headline in o.figures.values()
            if headline.known
            for f in (headline, *headline.also)
        ]
        assert len(pictures) == len(known)
        assert all(len(p.rows) == 10 for p in pictures)
        says = " ".join(str(s.render()) for s in app.screen.query(".chance-details Static"))
        assert "500 people" in says and "303 people" in says
        assert "Fractional CO2 laser (tiny dots): about 10 in 100 people" in says
        await pilot.press("escape")
        await pilot.press("down", "down", "down", "down", "enter")  # the home menu's fifth item
        assert isinstance(app.screen, ChancesScreen)


async def test_about_from_the_home_menu_and_from_help(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("a")
        assert stack(app) == [HomeScreen, AboutScreen]
        shown = " ".join(str(s.render()) for s in app.screen.query(".about-part"))
        about = app.content.about
        assert about is not None
        for part in (about.funding, about.conflicts, about.update_policy, about.scoring):
            assert part.split(".")[0] in shown
        assert "marketing source" in shown
        assert about.ipdas_not_yet[0] in shown
        await pilot.press("escape", "1", "f1")
        assert isinstance(app.screen, HelpDialog)
        await pilot.press("a")
        assert stack(app) == [HomeScreen, AboutScreen]


async def test_check_what_i_know_explains_each_answer_at_once(make_app: MakeApp) -> None:
    app = make_app()
    questions = app.content.knowledge_check
    assert questions is not None
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("k")
        assert stack(app) == [HomeScreen, KnowledgeScreen]
        assert focused_id(app) == "statement-0"
        assert text_of(app, "#explanation-0") == ""
        await pilot.press("t" if questions[0].answer else "f")
        assert text_of(app, "#explanation-0").startswith("You said")
        assert questions[0].explanation in text_of(app, "#explanation-0")
        assert focused_id(app) == "statement-1"
        assert text_of(app, "#knowledge-tally").startswith("You got 1 of 1 right.")
        for question in questions[1:]:
            await pilot.press("f" if question.answer else "t")  # every other one not right
        tally = text_of(app, "#knowledge-tally")
        assert tally.startswith(f"You got 1 of {len(questions)} right. This is not a test")
        assert not any(word in tally.lower() for word in VERDICTS)
        await pilot.press("escape", "k")
        # Kept for this session only (test_knowledge_count: never saved; the kiosk wipes it).
        assert text_of(app, "#explanation-0").startswith("You said")


async def test_the_readiness_understand_question_links_to_the_check(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("r")
        assert isinstance(app.screen, ReadinessScreen)
        assert "Press k" in text_of(app, "#knowledge-link")
        await pilot.press("k")
        assert stack(app) == [HomeScreen, KnowledgeScreen]


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x40"])
@pytest.mark.parametrize(
    "keys",
    [["a"], ["k", "t", "f"], ["2", "p"]],
    ids=["about", "knowledge", "treatment-chances"],
)
def test_snapshots(
    snap_compare: Callable[..., bool], make_app: MakeApp, keys: list[str], size: tuple[int, int]
) -> None:
    assert snap_compare(make_app(), press=keys, terminal_size=size)
