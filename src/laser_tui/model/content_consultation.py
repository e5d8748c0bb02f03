"""The content file's parts for the consultation: questions for the clinician, recovery day by
day, and the clinic's prices.

Validated strictly with pydantic; imports nothing from Textual.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from laser_tui.model.content_base import (
    MAX_TREATMENTS,
    Identifier,
    SkinGroup,
    StrictModel,
    Text,
)


class AnswerChoice(StrictModel):
    """One answer a clinician question offers instead of yes and no."""

    id: Identifier
    label: Text
    skin: SkinGroup | None = None
    """For the burn-and-tan question: the study groups this answer's skin is like."""


RecoveryStageId = Literal[
    "first_day", "days_1_3", "weeks_2", "month_1", "months_3_6", "months_6_12"
]
"""The stages of recovery, in order (``model.recovery`` names them)."""


class RecoveryStage(StrictModel):
    """One stage of recovery: how the skin looks and feels, what you can do, how people felt."""

    stage: RecoveryStageId
    looks: Text
    can_do: Text | None = None
    felt: Text | None = None
    sources: list[Identifier] = Field(min_length=1)


class Recovery(StrictModel):
    """Recovery, day by day, for one treatment or other option (by its id)."""

    option: Identifier
    stages: list[RecoveryStage] = Field(min_length=1, max_length=6)

    @model_validator(mode="after")
    def _each_stage_once(self) -> Recovery:
        named = [s.stage for s in self.stages]
        if len(set(named)) != len(named):
            raise ValueError("each stage is given once")
        return self


Money = Annotated[float, Field(ge=0, le=1_000_000)]


class TreatmentCost(StrictModel):
    """One treatment's price at the clinic: per session, the usual sessions, extras, time off."""

    treatment: Identifier
    per_session: Money
    sessions_low: Annotated[int, Field(ge=1, le=50)]
    sessions_high: Annotated[int, Field(ge=1, le=50)]
    extras: Money = 0
    extras_are: Text | None = None
    """What the extras are (numbing, medicines, aftercare)."""
    time_off: Text
    """The time off work to plan, in words."""

    @model_validator(mode="after")
    def _low_to_high(self) -> TreatmentCost:
        if self.sessions_low > self.sessions_high:
            raise ValueError("sessions_low is more than sessions_high: give the usual range")
        return self


class Costs(StrictModel):
    """The clinic's own prices, dated, in its currency (optional: never a national average)."""

    currency: Annotated[str, StringConstraints(strict=True, pattern=r"^[A-Z]{3}$")]
    dated: dt.date
    treatments: list[TreatmentCost] = Field(min_length=1, max_length=MAX_TREATMENTS)


class ClinicianQuestion(StrictModel):
    """Something the clinician needs to know, asked before the consultation: never a rule."""

    id: Identifier
    question: Text
    why: Text
    """One line: why a clinician asks it."""
    sources: list[Identifier] = Field(min_length=1)
    choices: list[AnswerChoice] = Field(default_factory=list, max_length=8)
    """The answers instead of yes and no ("not sure" is always offered too)."""

    @model_validator(mode="after")
    def _one_line_and_distinct(self) -> ClinicianQuestion:
        if "\n" in self.why:
            raise ValueError("why is one line: say in one sentence why a clinician asks")
        ids = [choice.id for choice in self.choices]
        if len(set(ids)) != len(ids) or "not_sure" in ids:
            raise ValueError('each choice needs its own id, and "not_sure" is always added')
        return self
