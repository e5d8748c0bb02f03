"""Where the person is leaning (as in the Ottawa Personal Decision Guide). Pure.

After weighing it up, the person may say which way they lean: one of the treatments, another
option, no treatment, or not sure yet. Nothing is chosen for them, and what they say never
changes the scores: it is their own view, saved with their priorities and shown in the summary.
"""

from __future__ import annotations

from dataclasses import dataclass

from laser_tui.language.catalogue import N_, _
from laser_tui.model.content import Content

ANOTHER_OPTION = "another_option"
NO_TREATMENT = "no_treatment"
NOT_SURE = "not_sure"

QUESTION = N_("Where am I leaning?")
NOT_SAID = N_("not said yet")
OWN_VIEW = N_(
    "This is your own view: it is kept with your priorities and it never changes the scores."
)


@dataclass(frozen=True)
class LeaningChoice:
    """One answer the person can give: the value saved in the file, and its words."""

    value: str
    label: str


def leaning_choices(content: Content) -> list[LeaningChoice]:
    """Every answer, in order: each treatment, another option, no treatment, not sure yet."""
    others = [o.name for o in content.other_options if o.id != NO_TREATMENT]
    another = (
        _("Another option ({options})", options=", ".join(others))
        if others
        else _("Another option")
    )
    choices = [LeaningChoice(t.id, t.name) for t in content.treatments]
    taken = {t.id for t in content.treatments}
    for value, label in (
        (ANOTHER_OPTION, another),
        (NO_TREATMENT, _("No treatment")),
        (NOT_SURE, _("I am not sure yet")),
    ):
        if value not in taken:
            choices.append(LeaningChoice(value, label))
    return choices


def leaning_values(content: Content) -> tuple[str, ...]:
    """The values a priorities file may hold for ``leaning`` with this content."""
    return tuple(choice.value for choice in leaning_choices(content))


def leaning_words(content: Content, leaning: str | None) -> str:
    """The person's answer in words, or "not said yet"."""
    for choice in leaning_choices(content):
        if choice.value == leaning:
            return choice.label
    return _(NOT_SAID)


def leaning_line(content: Content, leaning: str | None) -> str:
    """One line for the summary and the panel, in the person's voice."""
    return _(
        "Where I am leaning (my own view; it does not change the scores): {leaning}.",
        leaning=leaning_words(content, leaning),
    )
