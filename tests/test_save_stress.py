"""Saving under stress, on real file systems: read-only files and folders, a full disk, a file
replaced while the app runs, two instances saving the same file, and 50 kills mid-save. The
person's file is always the old version or the new one, whole, and they are told what happened.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from laser_tui.app import LaserApp
from laser_tui.files.priorities_dump import dump_priorities
from laser_tui.files.priorities_file import load_priorities
from laser_tui.files.priorities_save import save_priorities
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities
from laser_tui.model.problems import InputProblem

NOBODY = 65534


def _weighted(content: Content, weight: int) -> Priorities:
    first = content.criteria[0].id
    return Priorities.defaults_for(content).with_counts(first, True).with_weight(first, weight)


def _whole(path: Path, content: Content) -> Priorities:
    loaded = load_priorities(path, content)
    assert loaded.exists and loaded.problems == (), loaded.problems
    return loaded.priorities


def _temporary_files(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


SAVE_ONCE = """
import sys
from pathlib import Path
from laser_tui.files.priorities_save import save_priorities
from laser_tui.files.toml_io import load_content
from laser_tui.model.priorities import Priorities
from laser_tui.model.problems import InputProblem

content = load_content()
first = content.criteria[0].id
new = Priorities.defaults_for(content).with_counts(first, True).with_weight(first, 5)
try:
    print(save_priorities(Path(sys.argv[1]), new, content).told())
except InputProblem as problem:
    print(*problem.lines, sep="\\n")
    sys.exit(2)
"""


def _as_an_ordinary_user() -> list[str]:
    """A command prefix that takes away root's power to write anywhere (none if not root)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("root writes anywhere, and setpriv is not here to take that away")
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner"]


