"""The decision content: treatments, criteria, other options and sources.

Validated strictly with pydantic; imports nothing from Textual.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ModelWrapValidatorHandler,
    StringConstraints,
    ValidationError,
    model_validator,
)
from pydantic_core import InitErrorDetails

from laser_tui.model.problems import LocatedProblems
from laser_tui.model.references import Problem, reference_problems

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


def _located(data: Any, problems: list[Problem]) -> InitErrorDetails:
    """The cross-reference problems as one pydantic error that keeps each one's place."""
    return {
        "type": "value_error",
        "loc": (),
        "input": data,
        "ctx": {"error": LocatedProblems(problems)},
    }


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

    @model_validator(mode="wrap")
    @classmethod
    def _check_references(cls, data: Any, handler: ModelWrapValidatorHandler[Content]) -> Content:
        """Report cross-reference problems together with any problem in the fields."""
        problems = reference_problems(data)
        try:
            content = handler(data)
        except ValidationError as error:
            if not problems:
                raise
            details: list[InitErrorDetails] = [
                {"type": e["type"], "loc": e["loc"], "input": e["input"], "ctx": e.get("ctx", {})}
                for e in error.errors()
            ]
            details.append(_located(data, problems))
            raise ValidationError.from_exception_data(error.title, details) from None
        if problems:
            raise LocatedProblems(problems)
        return content

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
