"""A bad number is quoted as the person wrote it: ``0x10``, not 16; ``1_0.5``, not 10.5."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.widgets import Static

from laser_tui.app import LaserApp
from laser_tui.files.locations import shipped_content_path
from laser_tui.files.priorities_file import load_priorities
from laser_tui.files.toml_io import load_content
from laser_tui.files.written_values import WrittenValues
from laser_tui.model.content import Content
from laser_tui.model.problems import InputProblem
from laser_tui.screens.dialogs.file_messages import FileMessagesDialog
from support.sizes import SMALL


def _spellings(number: int) -> list[str]:
    """Ways TOML lets a person write the whole number ``number``."""
    digits = str(abs(number))
    sign = "-" if number < 0 else ""
    spelled = [str(number), sign + "_".join(digits), f"{'-' if number < 0 else '+'}{digits}"]
    if number >= 0:
        spelled += [f"0x{number:X}", f"0x{number:x}", f"0o{number:o}", f"0b{number:b}"]
    return spelled


@given(number=st.integers(-(10**12), 10**12), data=st.data())
def test_every_spelling_of_a_whole_number_is_given_back_as_written(
    number: int, data: st.DataObject
) -> None:
    spelled = data.draw(st.sampled_from(_spellings(number)))
    text = f"top = {spelled}\n[[rows]]\nx = 1\n[[rows]]\nt = {{ inner = {spelled} }} # note\n"
    written = WrittenValues(text.encode())
    assert written(("top",)) == spelled
    assert written(("rows", 1, "t", "inner")) == spelled


def test_numbers_booleans_and_texts_are_given_and_nothing_else() -> None:
    written = WrittenValues(
        b'\xef\xbb\xbfa = 1.50\nb = 1e3\nc = true\nd = "0x10"\ne = [0o7]\n[f]\ng = inf\n'
        b"h = 'caf\\u00e9'\ni = \"caf\\u00e9\"\nj = 2026-12-01\n"
    )
    assert [written((key,)) for key in "abcd"] == ["1.50", "1e3", "true", '"0x10"']
    assert written(("f", "h")) == "'caf\\u00e9'"
    assert written(("f", "i")) == '"caf\\u00e9"'  # the escape as written, not é
    assert written(("f", "j")) is None
    assert written(("e",)) is None  # a list
    assert written(("e", 0)) == "0o7"
    assert written(("f", "g")) == "inf"
    assert written(("missing",)) is None
    assert written(("a", "deeper")) is None
    assert written(("e", 5)) is None


def test_a_file_tomlkit_cannot_read_gives_nothing() -> None:
    assert WrittenValues("a = [\n")(("a",)) is None


@pytest.mark.parametrize(
    ("value", "shown"), [("0x10", "(found 0x10)"), ("1_6", "(found 1_6)"), ("16", "(found 16)")]
)
def test_a_priorities_file_quotes_the_weight_as_written(
    tmp_path: Path, content: Content, value: str, shown: str
) -> None:
    path = tmp_path / "p.toml"
    first = content.criteria[0].id
    path.write_text(f"format = 2\n[priorities.{first}]\nweight = {value}\n", encoding="utf-8")
    (line,) = load_priorities(path, content).problems
    assert f"priorities.{first}.weight {shown}: must be a whole number" in line


def test_a_content_file_quotes_the_fit_as_written(tmp_path: Path) -> None:
    shipped = shipped_content_path().read_text(encoding="utf-8")
    path = tmp_path / "content.toml"
    path.write_text(shipped.replace("tightening = 0.2,", "tightening = 0x3,", 1), encoding="utf-8")
    with pytest.raises(InputProblem) as raised:
        load_content(path)
    assert any("less than or equal to 1 (found 0x3)" in line for line in raised.value.lines)


async def test_the_app_shows_the_weight_as_written(tmp_path: Path, content: Content) -> None:
    path = tmp_path / "priorities.toml"
    first = content.criteria[0].id
    path.write_text(f"format = 2\n[priorities.{first}]\nweight = 0b1001\n", encoding="utf-8")
    app = LaserApp(content, priorities_path=path)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, FileMessagesDialog)
        lines = [str(line.render()) for line in app.screen.query(".dialog-line").results(Static)]
        assert any("weight (found 0b1001)" in line for line in lines), lines
