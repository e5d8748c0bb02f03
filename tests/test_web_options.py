"""What `laser-tui serve` accepts and says: origins, addresses, its command line."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from laser_tui.cli.main import main
from laser_tui.model.problems import InputProblem
from laser_tui.web.options import ServeOptions, check_public_url, origin_of

PORT = 8123


@pytest.mark.parametrize(
    ("url", "origin"),
    [
        ("HTTP://LocalHost:80/page", "http://localhost"),
        ("https://aid.example.org:443", "https://aid.example.org"),
        ("https://aid.example.org:8443/", "https://aid.example.org:8443"),
        ("http://[::1]:8000", "http://[::1]:8000"),
        ("null", None),
        ("file:///etc/passwd", None),
        ("http://host:99999", None),
        ("", None),
    ],
)
def test_an_origin_is_scheme_host_and_a_port_other_than_the_default(
    url: str, origin: str | None
) -> None:
    assert origin_of(url) == origin


@given(st.text(max_size=40))
def test_any_origin_header_gives_an_origin_or_none_without_raising(text: str) -> None:
    origin = origin_of(text)
    assert origin is None or origin.startswith(("http://", "https://"))


def test_on_loopback_this_machine_s_names_are_allowed_and_nothing_else() -> None:
    allowed = ServeOptions().allowed_origins(PORT)
    assert allowed == {
        f"http://127.0.0.1:{PORT}",
        f"http://localhost:{PORT}",
        f"http://[::1]:{PORT}",
    }
    public = ServeOptions(host="0.0.0.0", public_url="https://aid.example.org")
    assert public.allowed_origins(PORT) == {f"http://0.0.0.0:{PORT}", "https://aid.example.org"}


def test_it_says_where_it_listens_and_warns_in_one_line_off_loopback() -> None:
    quiet = ServeOptions().listening_lines(PORT)
    assert quiet[0].startswith(f"laser-tui serve: listening on 127.0.0.1:{PORT}")
    assert not any("WARNING" in line for line in quiet)
    warned = ServeOptions(host="0.0.0.0").listening_lines(PORT)
    warnings = [line for line in warned if "WARNING" in line]
    assert len(warnings) == 1 and "no login" in warnings[0] and "deploy/" in warnings[0]


@pytest.mark.parametrize("url", ["ftp://x.org", "https://x.org/aid", "aid.example.org", "https://"])
def test_a_public_url_must_be_an_http_root(url: str) -> None:
    with pytest.raises(InputProblem, match="--public-url"):
        check_public_url(url)


def test_the_session_command_carries_the_kiosk_settings_intact(tmp_path: Path) -> None:
    settings = json.dumps({"handover_dir": str(tmp_path / 'it\'s a "folder"'), "idle_warning": 25})
    content = tmp_path / "my content.toml"
    argv = shlex.split(ServeOptions(content=content, kiosk_settings=settings).session_command())
    assert argv[:4] == ["exec", sys.executable, "-m", "laser_tui.web.session"]
    assert argv[argv.index("--content") + 1] == str(content)
    assert json.loads(argv[argv.index("--kiosk-settings") + 1]) == json.loads(settings)


@pytest.mark.parametrize(
    ("arguments", "says"),
    [
        (["--priorities", "p.toml", "serve"], "serve keeps no priorities file"),
        (["serve", "--idle-timeout", "5"], "--idle-timeout only applies with --kiosk"),
        (["serve", "--port", "70000"], "--port 70000"),
        (["serve", "--max-sessions", "0"], "--max-sessions 0"),
        (["serve", "--public-url", "https://x.org/aid"], "--public-url"),
        (["--content", "missing.toml", "serve"], "missing.toml"),
    ],
)
def test_serve_refuses_what_does_not_apply_in_one_line(
    arguments: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(arguments) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and says in lines[0], lines


def test_without_the_web_extra_serve_says_how_to_get_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delitem(sys.modules, "laser_tui.web.server", raising=False)
    monkeypatch.setitem(sys.modules, "textual_serve", None)
    assert main(["serve"]) == 2
    said = capsys.readouterr().err.strip().splitlines()
    assert len(said) == 1, said
    assert "'laser-tui[web]'" not in said[0], "not on a package index: fails from a clone"
    assert "bash scripts/app serve sets it up (once)" in said[0]
    assert "pip install -r requirements-web.lock" in said[0]


TERMINAL_APP_RUN = """
import asyncio, sys
import laser_tui.cli.main
from laser_tui.app import LaserApp
from laser_tui.files.toml_io import load_content

async def use_it():
    app = LaserApp(load_content())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("w", "space", "right", "h", "s", "h", "?", "escape")

asyncio.run(use_it())
web = sorted(m for m in sys.modules if m.split(".")[0] in ("textual_serve", "aiohttp",
    "aiohttp_jinja2", "playwright") or m.startswith("laser_tui.web.s"))
print(web)
"""


def test_the_terminal_app_never_imports_the_web_server() -> None:
    done = subprocess.run(
        [sys.executable, "-c", TERMINAL_APP_RUN],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
