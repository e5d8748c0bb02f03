"""The summary as an accessible PDF: made by the installed command, read back with poppler's
tools (text, pages, a rendered first page) and pypdf (tags, language, title)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from laser_tui.export.document import pdf_document
from laser_tui.export.pdf import NEEDS_EXTRA, render_pdf
from laser_tui.model.content import Content
from laser_tui.model.skin import SKIN_FIRST
from laser_tui.model.summary import HEADINGS, NOT_ADVICE, build_summary
from support.exports import (
    CODE,
    flat,
    gray_page,
    handover_folder,
    page_texts,
    parse_pgm,
    run_summary,
    structure,
)
from support.summary import KNOWN_AS_OF, KNOWN_PRIORITIES_FILE, known_priorities

GOLDEN = Path(__file__).parent / "golden"
FIRST_PAGE_TEXT = GOLDEN / "summary-pdf-page-1.txt"
FIRST_PAGE_IMAGE = GOLDEN / "summary-pdf-page-1.pgm"
README_PAGE = Path(__file__).parent.parent / "docs" / "summary-pdf-page-1.png"
A4 = (595.276, 841.89)
LETTER = (612.0, 792.0)


@pytest.fixture(scope="module")
def known_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The known priorities file's summary, made by `laser-tui summary --format pdf -o`."""
    out = tmp_path_factory.mktemp("pdf") / "summary.pdf"
    done = run_summary(KNOWN_PRIORITIES_FILE, "--format", "pdf", "--paper", "a4", "-o", out)
    assert (done.returncode, done.stderr, done.stdout) == (0, b"", b"")
    return out


def test_the_pdf_says_what_the_summary_says(known_pdf: Path, content: Content) -> None:
    text = flat(" ".join(page_texts(known_pdf)))
    summary = build_summary(content, known_priorities(content), KNOWN_AS_OF)
    assert flat(summary.heading) in text
    for heading in HEADINGS.values():
        assert heading in text
    for row in summary.priorities:
        assert flat(f"{row.label} {row.counts_words} {row.importance_words}") in text
    for said in (summary.verdict, summary.leaning, summary.flip, *summary.reasons):
        assert flat(said) in text
    assert flat(content.disclaimer) in text
    unbroken = text.replace("- ", "-")  # a hyphenated word broken at the end of a line
    for source in summary.sources:
        assert flat(source.title) in unbroken
    for question in summary.questions:
        assert flat(question) in text
    assert flat(content.clinician_prompt) in text
    assert all(NOT_ADVICE in page for page in page_texts(known_pdf)), "on every page"


def test_the_pdf_is_tagged_with_its_language_title_and_pictures(
    known_pdf: Path, content: Content
) -> None:
    catalog, elements = structure(known_pdf)
    assert catalog["lang"].startswith("en")
    assert catalog["marked"] and catalog["display_title"]
    assert catalog["title"] == build_summary(content, known_priorities(content)).heading
    tags = [tag for tag, _ in elements]
    assert tags.count("H1") == 1 and tags.index("H1") < tags.index("H2")
    assert tags.count("Table") == 3
    assert tags.count("TH") == 3 + 2 + 2, "every table has a header row"
    assert {"TD", "TR", "L", "LI", "P", "BlockQuote"} <= set(tags)
    pictures = [alt for tag, alt in elements if tag == "Figure"]
    known = sum(f.known for o in content.outcomes for f in o.figures.values())
    assert len(pictures) == known, "one picture of 100 per known figure"
    assert all(alt.startswith("Picture of 100 ") for alt in pictures)
    assert any("filled circles: it happened" in alt for alt in pictures)


def test_the_headings_come_in_reading_order(known_pdf: Path) -> None:
    lines = [line.strip() for page in page_texts(known_pdf) for line in page.splitlines()]
    places = [lines.index(heading) for heading in HEADINGS.values()]
    assert places == sorted(places)
    assert places[1] < lines.index("Chances, out of 100") < places[2]


def test_a4_and_us_letter(tmp_path: Path) -> None:
    sizes = {}
    for paper in ("a4", "letter"):
        out = tmp_path / f"{paper}.pdf"
        done = run_summary(KNOWN_PRIORITIES_FILE, "--format", "pdf", "--paper", paper, "-o", out)
        assert done.returncode == 0, done.stderr
        sizes[paper] = structure(out)[0]["size"]
    assert sizes["a4"] == pytest.approx(A4, abs=0.01)
    assert sizes["letter"] == pytest.approx(LETTER, abs=0.01)


