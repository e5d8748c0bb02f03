"""The newer content parts, each shown in plain mode when the content has it: chances in words,
how sure, the basis of each fit, source kinds, About this aid, and the knowledge check."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomli_w

from laser_tui.files.toml_io import load_content, shipped_content_path
from laser_tui.model.content import Content
from laser_tui.plain.menu import items
from support.plain import converse_here

KNOWN = {"group": "people with darker skin", "size": 63, "follow_up": "3 months"}
KNOWN |= {"certainty": "one_small_study", "sources": ["pskey_infrared"]}
ABOUT = {
    "made_by": "The laser-tui project.",
    "how_made": "From the listed sources.",
    "funding": "None.",
    "conflicts": "None known.",
    "update_policy": "Reviewed every year.",
    "scoring": "A weighted average of fits.",
    "report_mistakes": "Open an issue.",
    "ipdas_met": ["Both options in equal detail."],
    "ipdas_not_yet": ["Field testing with patients."],
}
STATEMENT = {"answer": False, "explanation": "It heats, it does not peel.", "sources": ["seed"]}


def _rich(folder: Path) -> Content:
    data: dict[str, Any] = tomllib.loads(shipped_content_path().read_text(encoding="utf-8"))
    data["certainty"] = {"one_small_study": "one small study, with no comparison group"}
    data["outcomes"] = [
        {
            "id": "blisters",
            "label": "Blisters",
            "figures": {"tightening": {"per_100": 11.1, **KNOWN}},
        },
        {
            "id": "darker_patches",
            "label": "Darker patches",
            "figures": {
                "tightening": {"known": False},
                "resurfacing": {"low": 10, "high": 15, **KNOWN},
            },
        },
    ]
    data["about"] = ABOUT
    data["knowledge_check"] = [
        {"statement": f"Statement {n}.", **STATEMENT, "answer": n % 2 == 0} for n in range(1, 5)
    ]
    data["sources"][0]["kind"] = "marketing"
    data["treatments"][0]["what_it_is"][0]["certainty"] = "one_small_study"
    data["criteria"][0]["basis"] = {
        "tightening": {"reason": "Changes build slowly.", "sources": ["par_2021"]},
        "resurfacing": {"reason": "The top layer is removed.", "sources": ["mayo_resurfacing"]},
    }
    path = folder / "content.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return load_content(path)


def _menu(content: Content, label: str) -> str:
    return str(next(n for n, i in enumerate(items(content), 1) if i.label.startswith(label)))


def test_a_content_without_the_new_parts_offers_none_of_them(content: Content) -> None:
    labels = [item.label for item in items(content)]
    assert "About this aid" not in labels
    assert "Check what I know" not in labels


@pytest.fixture
def rich(tmp_path: Path) -> Content:
    return _rich(tmp_path)


def test_chances_are_words_out_of_100_with_who_how_many_how_long_and_how_sure(
    rich: Content, tmp_path: Path
) -> None:
    said, _ = converse_here(rich, ["1", "chances", "quit"], tmp_path / "p.toml")
    assert "10. Chances, 11. Sources." in said
    said, _ = converse_here(rich, ["1", "10", "quit"], tmp_path / "p.toml")
    assert (
        "Blisters: about 11 in 100 people. Seen in people with darker skin: 63 people, followed "
        "for 3 months. How sure: one small study, with no comparison group. (Source 5.)\n"
    ) in said
    assert "Darker patches: not known: no figure was found.\n" in said
    said, _ = converse_here(rich, ["2", "10", "quit"], tmp_path / "p.toml")
    assert "Blisters: not known: no figure was found.\n" in said
    assert "Darker patches: between about 10 and 15 in 100 people." in said


def test_side_by_side_says_why_and_puts_the_chances_on_one_scale(
    rich: Content, tmp_path: Path
) -> None:
    said, _ = converse_here(rich, [_menu(rich, "Side by side"), "8", "", "quit"], tmp_path / "p")
    assert "Why: Changes build slowly. (Source 6.)" in said.split("Section 2 of")[0]
    assert "Section 8 of 10: Chances: Blisters.\n" in said
    assert "Laser skin tightening: about 11 in 100 people." in said
    assert "Laser skin resurfacing: not known: no figure was found.\n" in said


def test_facts_say_how_sure_and_a_marketing_source_says_so(rich: Content, tmp_path: Path) -> None:
    said, _ = converse_here(rich, ["1", "", "11", "quit"], tmp_path / "p.toml")
    assert "tightens. (Source 1.) How sure: one small study, with no comparison group.\n" in said
    assert "Source 1 (marketing): Laser Skin Treatment vr Laser Skin Resurfacing" in said


def test_about_this_aid_is_read_section_by_section(rich: Content, tmp_path: Path) -> None:
    answers = [_menu(rich, "About this aid"), *[""] * 9, "quit"]
    said, _ = converse_here(rich, answers, tmp_path / "p.toml")
    assert "Section 3 of 9: Funding.\nNone.\n" in said
    assert "Section 9 of 9: The standards it does not meet yet.\nField testing" in said


def test_the_knowledge_check_explains_each_answer_at_once(rich: Content, tmp_path: Path) -> None:
    answers = [_menu(rich, "Check what I know"), "t", "maybe", "true", "", "back", "f", "", "quit"]
    said, _ = converse_here(rich, answers, tmp_path / "p.toml")
    assert "Not quite: it is false.\nIt heats, it does not peel. (Source 1.)\n" in said
    assert "Please type true or false (t or f will do), or press Enter to skip." in said
    assert said.count("That is right: it is true.") == 1
    assert "Skipped. The answer is false." in said
    assert "You got 2 of 4 right." in said
