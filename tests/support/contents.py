"""Generated contents and priorities for the property tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from laser_tui.model.content import Content
from laser_tui.model.priorities import MAX_WEIGHT, MIN_WEIGHT, CriterionPriority, Priorities

FACT = [{"text": "A fact.", "sources": ["s"]}]
SECTIONS = ["what_it_is", "how_it_works", "who_it_suits", "sessions", "recovery"]
SECTIONS += ["benefits", "risks", "cautions"]


def build_content(fits: list[list[float]]) -> Content:
    """A content with one criterion per row of ``fits`` and one treatment per column."""
    treatments = [f"t{n}" for n in range(len(fits[0]))]
    data: dict[str, Any] = {
        "format": 1,
        "title": "Generated",
        "version": "1",
        "reviewed": dt.date(2026, 1, 1),
        "next_review": dt.date(2027, 1, 1),
        "disclaimer": "Not advice.",
        "clinician_prompt": "Talk it over with your clinician.",
        "treatments": [
            {"id": t, "name": t, "short_name": t, **{s: FACT for s in SECTIONS}} for t in treatments
        ],
        "criteria": [
            {
                "id": f"c{n}",
                "label": f"Criterion {n}",
                "difference": "A difference.",
                "fit": dict(zip(treatments, row, strict=True)),
                "detail": {t: "Detail." for t in treatments},
                "sources": ["s"],
            }
            for n, row in enumerate(fits)
        ],
        "sources": [{"id": "s", "title": "A source", "publisher": "Someone"}],
    }
    return Content.model_validate(data)


fit = st.floats(min_value=0.0, max_value=1.0, allow_nan=False).map(lambda f: round(f, 2))


weight = st.integers(min_value=MIN_WEIGHT, max_value=MAX_WEIGHT)


@st.composite
def cases(draw: st.DrawFn, min_treatments: int = 2) -> tuple[Content, Priorities]:
    """A content of 2–4 treatments and 1–7 criteria, and priorities for it."""
    treatments = draw(st.integers(min_value=min_treatments, max_value=4))
    criteria = draw(st.integers(min_value=1, max_value=7))
    fits = draw(
        st.lists(
            st.lists(fit, min_size=treatments, max_size=treatments),
            min_size=criteria,
            max_size=criteria,
        )
    )
    chosen = draw(st.lists(st.tuples(st.booleans(), weight), min_size=criteria, max_size=criteria))
    priorities = Priorities(
        criteria={
            f"c{n}": CriterionPriority(counts=counts, weight=w)
            for n, (counts, w) in enumerate(chosen)
        }
    )
    return build_content(fits), priorities