def test_a_hand_over_has_its_code_and_time_on_every_page(tmp_path: Path, content: Content) -> None:
    folder = handover_folder(tmp_path, content)
    out = tmp_path / "handover.pdf"
    done = run_summary("--open", CODE, "--handover-dir", folder, "--format", "pdf", "-o", out)
    assert done.returncode == 0, done.stderr
    pages = page_texts(out)
    assert len(pages) >= 2
    for page in pages:
        assert "Hand-over 7CD 4AE, handed over 4 November 2026 at 09:30." in flat(page)
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_the_first_page_looks_as_it_did(known_pdf: Path) -> None:
    """The snapshot: the first page's text as laid out, and its picture at 20 dots an inch.

    Rewrite both with LASER_TUI_UPDATE_GOLDEN=1 after a change meant to show, and look at the
    page (pdftoppm -png) before committing.
    """
    [first] = page_texts(known_pdf)[:1]
    width, height, pixels = gray_page(known_pdf)
    if os.environ.get("LASER_TUI_UPDATE_GOLDEN") == "1":
        FIRST_PAGE_TEXT.write_text(first, encoding="utf-8")
        FIRST_PAGE_IMAGE.write_bytes(b"P5 %d %d 255\n" % (width, height) + pixels)
    assert first == FIRST_PAGE_TEXT.read_text(encoding="utf-8")
    golden_width, golden_height, golden = parse_pgm(FIRST_PAGE_IMAGE.read_bytes())
    assert (width, height) == (golden_width, golden_height)
    differ = sum(abs(a - b) > 64 for a, b in zip(pixels, golden, strict=True))
    assert differ < len(pixels) // 200, f"{differ} of {len(pixels)} pixels differ"
    assert min(pixels) < 64 and max(pixels) > 250, "ink on paper"


def test_the_readme_shows_the_first_page_as_it_is_now(known_pdf: Path) -> None:
    """The README's picture of a PDF page is this summary's first page at 72 dots an inch, as
    pdftoppm draws it (rewritten with LASER_TUI_UPDATE_GOLDEN=1), so it never shows an old one."""
    done = subprocess.run(
        ["pdftoppm", "-png", "-r", "72", "-f", "1", "-l", "1", "-singlefile", str(known_pdf)],
        capture_output=True,
        timeout=60,
        check=True,
    )
    if os.environ.get("LASER_TUI_UPDATE_GOLDEN") == "1":
        README_PAGE.write_bytes(done.stdout)
    assert done.stdout == README_PAGE.read_bytes(), "run with LASER_TUI_UPDATE_GOLDEN=1"


def test_text_from_the_files_is_never_read_as_markup(content: Content, tmp_path: Path) -> None:
    hostile = '#set page(fill: red) ] ) $x$ *bold* _it_ \\ // not a comment <label> @ref "q"'
    criteria = [content.criteria[0].model_copy(update={"label": hostile}), *content.criteria[1:]]
    changed = content.model_copy(update={"criteria": criteria, "title": hostile})
    summary = build_summary(changed, known_priorities(changed))
    pdf = render_pdf(pdf_document(summary, changed))
    out = tmp_path / "hostile.pdf"
    out.write_bytes(pdf)
    text = flat(" ".join(page_texts(out)))
    catalog, _ = structure(out)
    assert text.count(flat(hostile)) >= 2, "the title and the table row, as written"
    assert catalog["title"] == f"My summary: {hostile}"


def test_without_the_extra_it_says_in_one_line_how_to_get_it(tmp_path: Path) -> None:
    blocked = tmp_path / "no-typst"
    blocked.mkdir()
    (blocked / "typst.py").write_text("raise ImportError('not installed')\n", encoding="utf-8")
    out = tmp_path / "summary.pdf"
    done = run_summary(
        KNOWN_PRIORITIES_FILE, "--format", "pdf", "-o", out, env={"PYTHONPATH": str(blocked)}
    )
    assert (done.returncode, done.stdout) == (2, b"")
    assert done.stderr.decode().splitlines() == [NEEDS_EXTRA]
    assert "requirements-pdf.lock" in NEEDS_EXTRA and "laser-tui[pdf]" in NEEDS_EXTRA
    assert not out.exists()


def test_a_pdf_can_go_to_a_pipe(tmp_path: Path) -> None:
    done = run_summary(KNOWN_PRIORITIES_FILE, "--format", "pdf")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(b"%PDF-") and done.stdout.rstrip().endswith(b"%%EOF")


def test_the_chances_put_the_study_group_of_similar_skin_first(
    content: Content, tmp_path: Path
) -> None:
    question = next(q for q in content.clinician_questions if any(c.skin for c in q.choices))
    darker = next(c.id for c in question.choices if c.skin == "darker")
    priorities = known_priorities(content).with_consultation(question.id, darker)
    pdf = render_pdf(pdf_document(build_summary(content, priorities, KNOWN_AS_OF), content))
    out = tmp_path / "skin.pdf"
    out.write_bytes(pdf)
    text = flat(" ".join(page_texts(out)))
    assert flat(SKIN_FIRST) in text
    assert flat("Skin like yours: a study group with darker skin") in text
    assert "your own chance" not in text.replace("not your own chance", "")
