"""Small content files written for tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import tomli_w


def fact(text: str) -> dict[str, Any]:
    """One fact citing the only source of ``small_content``."""
    return {"text": text, "sources": ["leaflet"]}


def small_treatment(treatment_id: str, name: str) -> dict[str, Any]:
    """A treatment with one fact in each section."""
    sections = ["what_it_is", "how_it_works", "who_it_suits", "sessions", "recovery"]
    sections += ["benefits", "risks", "cautions"]
    return {
        "id": treatment_id,
        "name": name,
        "short_name": name.rsplit(maxsplit=1)[-1],
        **{section: [fact(f"{name}: {section}.")] for section in sections},
    }


def small_content() -> dict[str, Any]:
    """A clinic's file: three treatments and a single criterion."""
    treatments = [("alpha", "Treatment Alpha"), ("beta", "Treatment Beta"), ("gamma", "Gamma")]
    fits = {"alpha": 0.2, "beta": 0.9, "gamma": 0.5}
    return {
        "format": 1,
        "title": "Three treatments",
        "version": "1",
        "reviewed": "2026-01-01",
        "next_review": "2027-01-01",
        "disclaimer": "Decision support, not medical advice.",
        "clinician_prompt": "Talk it over with your clinician.",
        "treatments": [small_treatment(i, name) for i, name in treatments],
        "criteria": [
            {
                "id": "quick",
                "label": "A quick treatment",
                "difference": "Some are quicker than others.",
                "fit": fits,
                "detail": {i: f"{i} takes a while" for i in fits},
                "sources": ["leaflet"],
            }
        ],
        "sources": [{"id": "leaflet", "title": "A leaflet", "publisher": "A clinic"}],
    }


def write_toml(path: Path, data: dict[str, Any]) -> Path:
    """Write ``data`` as TOML (dates given as text become TOML dates)."""
    text = tomli_w.dumps(data)
    for key in ("reviewed", "next_review"):
        if isinstance(data.get(key), str):
            text = text.replace(f'{key} = "{data[key]}"', f"{key} = {data[key]}")
    path.write_text(text, encoding="utf-8")
    return path
