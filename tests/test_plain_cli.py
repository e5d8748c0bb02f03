"""Starting plain mode: --plain, ACCESSIBLE=1 or TERM=dumb; no kiosk; a light start; odd input."""

from __future__ import annotations

import argparse
import contextlib
import subprocess
import sys
import time
from pathlib import Path

import pytest

from laser_tui.cli.main import build_parser
from laser_tui.plain.wanted import why_plain
from support.plain import (
    CRITERIA,
    LASER_TUI,
    MENU_PROBLEM,
    MENU_QUESTION,
    MENU_SIZE,
    menu,
    plain_environment,
    run_plain,
)

WELCOME = "laser-tui, plain mode."


def _laser_tui(args: list[str], environment: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The installed command with nothing to read on standard input."""
    return subprocess.run(
        [str(LASER_TUI), *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=plain_environment(**environment),
    )


@pytest.mark.parametrize(
    ("flags", "environment", "why"),
    [
        (["--plain"], {}, "--plain"),
        ([], {"ACCESSIBLE": "1"}, "ACCESSIBLE is set"),
        ([], {"TERM": "dumb"}, "TERM=dumb"),
        ([], {"ACCESSIBLE": "0", "TERM": "xterm"}, None),
        ([], {"ACCESSIBLE": "", "TERM": "xterm"}, None),
    ],
)
def test_what_asks_for_plain_mode(
    flags: list[str], environment: dict[str, str], why: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ACCESSIBLE", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    args: argparse.Namespace = build_parser().parse_args(flags)
    assert why_plain(args) == why


@pytest.mark.parametrize("environment", [{"ACCESSIBLE": "1"}, {"TERM": "dumb"}])
def test_the_environment_alone_starts_plain_mode(
    environment: dict[str, str], tmp_path: Path
) -> None:
    done = _laser_tui(["--priorities", str(tmp_path / "p.toml")], environment)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(WELCOME)
    assert done.stdout.endswith(f"{MENU_QUESTION} \nEnd of input. Goodbye.\n")


@pytest.mark.parametrize(
    ("args", "environment", "says"),
    [
        (["--kiosk"], {}, "--kiosk has no plain mode (--plain)"),
        (["--kiosk"], {"ACCESSIBLE": "1"}, "--kiosk has no plain mode (--plain)"),
        (["--open", "ABC-123"], {}, "laser-tui summary --open CODE prints the hand-over"),
    ],
)
def test_kiosk_and_hand_overs_are_refused_in_one_line(
    args: list[str], environment: dict[str, str], says: str, tmp_path: Path
) -> None:
    done = _laser_tui(["--plain", *args], environment)
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.splitlines()) == 1
    assert says in done.stderr


def test_the_environment_kiosk_is_refused_too() -> None:
    done = _laser_tui(["--kiosk"], {"ACCESSIBLE": "1"})
    assert done.returncode == 2
    assert done.stderr.startswith("--kiosk has no plain mode (ACCESSIBLE is set)")


def test_plain_mode_never_imports_textual(tmp_path: Path) -> None:
    program = (
        "import sys\n"
        "from laser_tui.cli.main import main\n"
        f"code = main(['--plain', '--priorities', {str(tmp_path / 'p.toml')!r}])\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(code, loaded, file=sys.stderr)\n"
    )
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", program],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=plain_environment(),
    )
    elapsed = time.monotonic() - started
    assert done.stderr == "0 []\n"
    print(f"plain mode: start to end of input in {elapsed:.2f} s")


def test_bytes_that_are_not_text_get_one_line_and_the_question_again(tmp_path: Path) -> None:
    done = run_plain([], tmp_path / "p.toml", stdin=b"\xff\xfe\x1b[A\n%d\n" % MENU_SIZE)
    assert done.returncode == 0
    assert done.stderr == ""
    assert f"{MENU_PROBLEM}\n" in done.stdout
    assert "\x1b" not in done.stdout
    assert done.stdout.endswith("Goodbye.\n")


def test_a_reader_that_goes_away_ends_it_quietly_and_keeps_the_file(tmp_path: Path) -> None:
    file = tmp_path / "p.toml"
    with subprocess.Popen(
        [str(LASER_TUI), "--plain", "--priorities", str(file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=plain_environment(),
    ) as process:
        assert process.stdout is not None and process.stdin is not None
        assert process.stdout.readline().startswith(WELCOME.encode())
        process.stdout.close()
        typed = f"{menu('What counts')}\n5\n" + "\n" * (CRITERIA + 3)
        typed += f"{menu('Save my priorities')}\n"
        with contextlib.suppress(BrokenPipeError):  # it may have left already, as it should
            process.stdin.write(typed.encode())
            process.stdin.close()
        assert process.wait(timeout=60) == 0
        assert process.stderr is not None
        assert process.stderr.read() == b""
    assert not file.exists()


def test_a_number_of_any_length_gets_the_usual_request(tmp_path: Path) -> None:
    huge = "9" * 5000
    done = run_plain([huge, "0" * 5000 + menu("What counts"), huge, "quit"], tmp_path / "p.toml")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout.count(f"{MENU_PROBLEM}\n") == 1
    assert "Please type a whole number from 0 to 5, or press Enter to skip." in done.stdout
