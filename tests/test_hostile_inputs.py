"""Every command on every odd or hostile input: one clear line, no traceback, nothing raw.

The inputs are the adversarial review's (``support.corpus``). Each command runs as
``laser-tui`` runs it (``main`` with its arguments); the app itself runs headless until its
first screen is painted, and that screen is checked too.
"""

from __future__ import annotations

import io
import os
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

import pytest
from textual import events
from textual.app import App
from textual.pilot import Pilot

from laser_tui.app import LaserApp
from laser_tui.cli.main import main
from laser_tui.files.priorities_save import save_priorities
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities
from laser_tui.model.problems import MAX_LINES
from laser_tui.model.safe_text import is_unsafe
from laser_tui.terminal.input_filter import PASTE_SECONDS
from laser_tui.terminal.steady_input import SteadyInput
from support.corpus import (
    CONTENT_CASES,
    KEYSTROKES,
    PRIORITIES_CASES,
    SETTINGS_CASES,
    Case,
)

CODE = "234567"
SECONDS = 90
"""The most one command may take on one input (a FIFO or a device must not hang it)."""


@dataclass
class Run:
    """What one command did: its status, what it printed, and the screens it painted."""

    status: int
    out: str
    err: str
    screens: list[str]


@pytest.fixture
def run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> Callable[[list[str]], Run]:
    """Run `laser-tui ARGS` in this process; the app paints its first screen headless."""
    screens: list[str] = []

    def headless(app: LaserApp) -> None:
        async def first_screen(pilot: Pilot[object]) -> None:
            await pilot.pause()
            screens.append(app.export_screenshot())
            app.exit()

        App.run(app, headless=True, size=(100, 30), auto_pilot=first_screen)

    monkeypatch.setattr(LaserApp, "run", headless)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # plain mode: nothing typed
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("LASER_TUI_KIOSK_CONFIG", raising=False)

    def too_slow(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError(f"a command took more than {SECONDS} s")

    def command(args: list[str]) -> Run:
        screens.clear()
        previous = signal.signal(signal.SIGALRM, too_slow)
        signal.alarm(SECONDS)
        try:
            status = main(args)
        except SystemExit as exit_:  # argparse
            status = int(exit_.code or 0)
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)
        out, err = capsys.readouterr()
        return Run(status, out, err, list(screens))

    return command


def _check(result: Run, expected: int, says: str = "") -> None:
    """The promises of every command, whatever the input; a refusal prints ``says``."""
    printed = result.out + result.err + "".join(result.screens)
    assert "Traceback" not in printed
    raw = sorted({f"U+{ord(ch):04X}" for ch in printed if is_unsafe(ch) and ch not in "\n\t"})
    assert not raw, f"characters that reach the terminal raw: {raw}"
    lines = result.err.splitlines()
    assert len(lines) <= MAX_LINES + 2, f"{len(lines)} lines on stderr"
    assert all(len(line) <= 600 for line in lines)
    assert result.status == expected, result.err
    if expected != 0:
        assert result.err.strip(), "a failure says why"
        assert says in result.err


@pytest.fixture(scope="module")
def made_with(tmp_path_factory: pytest.TempPathFactory, content: Content) -> Path:
    """An ordinary priorities file, to show a summary with another content."""
    path = tmp_path_factory.mktemp("made") / "mine.toml"
    save_priorities(path, Priorities.defaults_for(content), content)
    return path


def _bytes(path: Path, case: Case) -> bytes | None:
    return path.read_bytes() if case.regular and path.is_file() else None


@pytest.mark.parametrize("case", CONTENT_CASES, ids=lambda case: case.name)
@pytest.mark.parametrize("command", ["check-content", "app", "plain", "summary"])
def test_content_inputs(
    case: Case, command: str, run: Callable[[list[str]], Run], tmp_path: Path, made_with: Path
) -> None:
    path = case.make(tmp_path)
    before = _bytes(path, case)
    args = {
        "check-content": ["check-content", str(path)],
        "app": ["--content", str(path), "--priorities", str(tmp_path / "p.toml")],
        "plain": ["--plain", "--content", str(path), "--priorities", str(tmp_path / "p.toml")],
        "summary": ["summary", str(made_with), "--content", str(path)],
    }[command]
    result = run(args)
    _check(result, 0 if case.valid else 2, case.says)
    if command == "app" and case.valid:
        assert len(result.screens) == 1
    assert _bytes(path, case) == before


