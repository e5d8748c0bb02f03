"""`laser-tui serve` in Spanish: each page chooses its language with ``?lang=es`` (else the
server's, `serve --lang es`, else the kiosk's), its session starts in it, and the page's own
words and the server's refusals are in it."""

from __future__ import annotations

import asyncio
import shlex
from pathlib import Path

import aiohttp
import pytest
from benchmarks.web_browser import Server, running_server
from playwright.sync_api import Browser

from laser_tui.cli.language_option import use_chosen_language
from laser_tui.cli.main import build_parser
from laser_tui.web import session
from laser_tui.web.cli import serve_options
from laser_tui.web.options import ServeOptions
from laser_tui.web.page_words import page_language
from support.web import chromium_browser, new_tab

SPANISH_PAGE = ('<html lang="es">', "laser-tui se está abriendo…", "Empezar de nuevo")
ENGLISH_PAGE = ('<html lang="en">', "laser-tui is starting…", "Start again")
OTHER_SITE = "http://evil.example"


def test_a_page_asks_for_a_language_laser_tui_has_else_gets_the_server_s() -> None:
    assert page_language({"lang": "es"}, "en") == "es"
    assert page_language({"lang": "en"}, "es") == "en"
    for asked in ({}, {"lang": ""}, {"lang": "fr"}, {"lang": "ES"}, {"lang": "es --x"}):
        assert page_language(asked, "es") == "es", asked


def test_each_session_is_started_with_its_page_s_language() -> None:
    options = ServeOptions(language="es")
    argv = shlex.split(options.session_command())
    assert argv[argv.index("--lang") + 1] == "es", "the server's language by default"
    argv = shlex.split(options.session_command("en"))
    assert argv[argv.index("--lang") + 1] == "en"


def test_a_session_refuses_a_language_laser_tui_does_not_have() -> None:
    with pytest.raises(SystemExit) as ended:
        session.build_parser().parse_args(["--lang", "fr"])
    assert ended.value.code == 2
    assert session.build_parser().parse_args(["--lang", "es"]).lang == "es"


def options_for(*arguments: str) -> ServeOptions:
    """What `laser-tui ARGUMENTS` would serve, after choosing the language as main does."""
    args = build_parser().parse_args(list(arguments))
    use_chosen_language(args)
    return serve_options(args)


def test_the_server_s_language_is_serve_lang_else_the_kiosk_s_else_the_environment_s(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(f'language = "es"\nhandover_dir = "{tmp_path / "handover"}"\n')
    kiosk = ("--kiosk", "--kiosk-config", str(config))
    assert options_for("serve").language == "en"
    assert options_for("serve", "--lang", "es").language == "es"
    assert options_for("--lang", "es", "serve").language == "es"
    assert options_for(*kiosk, "serve").language == "es", "the clinic's language"
    assert options_for(*kiosk, "serve", "--lang", "en").language == "en", "the flag wins"
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    assert options_for("serve").language == "es"


async def _page(server: Server, query: str = "") -> str:
    async with aiohttp.ClientSession() as client, client.get(f"{server.url}/{query}") as page:
        assert page.status == 200
        return await page.text()


async def _refusal(server: Server, query: str) -> str:
    async with (
        aiohttp.ClientSession() as client,
        client.ws_connect(f"{server.url}/ws{query}", headers={"Origin": OTHER_SITE}) as ws,
    ):
        message = await ws.receive(timeout=60)
        assert message.type == aiohttp.WSMsgType.CLOSE
        return str(message.extra)


def test_the_page_and_the_refusals_speak_the_page_s_language() -> None:
    with running_server() as server:
        spanish, english, unknown = (
            asyncio.run(_page(server, query)) for query in ("?lang=es", "", "?lang=xx")
        )
        refused = asyncio.run(_refusal(server, "?lang=es&width=80&height=24"))
    assert all(words in spanish for words in SPANISH_PAGE), spanish
    assert 'data-lang="es"' in spanish and "tensado cutáneo con láser" in spanish
    assert all(words in english for words in ENGLISH_PAGE) and 'data-lang="en"' in english
    assert unknown == english
    assert (
        refused == "Abra laser-tui en la dirección que le dio el personal; esta no se acepta aquí."
    )


def test_serve_lang_es_makes_spanish_the_page_s_default() -> None:
    with running_server("--lang", "es") as server:
        default, english = (asyncio.run(_page(server, query)) for query in ("", "?lang=en"))
    assert all(words in default for words in SPANISH_PAGE), default
    assert all(words in english for words in ENGLISH_PAGE), english


browser = pytest.fixture(scope="module")(chromium_browser)
"""Debian's headless Chromium, one per test module."""


@pytest.mark.browser
def test_a_page_opened_with_lang_es_runs_its_session_in_spanish(browser: Browser) -> None:
    with running_server() as server:
        context, tab = new_tab(browser)
        tab.open(f"{server.url}/?lang=es")
        tab.wait_for_text("Tensado cutáneo con láser", timeout=60)
        assert "¿Tensado cutáneo con láser o rejuvenecimiento" in tab.text()
        english, other = new_tab(browser)
        other.open(server.url)
        other.wait_for_home()
        assert "Tensado" not in other.text(), "the other tab keeps the server's language"
        context.close()
        english.close()


@pytest.mark.browser
def test_the_web_kiosk_welcomes_in_the_page_s_language(browser: Browser, tmp_path: Path) -> None:
    (tmp_path / "kiosk.toml").write_text("")
    kiosk = ["--kiosk", "--kiosk-config", str(tmp_path / "kiosk.toml")]
    with running_server(*kiosk, "--handover-dir", str(tmp_path)) as server:
        context, tab = new_tab(browser)
        tab.open(f"{server.url}/?lang=es")
        tab.wait_for_text("Pulse cualquier tecla para empezar", timeout=60)
        assert "Personal: este quiosco se sirve al navegador" in tab.text()
        context.close()
