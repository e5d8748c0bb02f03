"""A person's priorities: which differences count for them, how much, and where they lean."""

from __future__ import annotations

from typing import Annotated

from pydantic import AliasChoices, BaseModel, ConfigDict, Field

from laser_tui.language.catalogue import N_
from laser_tui.model.consultation import ConsultationAnswers
from laser_tui.model.content import Content
from laser_tui.model.content_base import Identifier

MIN_WEIGHT = 0
MAX_WEIGHT = 5
DEFAULT_WEIGHT = 3

Weight = Annotated[int, Field(strict=True, ge=MIN_WEIGHT, le=MAX_WEIGHT)]

WEIGHT_WORDS = (
    N_("not at all important"),
    N_("a little important"),
    N_("somewhat important"),
    N_("quite important"),
    N_("very important"),
    N_("extremely important"),
)


class CriterionPriority(BaseModel):
    """Whether one difference counts for the person, and how important it is (0 to 5).

    ``matters``, the name of ``counts`` in format 1 files, is still read.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, validate_by_name=True)

    counts: bool = Field(default=False, validation_alias=AliasChoices("counts", "matters"))
    weight: Weight = DEFAULT_WEIGHT


READINESS_QUESTIONS = {
    "sure": N_("Do you feel sure about the best choice for you?"),
    "understand": N_("Do you know the benefits and risks of each option?"),
    "values": N_("Are you clear about which benefits and risks matter most to you?"),
    "support": N_("Do you have enough support and advice to make a choice?"),
}
"""The four SURE questions (Légaré et al., 2010), keyed by the names used in saved files."""


class Readiness(BaseModel):
    """The person's answers to the SURE questions; None where not answered yet."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    sure: bool | None = None
    understand: bool | None = None
    values: bool | None = None
    support: bool | None = None


class Priorities(BaseModel):
    """The person's priorities, one entry per criterion id of the content."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    criteria: dict[str, CriterionPriority] = Field(default_factory=dict)
    readiness: Readiness = Field(default_factory=Readiness)
    leaning: Identifier | None = None
    """Where the person says they lean (see ``model.leaning``); None until they say."""
    concerns: tuple[Identifier, ...] = ()
    """Ids of the content's concerns that bother the person, in the content's order."""
    concerns_unsure: bool = False
    """The person said they are not sure what bothers them."""
    consultation: ConsultationAnswers = Field(default_factory=ConsultationAnswers)
    """Answers to "Things my clinician should know" (``model.consultation``): never scored."""

    @classmethod
    def defaults_for(cls, content: Content) -> Priorities:
        """Nothing counts yet, every importance at the default."""
        return cls(criteria={c.id: CriterionPriority() for c in content.criteria})

    def get(self, criterion_id: str) -> CriterionPriority:
        """The priority of one criterion (the default if it is not listed)."""
        return self.criteria.get(criterion_id, CriterionPriority())

    def with_counts(self, criterion_id: str, counts: bool) -> Priorities:
        """A copy with one criterion counting for the person or not."""
        current = self.get(criterion_id)
        return self._with(criterion_id, CriterionPriority(counts=counts, weight=current.weight))

    def with_weight(self, criterion_id: str, weight: int) -> Priorities:
        """A copy with one weight changed, clamped to 0..5."""
        clamped = max(MIN_WEIGHT, min(MAX_WEIGHT, weight))
        current = self.get(criterion_id)
        return self._with(criterion_id, CriterionPriority(counts=current.counts, weight=clamped))

    def with_readiness(self, question: str, answer: bool | None) -> Priorities:
        """A copy with one SURE answer (a key of ``READINESS_QUESTIONS``) set or cleared."""
        if question not in READINESS_QUESTIONS:
            raise KeyError(question)
        readiness = self.readiness.model_copy(update={question: answer})
        return self.model_copy(update={"readiness": readiness})

    def with_leaning(self, leaning: str | None) -> Priorities:
        """A copy saying where the person leans (None: not said)."""
        return self.model_copy(update={"leaning": leaning})

    def with_concern(self, concern_id: str, named: bool, content: Content) -> Priorities:
        """A copy with one concern named or not (kept in the content's order)."""
        wanted = (set(self.concerns) - {concern_id}) | ({concern_id} if named else set())
        ordered = tuple(c.id for c in content.concerns if c.id in wanted)
        unsure = self.concerns_unsure and not ordered
        return self.model_copy(update={"concerns": ordered, "concerns_unsure": unsure})

    def with_concerns_unsure(self, unsure: bool) -> Priorities:
        """A copy saying the person is not sure what bothers them (which clears the concerns)."""
        concerns = () if unsure else self.concerns
        return self.model_copy(update={"concerns": concerns, "concerns_unsure": unsure})

    def with_consultation(self, question_id: str, answer: str | None) -> Priorities:
        """A copy with one answer for the clinician given, changed or (None) taken back."""
        answers = self.consultation.with_answer(question_id, answer)
        return self.model_copy(update={"consultation": answers})

    def number_counted(self) -> int:
        """How many criteria count for the person."""
        return sum(p.counts for p in self.criteria.values())

    def _with(self, criterion_id: str, priority: CriterionPriority) -> Priorities:
        return self.model_copy(update={"criteria": {**self.criteria, criterion_id: priority}})
