"""Files stay compatible: formats 1, 2 and 3 priorities files open with everything they hold."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

from laser_tui.files.priorities_file import FORMAT, load_priorities
from laser_tui.files.priorities_save import backup_path, save_priorities
from laser_tui.model.content import Content
from laser_tui.model.priorities import CriterionPriority, Priorities
from support.summary import FORMAT_1_FILE, known_priorities


def test_a_format_1_file_opens_with_everything_it_holds(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "priorities.toml"
    shutil.copy(FORMAT_1_FILE, path)
    assert tomllib.loads(path.read_text(encoding="utf-8"))["format"] == 1
    loaded = load_priorities(path, content)
    assert loaded.problems == ()
    assert loaded.newer_format is None
    assert loaded.priorities == known_priorities(content)
    assert loaded.priorities.leaning is None


def test_a_format_1_file_is_saved_as_format_4_and_reads_back_the_same(
    content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "priorities.toml"
    shutil.copy(FORMAT_1_FILE, path)
    opened = load_priorities(path, content).priorities
    save_priorities(path, opened.with_leaning("resurfacing"), content)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == FORMAT == 4
    assert data["leaning"] == "resurfacing"
    assert data["concerns"] == ["colour_spots"]  # its "even_colour" counted: now a concern
    assert "even_colour" not in data["priorities"]
    assert data["priorities"]["dramatic_change"] == {"counts": True, "weight": 5}
    again = load_priorities(path, content)
    assert again.problems == ()
    assert again.priorities == opened.with_leaning("resurfacing")
    assert backup_path(path).read_bytes() == FORMAT_1_FILE.read_bytes()


FORMAT_2 = """\
format = 2
content = "Laser skin tightening or laser skin resurfacing? (version 2026.12)"
leaning = "tightening"

[priorities.dramatic_change]
counts = true
weight = 4

[priorities.firm_loose_skin]
counts = true
weight = 4

[priorities.even_colour]
counts = false
weight = 5

[readiness]
support = true
"""


def test_a_format_2_file_opens_with_everything_it_holds(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "priorities.toml"
    path.write_text(FORMAT_2, encoding="utf-8")
    loaded = load_priorities(path, content)
    assert loaded.problems == ()
    priorities = loaded.priorities
    assert priorities.leaning == "tightening"
    assert (
        priorities.get("dramatic_change").counts and priorities.get("dramatic_change").weight == 4
    )
    assert priorities.concerns == ("loose_skin",)  # counted; even_colour did not count
    assert priorities.readiness.support is True
    assert any(
        "priorities.firm_loose_skin" in note and "Loose or sagging skin" in note
        for note in loaded.notes
    )


def test_format_3_keeps_the_concerns_and_not_sure(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "priorities.toml"
    both = Priorities.defaults_for(content).with_concern("loose_skin", True, content)
    both = both.with_concern("colour_spots", True, content)
    save_priorities(path, both, content)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["concerns"] == ["loose_skin", "colour_spots"]
    assert load_priorities(path, content).priorities == both
    unsure = both.with_concerns_unsure(True)
    assert unsure.concerns == ()
    save_priorities(path, unsure, content)
    assert load_priorities(path, content).priorities == unsure
    assert unsure.with_concern("lines_scars", True, content).concerns_unsure is False


def test_an_unknown_concern_is_one_line_and_left_out(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "priorities.toml"
    path.write_text('format = 3\nconcerns = ["loose_skin", "freckles"]\n', encoding="utf-8")
    loaded = load_priorities(path, content)
    assert loaded.priorities.concerns == ("loose_skin",)
    assert len(loaded.problems) == 1
    assert 'concerns (found "freckles"): not a concern this content has' in loaded.problems[0]


FORMAT_3 = """\
format = 3
content = "Laser skin tightening or laser skin resurfacing? (version 2026.12)"
leaning = "not_sure"
concerns = ["lines_scars"]

[priorities.short_recovery]
counts = true
weight = 5

[readiness]
sure = false
"""


def test_a_format_3_file_opens_with_everything_it_holds(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "priorities.toml"
    path.write_text(FORMAT_3, encoding="utf-8")
    loaded = load_priorities(path, content)
    assert loaded.problems == ()
    priorities = loaded.priorities
    assert priorities.leaning == "not_sure"
    assert priorities.concerns == ("lines_scars",)
    assert priorities.get("short_recovery") == CriterionPriority(matters=True, weight=5)
    assert priorities.readiness.sure is False
    assert priorities.consultation.answers == {}


def _answered(content: Content) -> Priorities:
    priorities = Priorities.defaults_for(content).with_consultation("cold_sores", "yes")
    priorities = priorities.with_consultation("sun_reaction", "never_burns")
    return priorities.with_consultation("pregnancy", "not_sure")


def test_format_4_keeps_the_answers_for_the_clinician(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "priorities.toml"
    answered = _answered(content)
    save_priorities(path, answered, content)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["clinician"] == {
        "pregnancy": "not_sure",
        "cold_sores": "yes",
        "sun_reaction": "never_burns",
    }
    assert load_priorities(path, content).priorities == answered
    taken_back = answered.with_consultation("cold_sores", None)
    save_priorities(path, taken_back, content)  # over the file: the edited-file path
    assert "cold_sores" not in tomllib.loads(path.read_text(encoding="utf-8"))["clinician"]
    assert load_priorities(path, content).priorities == taken_back


def test_a_wrong_answer_for_the_clinician_is_one_line_each(
    content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "priorities.toml"
    path.write_text(
        'format = 4\n[clinician]\ncold_sores = "maybe"\nfreckles = "yes"\npregnancy = "no"\n',
        encoding="utf-8",
    )
    loaded = load_priorities(path, content)
    assert loaded.priorities.consultation.answers == {"pregnancy": "no"}
    assert len(loaded.problems) == 2
    assert (
        'clinician.cold_sores (found "maybe"): must be one of yes, no, not_sure'
        in (loaded.problems[0])
    )
    assert "clinician.freckles: not a question this content asks" in loaded.problems[1]
