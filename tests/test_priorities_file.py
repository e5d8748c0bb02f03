"""The priorities file: its text, reading it back, and one clear line per problem."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from laser_tui.files.priorities_dump import dump_priorities
from laser_tui.files.priorities_file import (
    FORMAT,
    content_label,
    default_priorities_path,
    display_path,
    load_priorities,
    priorities_path,
    read_priorities,
)
from laser_tui.files.priorities_save import save_priorities
from laser_tui.model.content import Content, Criterion
from laser_tui.model.priorities import CriterionPriority, Priorities, Readiness
from laser_tui.model.safe_text import unsafe_characters

identifiers = st.from_regex(r"[a-z][a-z0-9_]{0,12}", fullmatch=True)
labels = st.text(min_size=1, max_size=40).filter(
    lambda text: text.strip() != "" and unsafe_characters(text) is None
)
answers = st.none() | st.booleans()
readiness = st.builds(Readiness, sure=answers, understand=answers, values=answers, support=answers)


@st.composite
def content_and_priorities(draw: st.DrawFn, base: Content) -> tuple[Content, Priorities]:
    """Content with any criteria (ids, labels), and complete priorities for it."""
    ids = draw(st.lists(identifiers, min_size=1, max_size=8, unique=True))
    treatments = [t.id for t in base.treatments]
    criteria = [
        Criterion(
            id=criterion_id,
            label=draw(labels),
            difference="A difference",
            fit=dict.fromkeys(treatments, 0.5),
            detail=dict.fromkeys(treatments, "Detail"),
            sources=[base.sources[0].id],
        )
        for criterion_id in ids
    ]
    content = base.model_copy(update={"criteria": criteria, "title": draw(labels)})
    entries = {
        criterion_id: CriterionPriority(counts=draw(st.booleans()), weight=draw(st.integers(0, 5)))
        for criterion_id in ids
    }
    return content, Priorities(criteria=entries, readiness=draw(readiness))


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_load_of_save_gives_back_the_same_priorities(
    data: st.DataObject, content: Content, tmp_path: Path
) -> None:
    chosen, priorities = data.draw(content_and_priorities(content))
    path = tmp_path / "round.toml"
    path.unlink(missing_ok=True)  # a fresh file each time: the contents differ
    save_priorities(path, priorities, chosen)
    text = path.read_text(encoding="utf-8")
    assert tomllib.loads(text)["format"] == FORMAT
    loaded = load_priorities(path, chosen)
    assert loaded.priorities == priorities
    assert loaded.messages == ()
    assert loaded.content == content_label(chosen)


def test_the_text_explains_itself_and_reads_back(content: Content) -> None:
    first = content.criteria[0]
    priorities = Priorities.defaults_for(content).with_counts(first.id, True)
    priorities = priorities.with_weight(first.id, 5)
    priorities = priorities.model_copy(update={"readiness": Readiness(sure=True, support=False)})
    saved_at = dt.datetime(2026, 11, 24, 9, 30, tzinfo=dt.UTC)
    text = dump_priorities(priorities, content, saved_at)
    assert text.startswith("# laser-tui priorities")
    assert "saved_at = 2026-11-24T09:30:00Z" in text
    assert f"# {first.label}\n[priorities.{first.id}]\ncounts = true\nweight = 5\n" in text
    data = tomllib.loads(text)
    assert data["readiness"] == {"sure": True, "support": False}
    assert data["saved_at"] == saved_at
    assert list(data["priorities"]) == [c.id for c in content.criteria]


def test_a_hand_edited_file_is_read(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    first, second = content.criteria[0].id, content.criteria[1].id
    path.write_text(
        f"format = 1\n[priorities.{first}]\nmatters = true\nweight = 1\n"
        f"[priorities.{second}]\nweight = 4\n[readiness]\nvalues = true\n",
        encoding="utf-8",
    )
    loaded = load_priorities(path, content)
    assert loaded.problems == ()
    assert loaded.priorities.get(first) == CriterionPriority(counts=True, weight=1)
    assert loaded.priorities.get(second) == CriterionPriority(counts=False, weight=4)
    assert loaded.priorities.readiness == Readiness(values=True)
    assert set(loaded.defaulted) == {c.id for c in content.criteria[2:]}
    (note,) = loaded.notes
    assert f"{display_path(path)}: nothing was saved for" in note
    assert content.criteria[2].label in note
    assert content.criteria[0].label not in note


def test_a_value_that_is_not_toml_leaves_out_only_that_line(
    content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "mine.toml"
    first, second = content.criteria[0].id, content.criteria[1].id
    path.write_text(
        f"format = 2\n[priorities.{first}]\ncounts = true\nweight = 5\n"
        f"[priorities.{second}]\ncounts = yes\nweight = 4\n[readiness]\nsure = true\n",
        encoding="utf-8",
    )
    loaded = load_priorities(path, content)
    assert loaded.problems == (
        f"{display_path(path)}: line 6: 'counts = yes' is not a value laser-tui can read, so "
        "only this line was left out (its default is used); write true or false there",
    )
    assert not loaded.unusable
    assert loaded.priorities.get(first) == CriterionPriority(counts=True, weight=5)
    assert loaded.priorities.get(second) == CriterionPriority(counts=False, weight=4)
    assert loaded.priorities.readiness == Readiness(sure=True)


@pytest.mark.parametrize(
    "broken", ["[priorities.short_recovery\ncounts = true\n", "x = 1\n" + "y = yes\n" * 30]
)
def test_a_file_far_from_toml_is_still_not_guessed_at(
    content: Content, tmp_path: Path, broken: str
) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(broken, encoding="utf-8")
    loaded = load_priorities(path, content)
    assert loaded.unusable and len(loaded.problems) == 1
    assert "(not valid TOML)" in loaded.problems[0]


def test_no_file_yet_gives_the_defaults(content: Content, tmp_path: Path) -> None:
    loaded = load_priorities(tmp_path / "none.toml", content)
    assert not loaded.exists
    assert loaded.priorities == Priorities.defaults_for(content)
    assert loaded.messages == ()


def _data(content: Content, **entry: object) -> dict[str, object]:
    return {"format": 1, "priorities": {content.criteria[0].id: entry}}


@pytest.mark.parametrize(
    ("entry", "field", "expected"),
    [
        ({"matters": True, "weight": 9}, "weight", "(found 9): must be a whole number from 0 to 5"),
        (
            {"matters": True, "weight": "high"},
            "weight",
            '(found "high"): must be a whole number from 0 to 5',
        ),
        ({"matters": "yes", "weight": 2}, "matters", '(found "yes"): must be true or false'),
        ({"matters": True, "weight": 2, "colour": "red"}, "colour", "does not know this name"),
    ],
)
def test_each_bad_value_is_one_line_and_the_good_fields_load(
    content: Content, entry: dict[str, object], field: str, expected: str
) -> None:
    first = content.criteria[0].id
    loaded = read_priorities(_data(content, **entry), content, Path("/p/mine.toml"))
    (line,) = loaded.problems
    assert line.startswith(f"/p/mine.toml: priorities.{first}.{field}")
    assert expected in line
    kept = loaded.priorities.get(first)
    good = {key: value for key, value in entry.items() if key != field}
    assert kept == CriterionPriority(**good)  # type: ignore[arg-type]


@pytest.mark.parametrize("saved_by_laser_tui", [False, True])
def test_a_misspelt_criterion_is_named_and_ignored(
    content: Content, saved_by_laser_tui: bool
) -> None:
    data = _data(content, matters=True, weight=5)
    if saved_by_laser_tui:
        data["content"] = content_label(content)
    data["priorities"]["shorter_recovery"] = {"matters": True}  # type: ignore[index]
    loaded = read_priorities(data, content, Path("/p/mine.toml"))
    (line,) = loaded.problems
    assert line.startswith("/p/mine.toml: priorities.shorter_recovery: not a difference")
    assert "check the spelling" in line
    assert "shorter_recovery" not in loaded.priorities.criteria
    assert loaded.priorities.get(content.criteria[0].id).weight == 5


def test_a_difference_the_clinic_removed_is_told_as_no_longer_asked(
    content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(dump_priorities(Priorities.defaults_for(content), content), encoding="utf-8")
    removed = content.criteria[-1]
    data = content.model_dump(exclude_none=True)
    data["criteria"] = data["criteria"][:-1]
    for table in data["seed_differences"] + data["retired_criteria"]:
        table["became"] = [i for i in table["became"] if i != removed.id] or ["low_risk"]
    smaller = Content.model_validate(data, strict=False)
    loaded = load_priorities(path, smaller)  # saved by laser-tui, before the clinic removed it
    assert loaded.problems == ()
    assert loaded.notes == (
        f"{path}: priorities.{removed.id}: this clinic no longer asks about "
        f'"{removed.label}"; your answer for it is not used',
    )
    for gone in (["gone_one", "gone_two"], [f"gone_{n}" for n in range(5)]):
        data = _data(content, matters=True) | {"content": "An older version (version 1)"}
        data["priorities"] |= {name: {"matters": True} for name in gone}  # type: ignore[operator]
        notes = read_priorities(data, content, path).notes
        (line,) = [note for note in notes if "no longer asks" in note]
        assert line.startswith(f'{path}: priorities: this clinic no longer asks about "gone_')
        assert line.endswith(
            ("and 2 more" if len(gone) == 5 else '"gone_two"')
            + ("; your answers for them are not used")
        )


def test_a_newer_format_is_read_as_far_as_possible(content: Content) -> None:
    data = _data(content, matters=True, weight=5)
    data["format"] = FORMAT + 1
    loaded = read_priorities(data, content, Path("/p/mine.toml"))
    assert loaded.newer_format == FORMAT + 1
    (line,) = loaded.problems
    assert line.startswith(f"/p/mine.toml: format = {FORMAT + 1} is newer than this laser-tui")
    assert "not replaced unless you say so" in line
    assert loaded.priorities.get(content.criteria[0].id).weight == 5


@pytest.mark.parametrize("value", ["1", 0, True])
def test_a_format_that_is_not_a_version_is_a_problem(content: Content, value: object) -> None:
    data = _data(content, matters=True)
    data["format"] = value
    (line,) = read_priorities(data, content, Path("/p/x.toml")).problems
    assert line.startswith("/p/x.toml: format (found ")
    assert f"put format = {FORMAT} back" in line


def test_readiness_and_top_level_values_are_checked(content: Content) -> None:
    data = {"format": 1, "saved_at": "yesterday", "readiness": {"sure": "maybe", "values": True}}
    loaded = read_priorities(data, content, Path("/p/x.toml"))
    assert len(loaded.problems) == 2
    assert any('saved_at (found "yesterday")' in line for line in loaded.problems)
    assert any('readiness.sure (found "maybe")' in line for line in loaded.problems)
    assert loaded.priorities.readiness == Readiness(values=True)


def test_other_content_is_pointed_out(content: Content) -> None:
    data = {"format": 1, "content": "Some other leaflet (version 1)"}
    loaded = read_priorities(data, content, Path("/p/x.toml"))
    assert loaded.problems == ()
    assert any('made with "Some other leaflet (version 1)"' in note for note in loaded.notes)


def test_malformed_toml_gives_defaults_and_the_line_and_column(
    content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "mine.toml"
    path.write_text("format = 1\n[priorities.a\nweight = 3\n", encoding="utf-8")
    loaded = load_priorities(path, content)
    assert loaded.priorities == Priorities.defaults_for(content)
    (line,) = loaded.problems
    assert line.startswith(f"{path}: line 2, column 14: ")
    assert "fix it in a text editor" in line


def test_a_file_that_is_not_text_is_one_line(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_bytes(b"format = 1\n\xff\xfe")
    (line,) = load_priorities(path, content).problems
    assert line == f"{path}: line 2: byte 12 is not UTF-8 text; save the file as UTF-8"


def test_a_folder_instead_of_a_file_is_one_line(content: Content, tmp_path: Path) -> None:
    (line,) = load_priorities(tmp_path, content).problems
    assert "is a folder, not a file" in line


def test_the_file_is_chosen_by_option_then_environment_then_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LASER_TUI_PRIORITIES", str(tmp_path / "env.toml"))
    assert priorities_path(tmp_path / "option.toml") == tmp_path / "option.toml"
    assert priorities_path() == tmp_path / "env.toml"
    monkeypatch.delenv("LASER_TUI_PRIORITIES")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert priorities_path() == default_priorities_path()
    assert default_priorities_path() == tmp_path / "data" / "laser-tui" / "priorities.toml"


def test_paths_in_the_home_folder_are_shown_with_a_tilde(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert display_path(tmp_path / "a" / "p.toml") == "~/a/p.toml"
    assert display_path(Path("/elsewhere/p.toml")) == "/elsewhere/p.toml"
