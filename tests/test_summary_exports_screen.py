"""The summary screen's PDF (p) and FHIR (f) exports, by keyboard: beside the priorities file,
from a hand-over, as downloads in a browser, never in the kiosk."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse
from textual.pilot import Pilot

from laser_tui.app import LaserApp
from laser_tui.export.pdf import NEEDS_EXTRA
from laser_tui.kiosk.handover import read_handover
from laser_tui.kiosk.handover_app import HandoverApp
from laser_tui.model.content import Content
from laser_tui.model.knowledge import KnowledgeCount
from laser_tui.screens.summary import SummaryScreen
from laser_tui.web.session_app import WebSessionApp
from support.exports import CODE, flat, handover_folder, page_texts, structure
from support.fhir import answers_by_link, priorities_from_response
from support.kiosk import make_kiosk
from support.sizes import SMALL
from support.summary import known_priorities


async def _exported(app: LaserApp, pilot: Pilot[Any], *keys: str) -> list[tuple[str, str]]:
    """Press ``keys`` on the summary, wait until the exports are made, and return the messages."""
    await pilot.press("s")
    assert isinstance(app.screen, SummaryScreen)
    await pilot.press(*keys)
    await app.workers.wait_for_complete()
    await pilot.pause()
    return [(n.severity, n.message) for n in app._notifications]


async def test_pdf_and_fhir_beside_the_priorities_file(content: Content, tmp_path: Path) -> None:
    app = LaserApp(content, known_priorities(content), priorities_path=tmp_path / "mine.toml")
    app.session = app.session.with_knowledge_answer(0, True).with_knowledge_answer(1, True)
    async with app.run_test(size=SMALL) as pilot:
        messages = await _exported(app, pilot, "p", "f")
    pdf, record = tmp_path / "mine-summary.pdf", tmp_path / "mine-summary.fhir.json"
    assert ("information", f"Summary saved as PDF to {pdf}") in messages
    assert ("information", f"Summary saved as FHIR record to {record}") in messages
    assert structure(pdf)[0]["title"].startswith("My summary: ")
    parsed = QuestionnaireResponse.model_validate_json(record.read_bytes())
    assert priorities_from_response(content, parsed) == known_priorities(content)
    assert parsed.identifier is None
    right = sum(q.answer is True for q in (content.knowledge_check or [])[:2])
    count = KnowledgeCount(right, 2, len(content.knowledge_check or []))
    assert answers_by_link(parsed.item)["knowledge.right"].valueInteger == count.right


async def test_a_hand_over_exports_carry_its_code(content: Content, tmp_path: Path) -> None:
    folder = handover_folder(tmp_path, content)
    loaded = read_handover(folder / f"{CODE}.toml", content)
    app = HandoverApp(content, loaded, folder=tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("escape")
        await _exported(app, pilot, "p", "f")
    stem = tmp_path / f"hand-over-{CODE}-summary"
    parsed = QuestionnaireResponse.model_validate_json(Path(f"{stem}.fhir.json").read_bytes())
    assert parsed.identifier.value == CODE
    for page in page_texts(Path(f"{stem}.pdf")):
        assert "Hand-over 7CD 4AE, handed over" in flat(page)


@pytest.fixture
def binaries(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Record App.deliver_binary instead of running it (a headless app has no browser)."""
    found: list[dict[str, Any]] = []

    def deliver_binary(self: object, file: Any, **options: Any) -> str:
        found.append({"data": file.read(), **options})
        return f"key-{len(found)}"

    monkeypatch.setattr(WebSessionApp, "deliver_binary", deliver_binary)
    return found


async def test_in_a_browser_they_are_downloads(
    content: Content, binaries: list[dict[str, Any]]
) -> None:
    app = WebSessionApp(content)
    async with app.run_test(size=SMALL) as pilot:
        messages = await _exported(app, pilot, "p", "f")
    options = sorted((d["save_filename"], d["mime_type"]) for d in binaries)
    assert options == [
        ("laser-tui-summary.fhir.json", "application/fhir+json"),
        ("laser-tui-summary.pdf", "application/pdf"),
    ]
    pdf = next(d["data"] for d in binaries if d["mime_type"] == "application/pdf")
    assert pdf.startswith(b"%PDF-")
    said = "Your summary (PDF) is downloading: your browser saves it as laser-tui-summary.pdf"
    assert ("information", said) in messages


async def test_the_kiosk_never_makes_them(content: Content, tmp_path: Path) -> None:
    kiosk = make_kiosk(content, tmp_path)
    async with kiosk.run_test(size=SMALL) as pilot:
        await pilot.press("space", "s")
        assert isinstance(kiosk.screen, SummaryScreen)
        actions = {b.binding.action for b in kiosk.screen.active_bindings.values()}
        assert not {a for a in actions if a.startswith("export")}
        await pilot.press("p", "f")
        await kiosk.workers.wait_for_complete()
    assert not [p for p in tmp_path.rglob("*") if p.suffix in (".pdf", ".json")]


async def test_without_the_pdf_extra_the_screen_says_how_to_get_it(
    content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "typst", None)  # import typst now raises ImportError
    app = LaserApp(content, known_priorities(content), priorities_path=tmp_path / "mine.toml")
    async with app.run_test(size=SMALL) as pilot:
        messages = await _exported(app, pilot, "p")
        assert app.is_running
    assert ("error", NEEDS_EXTRA) in messages
    assert not (tmp_path / "mine-summary.pdf").exists()
