"""Under NO_COLOR the current row of every list shows by shape and by reverse video, not colour."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.widgets import OptionList

from laser_tui.app import LaserApp
from support.sizes import SMALL


async def test_the_current_menu_row_is_drawn_in_reverse_video(
    make_app: Callable[..., LaserApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("down")
        menu = app.screen.query_one("#menu", OptionList)
        assert menu.has_focus and menu.highlighted == 1
        row = menu.highlighted - menu.scroll_offset.y
        drawn = menu.render_line(row)
        label = "".join(segment.text for segment in drawn).strip()
        assert label.startswith("▶"), label
        reversed_text = "".join(
            segment.text for segment in drawn if segment.style and segment.style.reverse
        )
        assert reversed_text.strip(), "the current row is drawn in reverse video"
        others = menu.render_line(row + 1)
        assert not any(s.style and s.style.reverse for s in others if s.text.strip())
