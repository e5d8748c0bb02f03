"""One person's session: everything they have said, as one value.

The app holds one ``Session``; a screen that records an answer replaces it with a changed copy,
and starting over (the kiosk's next person) replaces it with a fresh one. A new kind of answer
is a new field here, and nothing else: the kiosk's wipe and its leak test cover every field.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from pydantic import BaseModel, ConfigDict, Field

from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities


class Session(BaseModel):
    """What one person has said: their priorities (what bothers them, what counts and how
    much, readiness, leaning), their knowledge answers, and what they handed over."""

    model_config = ConfigDict(frozen=True, strict=True, arbitrary_types_allowed=True)

    priorities: Priorities
    knowledge_answers: Mapping[int, bool] = Field(default_factory=lambda: MappingProxyType({}))
    """"Check what I know" answers by statement index: never saved (the summary counts them)."""
    handover_code: str | None = None
    """The kiosk's code of this session's hand-over, once handed over (one code per session)."""
    handed_over: Priorities | None = None
    """The priorities saved under ``handover_code`` (a later hand-over replaces them)."""

    @classmethod
    def fresh(cls, content: Content, priorities: Priorities | None = None) -> Session:
        """A new person's session: the default priorities of ``content`` (or ``priorities``)."""
        return cls(priorities=priorities or Priorities.defaults_for(content))

    def with_priorities(self, priorities: Priorities) -> Session:
        """A copy with new priorities."""
        return self.model_copy(update={"priorities": priorities})

    def with_knowledge_answer(self, index: int, answer: bool) -> Session:
        """A copy with one "Check what I know" answer."""
        answers = MappingProxyType({**self.knowledge_answers, index: answer})
        return self.model_copy(update={"knowledge_answers": answers})

    def with_handover(self, code: str) -> Session:
        """A copy noting that the current priorities were handed over under ``code``."""
        return self.model_copy(update={"handover_code": code, "handed_over": self.priorities})
