"""Every relative link and #anchor in README.md, CHANGELOG.md and docs/*.md leads somewhere: a
file or folder of the repository, and a heading of the page it names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", ROOT / "CHANGELOG.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"!?\[[^\]]*\]\((?P<target>[^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.M | re.S)


def anchors(page: Path) -> set[str]:
    """The anchors of a page's headings, made as GitHub makes them (duplicates get -1, -2, …)."""
    made: set[str] = set()
    text = FENCE.sub("", page.read_text(encoding="utf-8"))
    for heading in re.findall(r"^#{1,6} (.+?)\s*$", text, re.M):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        anchor, n = slug, 0
        while anchor in made:
            n += 1
            anchor = f"{slug}-{n}"
        made.add(anchor)
    return made


def broken_links(page: Path) -> list[str]:
    """Each link of a page that leads nowhere, with why."""
    broken = []
    text = FENCE.sub("", page.read_text(encoding="utf-8"))
    for found in LINK.finditer(text):
        target = found["target"]
        if re.match(r"[a-z]+:", target):
            continue  # https:, mailto:: not checked (no network in tests)
        path, _, anchor = target.partition("#")
        linked = (page.parent / path).resolve() if path else page
        if not linked.exists():
            broken.append(f"{target}: no such file")
        elif anchor and linked.suffix == ".md" and anchor not in anchors(linked):
            broken.append(f"{target}: no heading #{anchor} in {linked.name}")
    return broken


def test_the_pages_are_there() -> None:
    names = {page.name for page in PAGES}
    assert {"using.md", "accessibility.md", "content-file.md", "kiosk.md", "web.md"} <= names
    assert {"development.md", "README.md", "CHANGELOG.md"} <= names
    assert all(page.is_file() for page in PAGES)


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_every_link_leads_somewhere(page: Path) -> None:
    assert broken_links(page) == []


def test_every_page_is_linked_from_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for page in PAGES[1:]:
        assert f"]({page.relative_to(ROOT)}" in readme, f"the README does not link {page.name}"


def test_a_broken_link_and_anchor_are_found(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    (tmp_path / "other.md").write_text("# Other\n\n## A heading: `with code`, too\n")
    page.write_text(
        "# Page\n\n[fine](other.md#a-heading-with-code-too) [self](#page) [web](https://x.org)\n"
        "[gone](missing.md) [no heading](other.md#nowhere) ![picture](gone.png)\n"
        "```\n[in a code block](nowhere.md)\n```\n"
    )
    assert broken_links(page) == [
        "missing.md: no such file",
        "other.md#nowhere: no heading #nowhere in other.md",
        "gone.png: no such file",
    ]
