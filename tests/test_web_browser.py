"""`laser-tui serve` in a real browser: Debian's headless Chromium driven by Playwright.

Each test starts the installed `laser-tui serve` on 127.0.0.1 (a free port) and reads the app's
screen from what the page received. Waits are on conditions, with generous timeouts.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from benchmarks.web_browser import TerminalPage, running_server
from playwright.sync_api import Browser

from laser_tui.model.content import Content
from laser_tui.web.session_app import WebSessionApp
from support.web import PHONE_PORTRAIT, chromium_browser, downloads_of, new_tab, toml_of

pytestmark = pytest.mark.browser

DECISION_PANEL = "How important is each to you?"
PREVIOUS_VISITOR = """format = 1
[priorities.dramatic_change]
matters = true
weight = 5
"""


browser = pytest.fixture(scope="module")(chromium_browser)
"""Debian's headless Chromium, one per test module."""


def score_lines(tab: TerminalPage) -> list[str]:
    """The decision panel's score lines, e.g. 'Tightening  44/100'."""
    return [line.split("││")[-1].strip(" │") for line in tab.text().splitlines() if "/100" in line]


def open_decision_panel(tab: TerminalPage) -> None:
    tab.focus()
    tab.press("w")
    tab.wait_for_text(DECISION_PANEL)


def test_the_home_screen_appears_and_nothing_loads_from_another_host(browser: Browser) -> None:
    with running_server() as server:
        context, tab = new_tab(browser)
        requested: list[str] = []
        context.on("request", lambda request: requested.append(request.url))
        errors: list[str] = []
        tab.page.on("console", lambda message: errors.append(message.text))
        response = tab.page.goto(server.url)
        tab.wait_for_home()
        tab.focus()
        tab.press("c")  # another screen, so later requests (if any) are seen too
        tab.wait_for_text("laser-tui — Side by side")
        assert response is not None
        assert "default-src 'self'" in response.headers["content-security-policy"]
        server_host = urlsplit(server.url).netloc
        assert requested, "the page requested nothing?"
        assert {urlsplit(url).netloc for url in requested} == {server_host}, requested
        assert not [e for e in errors if "Content Security Policy" in e], "nothing was blocked"
        context.close()


def footer(tab: TerminalPage) -> str:
    """The app's last row: its footer of keys."""
    return tab.text().splitlines()[-1] if tab.text() else ""


def test_the_page_takes_keys_and_shows_the_footer_without_a_click(browser: Browser) -> None:
    with running_server() as server:
        context, tab = new_tab(browser)
        tab.open(server.url)
        tab.wait_for_home()
        tab.wait_until(lambda: "F1 Help" in footer(tab), "the footer, before any key or click")
        tab.press("w")  # no click, no tap, no focus() first
        tab.wait_for_text(DECISION_PANEL)
        tab.press("Space")
        tab.wait_for_text("3/5 quite important")
        context.close()


def test_tapping_the_menu_and_keys_change_the_scores_on_the_decision_panel(
    browser: Browser,
) -> None:
    with running_server() as server:
        context, tab = new_tab(browser)
        tab.open(server.url)
        tab.wait_for_home()
        tab.page.touchscreen.tap(*tab.cell_centre(tab.row_of("Weigh it up: how"), 20))
        tab.wait_for_text(DECISION_PANEL)
        assert "not scored" in tab.text()
        tab.focus()
        tab.press("Space", "ArrowDown", "Space")  # count the first two differences
        tab.wait_until(lambda: tab.text().count("3/5 quite important") == 2, "both counted")
        before = score_lines(tab)
        assert len(before) == 2, before
        tab.press("ArrowRight")  # the second one matters more
        tab.wait_for_text("4/5 very important")
        tab.wait_until(lambda: score_lines(tab) != before, "the scores to change")
        context.close()


def opened(tab: TerminalPage) -> bool:
    """Whether a screen (or help or the language dialog, which open over the home screen) is
    open."""
    text = tab.text()
    over_home = ("Close help", "Your answers stay as they are in every language.")
    return "laser-tui — Home" not in text or any(words in text for words in over_home)


def menu_drawn(tab: TerminalPage, labels: list[str]) -> bool:
    """Whether the home menu is wholly drawn: every item once, one under the other, in order.

    A tap goes to the row an item is on, so the rows must be read from the whole menu: while a
    closed screen is still being overwritten, its words (the help lists "Save my priorities")
    can stand where the menu's items will be, and the tap would open another item."""
    lines = tab.text().splitlines()
    rows = [[row for row, line in enumerate(lines) if label in line] for label in labels]
    if any(len(found) != 1 for found in rows):
        return False
    first = rows[0][0]
    return [found[0] for found in rows] == list(range(first, first + len(labels)))


