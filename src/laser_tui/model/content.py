"""The decision content: treatments, criteria, other options and sources.

Validated strictly with pydantic; imports nothing from Textual.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from laser_tui.problems import LocatedProblems, Location

Identifier = Annotated[
    str, StringConstraints(strict=True, pattern=r"^[a-z][a-z0-9_]*$", max_length=40)
]
Text = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1)]
Fit = Annotated[float, Field(ge=0.0, le=1.0)]


class StrictModel(BaseModel):
    """A frozen model that rejects unknown keys and loose types."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Source(StrictModel):
    """Where a fact comes from."""

    id: Identifier
    title: Text
    publisher: Text
    url: Text | None = None


class Fact(StrictModel):
    """One statement, in plain words, with the ids of the sources behind it."""

    text: Text
    sources: list[Identifier] = Field(min_length=1)


class Treatment(StrictModel):
    """One treatment, described in the same sections as every other."""

    id: Identifier
    name: Text
    short_name: Text
    other_names: list[Text] = Field(default_factory=list)
    what_it_is: list[Fact] = Field(min_length=1)
    how_it_works: list[Fact] = Field(min_length=1)
    who_it_suits: list[Fact] = Field(min_length=1)
    sessions: list[Fact] = Field(min_length=1)
    recovery: list[Fact] = Field(min_length=1)
    benefits: list[Fact] = Field(min_length=1)
    risks: list[Fact] = Field(min_length=1)
    cautions: list[Fact] = Field(min_length=1)

    def sections(self) -> list[tuple[str, list[Fact]]]:
        """The described sections, titled, in reading order."""
        return [
            ("What it is", self.what_it_is),
            ("How it works", self.how_it_works),
            ("Who it may suit", self.who_it_suits),
            ("Sessions", self.sessions),
            ("Recovery", self.recovery),
            ("Possible benefits", self.benefits),
            ("Possible harms and risks", self.risks),
            ("Talk to your clinician first if", self.cautions),
        ]


_TREATMENT_SECTIONS = (
    "what_it_is",
    "how_it_works",
    "who_it_suits",
    "sessions",
    "recovery",
    "benefits",
    "risks",
    "cautions",
)
"""The fields of a treatment that hold facts, in reading order."""


class Criterion(StrictModel):
    """A difference between the treatments, stated as something a person may want."""

    id: Identifier
    label: Text
    difference: Text
    fit: dict[Identifier, Fit]
    detail: dict[Identifier, Text]
    sources: list[Identifier] = Field(min_length=1)


class OtherOption(StrictModel):
    """A choice besides the treatments being compared (including no treatment)."""

    id: Identifier
    name: Text
    facts: list[Fact] = Field(min_length=1)


def _duplicate_problems(kind: str, ids: list[str]) -> list[tuple[Location, str]]:
    """Each id after its first use, as a problem at that entry's id field."""
    first: dict[str, int] = {}
    problems: list[tuple[Location, str]] = []
    for index, item_id in enumerate(ids):
        if item_id in first:
            problems.append(
                (
                    (kind, index, "id"),
                    f"{item_id!r} is already the id of {kind}[{first[item_id] + 1}]",
                )
            )
        else:
            first[item_id] = index
    return problems


class Content(StrictModel):
    """Everything the app shows, as loaded from a content file."""

    format: Annotated[int, Field(ge=1, le=1)]
    title: Text
    version: Text
    reviewed: dt.date
    next_review: dt.date
    disclaimer: Text
    clinician_prompt: Text
    treatments: list[Treatment] = Field(min_length=2)
    criteria: list[Criterion] = Field(min_length=1)
    other_options: list[OtherOption] = Field(default_factory=list)
    questions: list[Text] = Field(default_factory=list)
    sources: list[Source] = Field(min_length=1)

    @model_validator(mode="after")
    def _check_references(self) -> Content:
        problems: list[tuple[Location, str]] = []
        for kind in ("treatments", "criteria", "other_options", "sources"):
            problems += _duplicate_problems(kind, [item.id for item in getattr(self, kind)])
        treatment_ids = [t.id for t in self.treatments]
        for index, criterion in enumerate(self.criteria):
            for table in ("fit", "detail"):
                given = getattr(criterion, table)
                problems += [
                    (("criteria", index, table), f"has no {table} for treatment {missing!r}")
                    for missing in treatment_ids
                    if missing not in given
                ]
                problems += [
                    (("criteria", index, table, unknown), "is not a treatment id in this file")
                    for unknown in given
                    if unknown not in treatment_ids
                ]
        source_ids = {s.id for s in self.sources}
        for location, cited in self._citations():
            problems += [
                ((*location, "sources"), f"{source_id!r} is not the id of any [[sources]] entry")
                for source_id in cited
                if source_id not in source_ids
            ]
        if problems:
            raise LocatedProblems(problems)
        return self

    def _citations(self) -> list[tuple[Location, list[str]]]:
        """Where each list of cited source ids is, and the ids."""
        cited: list[tuple[Location, list[str]]] = []
        for t_index, treatment in enumerate(self.treatments):
            for field in _TREATMENT_SECTIONS:
                facts: list[Fact] = getattr(treatment, field)
                cited += [
                    (("treatments", t_index, field, f_index), f.sources)
                    for f_index, f in enumerate(facts)
                ]
        cited += [
            (
                (
                    "criteria",
                    i,
                ),
                c.sources,
            )
            for i, c in enumerate(self.criteria)
        ]
        for o_index, option in enumerate(self.other_options):
            cited += [
                (("other_options", o_index, "facts", f_index), f.sources)
                for f_index, f in enumerate(option.facts)
            ]
        return cited

    def treatment(self, treatment_id: str) -> Treatment:
        """The treatment with this id."""
        return next(t for t in self.treatments if t.id == treatment_id)

    def source(self, source_id: str) -> Source:
        """The source with this id."""
        return next(s for s in self.sources if s.id == source_id)

    def source_number(self, source_id: str) -> int:
        """The 1-based number under which a source is listed."""
        return [s.id for s in self.sources].index(source_id) + 1

    def summary_counts(self) -> str:
        """A one-line count of what the content holds."""
        return (
            f"{len(self.treatments)} treatments, {len(self.criteria)} criteria, "
            f"{len(self.other_options)} other options, {len(self.questions)} questions, "
            f"{len(self.sources)} sources"
        )
