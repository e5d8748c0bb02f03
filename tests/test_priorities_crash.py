"""A save interrupted at any moment leaves the old file or the new one, whole and readable."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from laser_tui.files.priorities_file import load_priorities
from laser_tui.files.priorities_save import backup_path, save_priorities
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities
from laser_tui.model.problems import InputProblem

STEPS = {
    "laser_tui.files.toml_io.tempfile": ("mkstemp",),
    "laser_tui.files.toml_io.os": ("fchmod", "write", "fsync", "replace", "open", "close"),
}
"""Every call that a save makes to the system; each one in turn is made to fail."""


class Interrupted(OSError):
    """The failure injected into one step of a save."""


def _fail_on_call(monkeypatch: pytest.MonkeyPatch, failing: int) -> Callable[[], int]:
    """Make the ``failing``-th system call of a save raise; return a counter of the calls."""
    calls = 0

    def wrap(original: Callable[..., object]) -> Callable[..., object]:
        def step(*args: object, **kwargs: object) -> object:
            nonlocal calls
            calls += 1
            if calls == failing:
                raise Interrupted(5, "injected failure")
            return original(*args, **kwargs)

        return step

    for module, names in STEPS.items():
        for name in names:
            target = tempfile if module.endswith("tempfile") else os
            monkeypatch.setattr(f"{module}.{name}", wrap(getattr(target, name)))
    return lambda: calls


def _whole(path: Path, content: Content) -> Priorities:
    loaded = load_priorities(path, content)
    assert loaded.exists
    assert loaded.problems == ()
    return loaded.priorities


def test_a_failure_at_each_step_leaves_the_old_file_or_the_new(
    content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = content.criteria[0].id
    old = Priorities.defaults_for(content).with_counts(first, True).with_weight(first, 1)
    new = old.with_weight(first, 5)
    failing = 0
    while True:
        failing += 1
        path = tmp_path / str(failing) / "priorities.toml"
        save_priorities(path, old, content)
        with monkeypatch.context() as patch:
            calls = _fail_on_call(patch, failing)
            try:
                save_priorities(path, new, content)
            except InputProblem as problem:
                assert "injected failure" in problem.lines[0]
                finished = False
            else:
                finished = True
        assert _whole(path, content) in (old, new)
        if backup_path(path).exists():
            assert _whole(backup_path(path), content) == old
        assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]
        if finished:
            assert calls() < failing  # every step before this one was made to fail once
            assert _whole(path, content) == new
            break
    assert failing > 10, "fewer steps than expected: is every step wrapped?"


SAVER = """
import itertools, sys
from pathlib import Path
from laser_tui.model.priorities import Priorities
from laser_tui.files.priorities_save import save_priorities
from laser_tui.files.toml_io import load_content

content = load_content()
path = Path(sys.argv[1])
ids = [c.id for c in content.criteria]
priorities = Priorities.defaults_for(content)
for turn in itertools.count():
    chosen = ids[turn % len(ids)]
    priorities = priorities.with_counts(chosen, True).with_weight(chosen, turn % 6)
    save_priorities(path, priorities, content)
    if turn == 0:
        print("saving", flush=True)
"""


def test_killing_a_process_that_saves_in_a_loop_never_leaves_a_broken_file(
    content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "priorities.toml"
    save_priorities(path, Priorities.defaults_for(content), content)  # so a .bak always exists
    seed = random.randrange(1_000_000)
    chance = random.Random(seed)
    seen = set()
    for _ in range(8):
        saver = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(path)], stdout=subprocess.PIPE, text=True
        )
        assert saver.stdout is not None
        assert saver.stdout.readline() == "saving\n", f"seed {seed}"
        time.sleep(chance.uniform(0.0, 0.15))
        saver.send_signal(signal.SIGKILL)
        assert saver.wait() == -signal.SIGKILL
        saver.stdout.close()
        seen.add(path.read_bytes())
        _whole(path, content)
        _whole(backup_path(path), content)
        left = {p.name for p in tmp_path.iterdir() if not p.name.endswith(".tmp")}
        assert left == {"priorities.toml", "priorities.toml.bak"}, f"seed {seed}"
    assert len(seen) > 1, f"seed {seed}: the saver was never caught mid-loop"