def test_every_home_menu_item_works_by_tapping(browser: Browser, content: Content) -> None:
    menu = {c.id: c.words for c in WebSessionApp(content).destinations()}
    labels = list(menu.values())
    with running_server() as server:
        context, tab = new_tab(browser)
        downloads = downloads_of(context)
        tab.open(server.url)
        tab.wait_for_home()
        screens = [words for id_, words in menu.items() if id_ not in ("save", "quit")]
        assert len(screens) == len(menu) - 2 >= 9
        for label in screens:
            tab.wait_until(lambda: menu_drawn(tab, labels), "the whole home menu")
            tab.page.touchscreen.tap(*tab.cell_centre(tab.row_of(label), 12))
            tab.wait_until(lambda: opened(tab), f"{label!r} to open")
            tab.focus()
            tab.press("Escape")
            tab.wait_until(lambda: not opened(tab), "the home screen again")
        tab.wait_until(lambda: menu_drawn(tab, labels), "the whole home menu")
        tab.page.touchscreen.tap(*tab.cell_centre(tab.row_of(menu["save"]), 12))
        tab.wait_until(lambda: bool(downloads), "the download", timeout=60)
        assert "laser-tui — Home" in tab.text(), "the tap on save opened nothing else"
        tab.page.touchscreen.tap(*tab.cell_centre(tab.row_of(menu["quit"]), 12))
        tab.page.get_by_text("This session has ended").wait_for()
        context.close()


def test_two_sessions_are_independent_and_save_downloads_each_ones_own_toml(
    browser: Browser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    previous = tmp_path / "priorities.toml"
    previous.write_text(PREVIOUS_VISITOR)
    monkeypatch.setenv("LASER_TUI_PRIORITIES", str(previous))  # never opened by a web session
    with running_server() as server:
        first_context, first = new_tab(browser)
        second_context, second = new_tab(browser)
        first_downloads = downloads_of(first_context)
        second_downloads = downloads_of(second_context)
        first.open(server.url)
        second.open(server.url)
        first.wait_for_home()
        second.wait_for_home()
        open_decision_panel(first)
        first.press("Space", "ArrowRight")  # counted, weight 4
        first.wait_for_text("4/5 very important")
        open_decision_panel(second)
        assert "not scored" in second.text() and "/5" not in second.text()

        first.press("Control+s")
        first.wait_until(lambda: bool(first_downloads), "the first download")
        second.press("Control+s")
        second.wait_until(lambda: bool(second_downloads), "the second download")

        assert first_downloads[0].suggested_filename == "laser-tui-priorities.toml"
        mine = toml_of(first_downloads[0])["priorities"]["dramatic_change"]
        theirs = toml_of(second_downloads[0])["priorities"]["dramatic_change"]
        assert mine == {"counts": True, "weight": 4}
        assert theirs == {"counts": False, "weight": 3}
        assert previous.read_text() == PREVIOUS_VISITOR
        assert len(list(tmp_path.iterdir())) == 1, "nothing written on the server"
        first_context.close()
        second_context.close()


def test_the_kiosk_refuses_the_quit_keys_and_wipes_an_idle_session(
    browser: Browser, tmp_path: Path
) -> None:
    (tmp_path / "kiosk.toml").write_text("")
    kiosk = ["--kiosk", "--kiosk-config", str(tmp_path / "kiosk.toml")]
    timings = ["--idle-timeout", "3", "--idle-warning", "2", "--handover-dir", str(tmp_path)]
    with running_server(*kiosk, *timings) as server:
        context, tab = new_tab(browser)
        tab.open(server.url)
        tab.wait_for_text("Press any key to start")
        assert "Staff: this kiosk is served to the browser" in tab.text()
        assert "Staff exit" not in tab.text(), "no console notice about a staff PIN"
        tab.focus()
        tab.press("Enter")
        tab.wait_for_home()
        tab.press("w")
        tab.wait_for_text(DECISION_PANEL)
        tab.press("Space")
        tab.wait_for_text("3/5 quite important")
        for key in ("Control+q", "Control+c", "Control+d", "Control+x", "Control+z"):
            tab.press(key)
        tab.press("Space")  # still on the decision panel after every quit key
        tab.wait_until(lambda: "3/5" not in tab.text(), "the difference to be uncounted")
        tab.press("Space")
        tab.wait_for_text("3/5 quite important")
        assert DECISION_PANEL in tab.text() and not tab.closed

        tab.wait_for_text("Are you still there?", timeout=30)
        tab.wait_for_text("Press any key to start", timeout=30)
        tab.press("Enter")
        tab.wait_for_home()
        tab.press("w")
        tab.wait_for_text(DECISION_PANEL)
        assert "3/5" not in tab.text(), "the idle session's answers are gone"
        context.close()


def test_a_session_over_the_limit_is_refused_and_a_closed_tab_frees_its_place(
    browser: Browser,
) -> None:
    with running_server("--max-sessions", "1") as server:
        first_context, first = new_tab(browser)
        first.open(server.url)
        first.wait_for_home()
        second_context, second = new_tab(browser)
        second.open(server.url)
        message = "All 1 sessions are in use. Please try again in a few minutes."
        second.page.get_by_text(message).wait_for()

        first_context.close()  # closing the tab forgets the session and frees its place
        second.wait_until(lambda: not server.session_pids(), "the session to end")
        second.page.get_by_role("button", name="Try again").click()
        second.wait_for_home()
        second_context.close()


def test_a_phone_gets_the_whole_80_by_24_screen(browser: Browser) -> None:
    with running_server() as server:
        context, tab = new_tab(browser, viewport=PHONE_PORTRAIT, is_mobile=True)
        tab.open(server.url)
        tab.wait_for_home()
        columns, rows = tab.sizes[-1]
        assert columns >= 80 and rows >= 24
        assert "Please" not in tab.text()
        context.close()
