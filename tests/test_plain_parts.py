"""The newer content parts, each shown in plain mode when the content has it: chances in words,
how sure, the basis of each fit, marketing sources, About this aid, and the knowledge check."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import tomli_w

from laser_tui.files.locations import shipped_content_path
from laser_tui.files.toml_io import load_content
from laser_tui.model.content import Content
from laser_tui.plain.menu import items
from support.plain import converse_here, menu

NEWER_PARTS = ("certainty", "outcomes", "about", "knowledge_check", "seed_differences", "concerns")


def _older(folder: Path) -> Content:
    """The shipped content without any of the newer, optional parts."""
    data: dict[str, Any] = tomllib.loads(shipped_content_path().read_text(encoding="utf-8"))
    for key in NEWER_PARTS:
        data.pop(key, None)
    for criterion in data["criteria"]:
        criterion.pop("basis", None)
    for treatment in data["treatments"]:
        treatment.pop("aimed_at", None)
        treatment.pop("not_aimed_at", None)
    data["retired_criteria"] = [r for r in data["retired_criteria"] if "concerns" not in r]
    for source in data["sources"]:
        source.pop("kind", None)
    for fact in [f for t in data["treatments"] for part in t.values() if isinstance(part, list)
                 for f in part if isinstance(f, dict)]:  # fmt: skip
        fact.pop("certainty", None)
    for option in data["other_options"]:
        for fact in option["facts"]:
            fact.pop("certainty", None)
    path = folder / "older.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return load_content(path)


def test_an_older_content_offers_none_of_the_newer_parts(tmp_path: Path) -> None:
    older = _older(tmp_path)
    labels = [item.label for item in items(older)]
    assert "About this aid" not in labels
    assert "Check what I know" not in labels
    said, code = converse_here(older, ["1", "quit"], tmp_path / "p.toml")
    assert code == 0
    assert "Chances" not in said
    assert "How sure" not in said


def test_chances_are_words_out_of_100_with_who_how_many_how_long_and_how_sure(
    content: Content, tmp_path: Path
) -> None:
    said, _ = converse_here(content, ["1", "11", "quit"], tmp_path / "p.toml")
    assert "11. Chances, 12. Sources." in said
    assert "Blisters after a session: about 11 in 100 sessions. Seen in people with darker" in said
    assert "A cold-sore flare: not known. No figure found for infrared tightening." in said
    assert "none seen in 29 people; a study this size cannot rule out up to about 10 in 100" in said
    assert "How sure: Small studies (under about 100 people each)" in said
    assert "\u25a0" not in said and "\u2588" not in said  # no picture, only words


def test_side_by_side_says_why_and_puts_the_chances_on_one_scale(
    content: Content, tmp_path: Path
) -> None:
    count = len(content.criteria)
    said, _ = converse_here(
        content, [menu("Side by side"), str(count + 1), "", "quit"], tmp_path / "p.toml"
    )
    first = said.split("Section 2 of")[0]
    assert "Why: " in first
    chances = said.split(f"Section {count + 1} of")[1]
    assert chances.startswith(f" {count + len(content.outcomes) + 2}: Chances: ")
    assert all(f"{t.name}: " in chances for t in content.treatments)


def test_facts_say_how_sure_and_a_marketing_source_says_so(
    content: Content, tmp_path: Path
) -> None:
    said, _ = converse_here(content, ["1", *[""] * 12, "quit"], tmp_path / "p.toml")
    assert "(Source 1, marketing.)" in said
    assert "(marketing; checked " in said
    assert "How sure: " in said


def test_about_this_aid_is_read_section_by_section(content: Content, tmp_path: Path) -> None:
    said, _ = converse_here(content, [menu("About this aid"), *[""] * 12, "quit"], tmp_path / "p")
    assert "Section 3 of " in said
    assert ": Funding.\n" in said
    assert "is a marketing source, and is said to be one wherever it is cited." in said


def test_the_knowledge_check_explains_each_answer_at_once(content: Content, tmp_path: Path) -> None:
    questions = content.knowledge_check or []
    first = questions[0]
    wrong = "f" if first.answer else "t"
    answers = [menu("Check what I know"), wrong, "maybe", "back", wrong, "", *[""] * 6, "quit"]
    said, _ = converse_here(content, answers, tmp_path / "p.toml")
    assert f"the answer is {'true' if first.answer else 'false'}. {first.explanation}" in said
    assert "Please type true or false (t or f will do), or press Enter to skip." in said
    assert f"You got 0 of 1 right. {len(questions) - 1} still to answer." in said
