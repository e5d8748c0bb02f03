"""Which language a content file is written in, and, for a translation, its base file and who
translated it. Pure; no Textual."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from laser_tui.language.catalogue import _
from laser_tui.language.formats import long_date
from laser_tui.model.safe_text import unsafe_characters

_TAG = re.compile(r"[a-z]{2,3}(-[A-Z]{2})?")


def _language_tag(tag: str) -> str:
    if not _TAG.fullmatch(tag):
        raise ValueError('is not a language tag: write a short one, such as "es", "pt" or "pt-BR"')
    return tag


def _printable(text: str) -> str:
    found = unsafe_characters(text)
    if found:
        raise ValueError(f"holds the character {found}, which is not text: remove it")
    return text


LanguageTag = Annotated[str, Field(strict=True), AfterValidator(_language_tag)]
"""A language as a short tag: "en", "es", "pt-BR"."""

ENGLISH = "en"
BASE_WITH_TRANSLATION = (
    "a translated content file needs both base (its base file) and a [translation] table; "
    "give both, or neither for a file that is not a translation"
)


class Translation(BaseModel):
    """Who translated a content file, when, and how far the translation has been checked."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    translated_by: Annotated[
        str,
        StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=300),
        AfterValidator(_printable),
    ]
    date: dt.date
    reviewed_by_medical_translator: bool = False
    back_translated: bool = False

    @property
    def fully_checked(self) -> bool:
        """Whether a qualified medical translator reviewed it and it was back-translated."""
        return self.reviewed_by_medical_translator and self.back_translated


def translation_lines(translation: Translation | None) -> list[str]:
    """What About says about a translated content file: who translated it, and, until it is
    so, that it has not been reviewed by a medical translator and back-translated."""
    if translation is None:
        return []
    lines = [
        _(
            "The content was translated by {translator} ({date}).",
            translator=translation.translated_by,
            date=long_date(translation.date),
        )
    ]
    reviewed, back = translation.reviewed_by_medical_translator, translation.back_translated
    if not reviewed and not back:
        lines.append(
            _(
                "This translation has not yet been reviewed by a qualified medical translator "
                "or back-translated to check that nothing changed. If anything in it is unclear, "
                "ask your clinician."
            )
        )
    elif not reviewed:
        lines.append(
            _(
                "This translation has not yet been reviewed by a qualified medical translator. "
                "If anything in it is unclear, ask your clinician."
            )
        )
    elif not back:
        lines.append(
            _(
                "This translation has not yet been back-translated to check that nothing "
                "changed. If anything in it is unclear, ask your clinician."
            )
        )
    else:
        lines.append(
            _("A qualified medical translator reviewed it, and it was back-translated to check it.")
        )
    return lines
