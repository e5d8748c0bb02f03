"""The building blocks of a content file: strict models, ids, texts, limits, certainty levels.

Validated strictly with pydantic; imports nothing from Textual.
"""

from __future__ import annotations

from typing import Annotated, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from laser_tui.language.catalogue import N_, _
from laser_tui.model.safe_text import unsafe_characters

MAX_TREATMENTS = 4
MAX_CRITERIA = 30
MAX_LIST = 40
"""The most other options or other names; sources may be five times as many."""
MAX_QUESTIONS = 20
MAX_TEXT = 2000
"""The most characters in one text."""


def _printable(text: str) -> str:
    """Refuse control and bidirectional formatting characters (newlines and tabs are fine)."""
    found = unsafe_characters(text)
    if found:
        raise ValueError(
            _("holds the character {character}, which is not text: remove it", character=found)
        )
    return text


Identifier = Annotated[
    str, StringConstraints(strict=True, pattern=r"^[a-z][a-z0-9_]*$", max_length=40)
]
Text = Annotated[
    str,
    StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=MAX_TEXT),
    AfterValidator(_printable),
]
Fit = Annotated[float, Field(ge=0.0, le=1.0)]


class StrictModel(BaseModel):
    """A frozen model that rejects unknown keys and loose types."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


# The optional parts below are newer: a clinic's older file loads without them.

Per100 = Annotated[float, Field(ge=0.0, le=100.0)]

Certainty = Literal[
    "guidance", "review", "larger_studies", "small_studies", "claim_only", "not_known"
]
"""How sure a fact or figure is: a fixed set; the content file explains each level once."""

CERTAINTY_LEVELS: tuple[str, ...] = get_args(Certainty)
"""The levels in order, from most to least sure."""

CERTAINTY_TAGS: dict[str, str] = {
    "guidance": N_("clinic advice"),
    "review": N_("review"),
    "larger_studies": N_("larger studies"),
    "small_studies": N_("small studies"),
    "claim_only": N_("marketing claim"),
    "not_known": N_("not known"),
}
"""The short words shown after a fact or figure (``_()`` them where shown); the content file
explains each level."""

SourceKind = Literal["guidance", "review", "study", "clinic_page", "marketing"]
"""What kind of source it is; a marketing source is marked as such wherever it is cited."""

SOURCE_KIND_WORDS: dict[str, str] = {
    "guidance": N_("guidance"),
    "review": N_("review"),
    "study": N_("study"),
    "clinic_page": N_("clinic page"),
    "marketing": N_("marketing"),
}
"""What kind each source is, in words (``_()`` them where shown)."""


SkinGroup = Literal["lighter", "darker"]
"""The skin of a study group (and of a burn-and-tan answer): lighter (burns easily) or darker
(tans easily, rarely burns)."""
