"""The decision content: treatments, criteria, other options and sources.

Validated strictly with pydantic; imports nothing from Textual.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import (
    Field,
    ModelWrapValidatorHandler,
    ValidationError,
    model_validator,
)
from pydantic_core import InitErrorDetails

from laser_tui.language.catalogue import _
from laser_tui.model import content_language as lang
from laser_tui.model.content_base import (
    MAX_CRITERIA,
    MAX_LIST,
    MAX_QUESTIONS,
    MAX_TREATMENTS,
    Certainty,
    Fit,
    Identifier,
    Per100,
    SkinGroup,
    SourceKind,
    StrictModel,
    Text,
)
from laser_tui.model.content_consultation import (
    ClinicianQuestion,
    Costs,
    Recovery,
)
from laser_tui.model.problems import LocatedProblems
from laser_tui.model.references import Problem, reference_problems


class Figure(StrictModel):
    """One treatment's chance of an outcome, always out of 100.

    Either ``per_100`` (a number), or ``low`` and ``high`` (a range), or ``known = false``
    (no figure was found). A known figure names its group, size, follow-up and sources.
    """

    known: bool = True
    per_100: Per100 | None = None
    low: Per100 | None = None
    high: Per100 | None = None
    counted: Literal["people", "treatments"] = "people"
    group: Text | None = None
    size: Annotated[int, Field(ge=1)] | None = None
    follow_up: Text | None = None
    note: Text | None = None
    certainty: Certainty | None = None
    sources: list[Identifier] = Field(default_factory=list)
    name: Text | None = None
    """Which kind of the treatment or which study, when ``also`` shows another beside it."""
    also: list[Figure] = Field(default_factory=list, max_length=4)
    """Other studies of the same outcome, each named, shown after this one (the headline)."""
    skin: SkinGroup | None = None
    """The skin of the study group, when the study says (shown first to a person with it)."""

    @model_validator(mode="after")
    def _one_kind_of_figure(self) -> Figure:
        number, pair = self.per_100 is not None, (self.low, self.high)
        if self.also and (self.name is None or any(f.name is None for f in self.also)):
            raise ValueError(_("a figure with others in also, and each of them, needs a name"))
        if any(f.also or not f.known for f in self.also):
            raise ValueError(_("a figure in also is known and has no also of its own"))
        if not self.known:
            if number or pair != (None, None):
                raise ValueError(_("a figure with known = false gives no number or range"))
            return self
        if self.per_100 == 0 and self.size is None:
            raise ValueError(
                _(
                    "a figure of 0 needs size (how many were in the study), to say what a study "
                    "of that size cannot rule out"
                )
            )
        if number == (pair != (None, None)):
            raise ValueError(_("give per_100, or low and high, or known = false"))
        if not number and (self.low is None or self.high is None or self.low >= self.high):
            raise ValueError(_("a range needs both low and high, with low below high"))
        missing = [
            name
            for name in ("group", "size", "follow_up", "certainty")
            if getattr(self, name) is None
        ]
        if missing or not self.sources:
            missing += [] if self.sources else ["sources"]
            raise ValueError(_("a known figure needs {fields}", fields=", ".join(missing)))
        return self


class Outcome(StrictModel):
    """Something that may happen after treatment, with a figure for each treatment."""

    id: Identifier
    label: Text
    figures: dict[Identifier, Figure]


class Basis(StrictModel):
    """Why a criterion's fit for one treatment is what it is."""

    reason: Text
    sources: list[Identifier] = Field(min_length=1)


class SeedDifference(StrictModel):
    """One of the seed article's differences, and which criteria carry it now."""

    text: Text
    became: list[Identifier] = Field(default_factory=list)
    note: Text


class RetiredCriterion(StrictModel):
    """A criterion id an older file may name, and the criteria (or the concern) in its place."""

    id: Identifier
    became: list[Identifier] = Field(default_factory=list)
    concerns: list[Identifier] = Field(default_factory=list)
    """The concerns an answer for it now names, when the difference was really a concern."""
    note: Text

    @model_validator(mode="after")
    def _goes_somewhere(self) -> RetiredCriterion:
        if not self.became and not self.concerns:
            raise ValueError(
                _("a retired criterion needs became (criterion ids) or concerns (concern ids)")
            )
        return self


class KnowledgeQuestion(StrictModel):
    """A true-or-false statement, its answer, a one-line explanation and a source."""

    statement: Text
    answer: bool
    explanation: Text
    sources: list[Identifier] = Field(min_length=1)


class About(StrictModel):
    """Who made the aid and how, so a person can judge it (IPDAS)."""

    made_by: Text
    how_made: Text
    funding: Text
    conflicts: Text
    update_policy: Text
    scoring: Text
    report_mistakes: Text
    ipdas_met: list[Text] = Field(min_length=1)
    ipdas_not_yet: list[Text] = Field(default_factory=list)


KnowledgeCheck = Annotated[list[KnowledgeQuestion], Field(min_length=4, max_length=6)]


class Source(StrictModel):
    """Where a fact comes from."""

    id: Identifier
    title: Text
    publisher: Text
    url: Text | None = None
    kind: SourceKind | None = None
    checked: dt.date | None = None


class Fact(StrictModel):
    """One statement, in plain words, with the ids of the sources behind it."""

    text: Text
    sources: list[Identifier] = Field(min_length=1)
    certainty: Certainty | None = None