def _as_handover(case: Case, tmp_path: Path) -> Path:
    """The input made into the hand-over folder under ``CODE``; the folder."""
    folder = tmp_path / "handover"
    folder.mkdir(mode=0o700)
    made = case.make(tmp_path)
    if made.exists() or made.is_symlink():
        os.rename(made, folder / f"{CODE}.toml")
    return folder


@pytest.mark.parametrize("case", PRIORITIES_CASES, ids=lambda case: case.name)
@pytest.mark.parametrize("command", ["app", "plain", "summary", "open", "summary-open"])
def test_priorities_inputs(
    case: Case, command: str, run: Callable[[list[str]], Run], tmp_path: Path
) -> None:
    if command in ("open", "summary-open"):
        folder = _as_handover(case, tmp_path)
        path = folder / f"{CODE}.toml"
        where = ["--open", CODE, "--handover-dir", str(folder)]
        args = where if command == "open" else ["summary", *where]
        expected = 0 if case.valid else 2
    else:
        path = case.make(tmp_path)
        args = {
            "app": ["--priorities", str(path)],
            "plain": ["--plain", "--priorities", str(path)],
            "summary": ["summary", str(path)],
        }[command]
        expected = 0 if case.valid or command in ("app", "plain") else 2
    before = _bytes(path, case)
    started = time.monotonic()
    result = run(args)
    _check(result, expected, case.says)
    if command == "plain":
        assert "Goodbye." in result.out, "a priorities file with mistakes still opens"
        assert case.says in result.out
    if command == "app":
        assert len(result.screens) == 1, "a priorities file with mistakes still opens"
        assert time.monotonic() - started < SECONDS
    assert _bytes(path, case) == before


def _good_handover(tmp_path: Path, content: Content) -> Path:
    folder = tmp_path / "handover"
    folder.mkdir(mode=0o700)
    save_priorities(folder / f"{CODE}.toml", Priorities.defaults_for(content), content)
    return folder


@pytest.mark.parametrize("setting", SETTINGS_CASES, ids=[case[0] for case in SETTINGS_CASES])
@pytest.mark.parametrize("command", ["open", "summary-open"])
def test_kiosk_configuration_inputs(
    setting: tuple[str, Callable[[Path, Path], Path], bool, str],
    command: str,
    run: Callable[[list[str]], Run],
    tmp_path: Path,
    content: Content,
) -> None:
    _, make, valid, says = setting
    path = make(tmp_path, _good_handover(tmp_path, content))
    before = path.read_bytes() if path.is_file() and not path.is_symlink() else None
    where = ["--open", CODE, "--kiosk-config", str(path)]
    result = run(where if command == "open" else ["summary", *where])
    _check(result, 0 if valid else 2, says)
    after = path.read_bytes() if path.is_file() and not path.is_symlink() else None
    assert after == before


def test_the_corpus_has_the_reviews_inputs() -> None:
    names = {case.name for case in CONTENT_CASES + PRIORITIES_CASES}
    for needed in ("fifo", "dev_zero", "deep_brackets", "bom", "float_overflow", "too_big"):
        assert needed in names
    assert len(CONTENT_CASES) + len(PRIORITIES_CASES) + len(SETTINGS_CASES) > 40


@pytest.mark.parametrize("name", list(KEYSTROKES))
@pytest.mark.parametrize("paste", [False, True], ids=["kiosk", "app-and-browser"])
def test_no_keystrokes_leave_the_input_deaf(name: str, paste: bool) -> None:
    """The hardened input of every mode (terminal, kiosk, browser session): after each of the
    corpus's keystrokes, a typed "q" arrives as the key q (a paste ends within its time; an
    escape just before it makes it alt+q, as in any terminal)."""
    clock = [0.0]
    steady = SteadyInput(paste=paste, clock=lambda: clock[0])
    keys: list[str] = []
    for chunk in KEYSTROKES[name]:
        keys += [m.key for m in steady.feed(chunk) if isinstance(m, events.Key)]
    clock[0] = PASTE_SECONDS + 1
    keys += [m.key for m in steady.feed(b"q") if isinstance(m, events.Key)]
    deadline = time.monotonic() + 10  # an escape waits for its short delay
    while not {"q", "alt+q"} & set(keys) and time.monotonic() < deadline:
        keys += [m.key for m in steady.tick() if isinstance(m, events.Key)]
        time.sleep(0.01)
    assert {"q", "alt+q"} & set(keys), keys