@pytest.mark.parametrize("what", ["file", "folder", "file system"])
def test_a_read_only_file_or_folder_is_left_as_it_was_and_that_is_said(
    content: Content, tmp_path: Path, what: str
) -> None:
    with contextlib.ExitStack() as stack:
        folder = tmp_path / "mine"
        if what == "file system":
            stack.enter_context(_small_disk(folder, "256k"))
        else:
            folder.mkdir()
        path = folder / "priorities.toml"
        save_priorities(path, _weighted(content, 1), content)
        before, names = path.read_bytes(), sorted(p.name for p in folder.iterdir())
        if what == "file":
            path.chmod(0o400)
        elif what == "folder":
            folder.chmod(0o500)
            stack.callback(folder.chmod, 0o700)
        else:
            _remount(folder, "ro")
            stack.callback(_remount, folder, "rw")
        done = subprocess.run(
            [*_as_an_ordinary_user(), sys.executable, "-c", SAVE_ONCE, str(path)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 2, done.stdout + done.stderr
        assert "Traceback" not in done.stderr
        told = done.stdout.strip().splitlines()
        expected = {
            "file": "the file is read-only (make it writable to save there)",
            "folder": f"Could not save to {path}: permission denied.",
            "file system": f"Could not save to {path}: the disk is read-only.",
        }[what]
        assert len(told) == 1 and expected in told[0], told
        assert path.read_bytes() == before
        assert sorted(p.name for p in folder.iterdir()) == names


def _remount(where: Path, how: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{how}", str(where)], timeout=30, check=True)


@contextlib.contextmanager
def _small_disk(where: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` mounted at ``where`` for the test; skip when it cannot be mounted."""
    where.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {mounted.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], timeout=30, check=False)


def _fill(folder: Path) -> Path:
    """Fill the file system of ``folder`` to the last byte."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as handle:
        for size in (65536, 4096, 512, 1):
            with contextlib.suppress(OSError):
                while True:
                    handle.write(b"\0" * size)
                    handle.flush()
    return filler


@pytest.mark.parametrize("full_for", ["the backup", "the new version"])
def test_a_full_disk_keeps_the_old_file_and_says_so(
    content: Content, tmp_path: Path, full_for: str
) -> None:
    with _small_disk(tmp_path / "disk", "256k") as disk:
        path = disk / "priorities.toml"
        save_priorities(path, _weighted(content, 1), content)
        before = path.read_bytes()
        if full_for == "the new version":
            room = disk / "room"  # one page: the backup has room, the new version has not
            room.write_bytes(b"\0" * 4096)
            filler = _fill(disk)
            room.unlink()
        else:
            filler = _fill(disk)
        with pytest.raises(InputProblem) as failed:
            save_priorities(path, _weighted(content, 5), content)
        assert failed.value.lines == [f"Could not save to {path}: the disk is full."]
        assert path.read_bytes() == before
        assert _temporary_files(disk) == []
        filler.unlink()
        save_priorities(path, _weighted(content, 5), content)
        assert _whole(path, content) == _weighted(content, 5)


async def test_a_file_replaced_or_removed_while_the_app_runs_is_kept_and_told(
    content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "p.toml"
    save_priorities(path, _weighted(content, 1), content)
    app = LaserApp(content, priorities_path=path)
    async with app.run_test(size=(80, 24)) as pilot:
        other = dump_priorities(_weighted(content, 2), content).encode()
        replacement = tmp_path / "from-an-editor.toml"
        replacement.write_bytes(other)
        os.replace(replacement, path)  # as an editor saves: a new file under the old name
        await pilot.press("ctrl+s")
        await pilot.pause()
        kept = [p for p in tmp_path.iterdir() if ".changed-" in p.name]
        assert len(kept) == 1 and kept[0].read_bytes() == other
        assert _whole(path, content) == app.priorities
        broken = b"format = 1\n[priorities.short_recovery]\nweight = 9\n"
        path.write_bytes(broken)
        app._notifications.clear()
        await pilot.press("ctrl+s")
        await pilot.pause()
        said = " ".join(str(n.message) for n in app._notifications)
        assert "changed since laser-tui opened it" in said, said
        kept_now = [p.read_bytes() for p in tmp_path.iterdir() if ".changed-" in p.name]
        assert kept_now.count(broken) == 1
        assert not [p for p in tmp_path.iterdir() if ".broken-" in p.name], "kept once"
        path.unlink()
        app._notifications.clear()
        await pilot.press("ctrl+s")
        await pilot.pause()
        said = " ".join(str(n.message) for n in app._notifications)
        assert "was removed since laser-tui opened it" in said, said
        assert _whole(path, content) == app.priorities


SAVE_IN_A_LOOP = """
import sys
from pathlib import Path
from laser_tui.files.priorities_save import save_priorities
from laser_tui.files.toml_io import load_content
from laser_tui.model.priorities import Priorities

content = load_content()
path, weight, times = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
ids = [c.id for c in content.criteria]
priorities = Priorities.defaults_for(content)
expected = ""
print("saving", flush=True)
for turn in range(times):
    chosen = ids[turn % len(ids)]
    priorities = priorities.with_counts(chosen, True).with_weight(chosen, weight)
    expected = save_priorities(path, priorities, content, expected=expected).digest
"""


def test_two_instances_saving_the_same_file_never_break_it(
    content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "priorities.toml"
    save_priorities(path, Priorities.defaults_for(content), content)
    savers = [
        subprocess.Popen(
            [sys.executable, "-c", SAVE_IN_A_LOOP, str(path), str(weight), "40"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for weight in (2, 4)
    ]
    try:
        reads = 0
        while any(saver.poll() is None for saver in savers):
            _whole(path, content)  # whenever it is read, it is whole
            reads += 1
        outcomes = [saver.communicate(timeout=60) for saver in savers]
    finally:
        for saver in savers:
            saver.kill()
            saver.wait()
    assert [saver.returncode for saver in savers] == [0, 0], outcomes
    assert reads > 0
    weights = {p.weight for p in _whole(path, content).criteria.values() if p.counts}
    assert weights in ({2}, {4}), "the last save is one instance's whole version"
    for kept in tmp_path.glob("priorities.changed-*.toml"):
        _whole(kept, content)  # each instance kept the other's version whole
    assert _temporary_files(tmp_path) == []


KILLS = 50


def test_fifty_kills_during_saves_leave_the_old_file_or_the_new(
    content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "priorities.toml"
    versions = [_weighted(content, weight) for weight in range(6)]
    save_priorities(path, versions[0], content)
    save_priorities(path, versions[0], content)  # so that a .bak always exists
    seed = random.randrange(1_000_000)
    chance = random.Random(seed)
    caught_mid_save = 0
    for kill in range(KILLS):
        before = _whole(path, content)
        child = os.fork()
        if child == 0:  # the saver: saves the next version over and over until it is killed
            try:
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                while True:
                    save_priorities(path, versions[(kill + 1) % len(versions)], content)
            finally:
                os._exit(1)
        time.sleep(chance.uniform(0.0, 0.02))
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        after = _whole(path, content)
        assert after in (before, versions[(kill + 1) % len(versions)]), f"seed {seed}"
        caught_mid_save += after == before
        left = sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".tmp"))
        assert left == ["priorities.toml", "priorities.toml.bak"], f"seed {seed}"
    for left_over in tmp_path.glob("*.tmp"):  # as if the kills were a while ago
        os.utime(left_over, (time.time() - 60, time.time() - 60))
    save_priorities(path, versions[0], content)  # the next save clears what the kills left
    assert _temporary_files(tmp_path) == []
    print(f"{KILLS} kills, {caught_mid_save} before the first save ended (seed {seed})")
