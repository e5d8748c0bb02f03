"""The message catalogues: every message of the code is in each language's catalogue, translated,
with the same placeholders; no catalogue keeps a message the code no longer has; no message is
built from an f-string or a variable the extraction cannot see."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "laser_tui"
CATALOGUES = sorted((PACKAGE / "locale").glob("*/LC_MESSAGES/laser_tui.po"))
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
PLACEHOLDER = re.compile(r"\{(\w*)[^{}]*\}")

pytestmark = pytest.mark.timeout(120)


def _extracted() -> list[tuple[str, int, str | tuple[str, ...] | None]]:
    return [
        (name, line, message)
        for name, line, message, _comments, _context in extract_from_dir(
            PACKAGE, method_map=[("**.py", "python")], keywords=KEYWORDS
        )
    ]


def _ids(message: str | tuple[str | None, ...] | None) -> str | None:
    if isinstance(message, tuple):
        return message[0]
    return message


def test_there_is_a_spanish_catalogue() -> None:
    assert [po.parents[1].name for po in CATALOGUES] == ["es"]


def test_every_message_is_a_literal_the_extraction_sees() -> None:
    unseen = [f"{name}:{line}" for name, line, message in _extracted() if not _ids(message)]
    assert not unseen, f"write these messages as literal strings (N_ where defined): {unseen}"


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda po: po.parents[1].name)
def test_each_catalogue_has_every_message_translated_and_nothing_else(po: Path) -> None:
    with po.open("rb") as source:
        catalogue = read_po(source)
    in_code = {_ids(message) for _, _, message in _extracted()} - {None}
    in_catalogue = {_ids(m.id) for m in catalogue if m.id}
    missing = sorted(in_code - in_catalogue)  # type: ignore[type-var]
    gone = sorted(in_catalogue - in_code)  # type: ignore[type-var]
    untranslated = sorted(
        _ids(m.id) or ""
        for m in catalogue
        if m.id and (m.fuzzy or not all(m.string if isinstance(m.string, tuple) else [m.string]))
    )
    assert not missing, f"run bash scripts/catalogue: not in {po.name}: {missing[:20]}"
    assert not gone, f"run bash scripts/catalogue: no longer in the code: {gone[:20]}"
    assert not untranslated, f"translate in {po}: {untranslated[:20]}"


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda po: po.parents[1].name)
def test_each_translation_keeps_the_placeholders(po: Path) -> None:
    with po.open("rb") as source:
        catalogue = read_po(source)
    wrong = []
    for message in catalogue:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set(PLACEHOLDER.findall(ids[-1])) | set(PLACEHOLDER.findall(ids[0]))
        for string in strings:
            if string and set(PLACEHOLDER.findall(string)) - wanted:
                wrong.append((ids[0], string))
            if string and not set(PLACEHOLDER.findall(ids[0])) <= set(
                PLACEHOLDER.findall(string)
            ) | {"count"}:
                wrong.append((ids[0], string))
    assert not wrong, f"a translation must keep each {{placeholder}} as written: {wrong[:10]}"
