"""The pictures of the README and of docs/*.md are the snapshot tests' own SVGs, so they can never
show an old version of the app (or words the aid never says). `bash scripts/readme-pictures`
copies them."""

from __future__ import annotations

import html
import re
from pathlib import Path

ROOT = Path(__file__).parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
PICTURE = re.compile(r"<!-- picture: (?P<snapshot>\S+) -> (?P<picture>\S+) -->")
SHOWN = re.compile(r"!\[[^\]]*\]\((?P<path>[^)\s]+)\)")
VERDICT = re.compile(
    r"\b(?:fits? best|best fit|fits? better|better|best|winner|ahead|recommend\w*|advise\w*)\b",
    re.IGNORECASE,
)
"""Words that judge a treatment (tests/test_wording.py has the full list for the panel)."""


def pictures() -> dict[str, str]:
    """Each picture the pages name (from the repository's root), and the snapshot it is copied
    from."""
    return {
        m["picture"]: m["snapshot"]
        for page in PAGES
        for m in PICTURE.finditer(page.read_text(encoding="utf-8"))
    }


def shown() -> list[str]:
    """Each picture the pages show, from the repository's root."""
    return [
        str((page.parent / path).resolve().relative_to(ROOT))
        for page in PAGES
        for path in SHOWN.findall(page.read_text(encoding="utf-8"))
    ]


def svg_words(path: Path) -> str:
    """The words an SVG snapshot shows, one line of the terminal after another."""
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", path.read_text(encoding="utf-8"))
    return html.unescape(" ".join(texts)).replace("\xa0", " ")


def test_every_readme_picture_is_a_snapshot_as_it_is_now() -> None:
    assert "docs/decision-panel.svg" in shown(), "the README shows no picture of the app"
    named = pictures()
    for path in shown():
        assert path in named, f"{path}: name its snapshot in a <!-- picture: ... --> comment"
        if named[path].endswith(".py"):  # drawn and compared by that test (a PDF's page)
            assert Path(path).name in (ROOT / named[path]).read_text(encoding="utf-8")
            continue
        snapshot = ROOT / named[path]
        assert snapshot.is_file(), f"{named[path]}: no such snapshot"
        assert (ROOT / path).read_bytes() == snapshot.read_bytes(), (
            f"{path} differs from {named[path]}: run bash scripts/readme-pictures"
        )


def test_no_readme_picture_says_what_the_aid_never_says() -> None:
    for path, snapshot in pictures().items():
        if snapshot.endswith(".py"):
            continue  # a picture of a PDF page: its words are checked by that test
        words = svg_words(ROOT / path)
        assert "Weigh it up" in words or "Home" in words, path  # the words were found
        assert not VERDICT.findall(words), (path, VERDICT.findall(words))