class Concern(StrictModel):
    """Something about their skin that may bother a person: what it is, causes, no treatment."""

    id: Identifier
    label: Text
    what_it_is: list[Fact] = Field(min_length=1)
    causes: list[Fact] = Field(min_length=1)
    no_treatment: list[Fact] = Field(min_length=1)


class Aim(StrictModel):
    """A concern a treatment is (or is not) aimed at, in words, with sources.

    In ``aimed_at`` the text completes "<treatment> is aimed at ..."; in ``not_aimed_at`` it is
    a whole sentence about what the treatment does not do.
    """

    concern: Identifier
    text: Text
    sources: list[Identifier] = Field(min_length=1)


class Treatment(StrictModel):
    """One treatment, described in the same sections as every other."""

    id: Identifier
    name: Text
    short_name: Text
    other_names: list[Text] = Field(default_factory=list, max_length=MAX_LIST)
    what_it_is: list[Fact] = Field(min_length=1)
    how_it_works: list[Fact] = Field(min_length=1)
    who_it_suits: list[Fact] = Field(min_length=1)
    sessions: list[Fact] = Field(min_length=1)
    recovery: list[Fact] = Field(min_length=1)
    benefits: list[Fact] = Field(min_length=1)
    risks: list[Fact] = Field(min_length=1)
    cautions: list[Fact] = Field(min_length=1)
    practical: list[Fact] = Field(default_factory=list)
    aimed_at: list[Aim] = Field(default_factory=list, max_length=MAX_LIST)
    """The concerns this treatment is aimed at (needed when the content has concerns)."""
    not_aimed_at: list[Aim] = Field(default_factory=list, max_length=MAX_LIST)
    """What the sources say it does not do for a concern it is not aimed at (optional)."""

    def aims(self, concern_id: str) -> bool:
        """Whether this treatment is aimed at the concern."""
        return any(aim.concern == concern_id for aim in self.aimed_at)

    def sections(self) -> list[tuple[str, list[Fact]]]:
        """The described sections, titled, in reading order (an empty optional one left out)."""
        sections = [
            (_("What it is"), self.what_it_is),
            (_("How it works"), self.how_it_works),
            (_("Who it may suit"), self.who_it_suits),
            (_("Sessions"), self.sessions),
            (_("Recovery"), self.recovery),
            (_("Possible benefits"), self.benefits),
            (_("Possible harms and risks"), self.risks),
            (_("Talk to your clinician first if"), self.cautions),
            (_("Before and after: practical points"), self.practical),
        ]
        return [(title, facts) for title, facts in sections if facts]


class Criterion(StrictModel):
    """A difference between the treatments, stated as something a person may want."""

    id: Identifier
    label: Text
    difference: Text
    fit: dict[Identifier, Fit]
    detail: dict[Identifier, Text]
    sources: list[Identifier] = Field(min_length=1)
    basis: dict[Identifier, Basis] | None = None


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
    language: lang.LanguageTag = lang.ENGLISH
    base: Text | None = None
    """For a translation: its base file, relative to this one (check-content compares them)."""
    translation: lang.Translation | None = None
    title: Text
    version: Text
    reviewed: dt.date
    next_review: dt.date
    disclaimer: Text
    clinician_prompt: Text
    treatments: list[Treatment] = Field(min_length=2, max_length=MAX_TREATMENTS)
    criteria: list[Criterion] = Field(min_length=1, max_length=MAX_CRITERIA)
    other_options: list[OtherOption] = Field(default_factory=list, max_length=MAX_LIST)
    questions: list[Text] = Field(default_factory=list, max_length=MAX_QUESTIONS)
    sources: list[Source] = Field(min_length=1, max_length=MAX_LIST * 5)
    certainty: dict[Certainty, Text] = Field(default_factory=dict)
    outcomes: list[Outcome] = Field(default_factory=list)
    about: About | None = None
    knowledge_check: KnowledgeCheck | None = None
    seed_differences: list[SeedDifference] = Field(default_factory=list)
    retired_criteria: list[RetiredCriterion] = Field(default_factory=list)
    concerns: list[Concern] = Field(default_factory=list, max_length=MAX_LIST)
    clinician_questions: list[ClinicianQuestion] = Field(
        default_factory=list, max_length=MAX_QUESTIONS
    )
    recovery: list[Recovery] = Field(default_factory=list, max_length=MAX_LIST)
    costs: Costs | None = None

    @model_validator(mode="after")
    def _translation_has_base(self) -> Content:
        if (self.base is None) != (self.translation is None):
            raise ValueError(lang.BASE_WITH_TRANSLATION)
        return self

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

    def retired(self, criterion_id: str) -> RetiredCriterion | None:
        """What became of a criterion id this content no longer has, if it says."""
        return next((r for r in self.retired_criteria if r.id == criterion_id), None)

    def criterion(self, criterion_id: str) -> Criterion:
        """The criterion with this id."""
        return next(c for c in self.criteria if c.id == criterion_id)

    def concern(self, concern_id: str) -> Concern:
        """The concern with this id."""
        return next(c for c in self.concerns if c.id == concern_id)

    def source_number(self, source_id: str) -> int:
        """The 1-based number under which a source is listed."""
        return [s.id for s in self.sources].index(source_id) + 1

    def summary_counts(self) -> str:
        """A one-line count of what the content holds."""
        return _(
            "{treatments} treatments, {criteria} criteria, {options} other options, "
            "{questions} questions, {sources} sources",
            treatments=len(self.treatments),
            criteria=len(self.criteria),
            options=len(self.other_options),
            questions=len(self.questions),
            sources=len(self.sources),
        )
