"""The one-page summary a person takes to the consultation, as structured data. Pure.

``build_summary`` gathers what the person said (what counts for them and how much, where they
lean, the readiness answers), how their priorities line up (scores, reasons, too close or not,
the flip), and what the content says (questions for the clinician, sources, review dates,
disclaimer). The text and Markdown renderers (``summary_text``, ``summary_markdown``) only lay
it out, so they always agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from laser_tui.language.catalogue import N_, _
from laser_tui.language.formats import month_year
from laser_tui.model import wording
from laser_tui.model.concern_note import concern_notes, named_concern_words, sourced_text
from laser_tui.model.consultation import DISCUSS_HEADING, NOTHING_ANSWERED, discuss_lines
from laser_tui.model.content import Content
from laser_tui.model.content_language import translation_lines
from laser_tui.model.costs import TITLE as COSTS_TITLE
from laser_tui.model.costs import cost_lines
from laser_tui.model.home_content import day_words, overdue_line
from laser_tui.model.knowledge import KnowledgeCount, count_line
from laser_tui.model.leaning import leaning_line
from laser_tui.model.priorities import MAX_WEIGHT, WEIGHT_WORDS, Priorities
from laser_tui.model.readiness import (
    COME_BACK_EITHER,
    NO_HURRY,
    Answer,
    ReadinessNote,
    answers,
    readiness_note,
)
from laser_tui.model.recovery import TITLE as RECOVERY_TITLE
from laser_tui.model.recovery import stage_lines
from laser_tui.model.scoring import TOO_CLOSE_POINTS, Result, Status, score
from laser_tui.model.skin import SkinAnswer, skin_answer, skin_summary

HEADINGS = {
    "priorities": N_("What counts for me"),
    "scores": N_("How my priorities line up"),
    "readiness": N_("Am I ready to talk it over?"),
    "recovery": RECOVERY_TITLE,
    "costs": COSTS_TITLE,
    "discuss": DISCUSS_HEADING,
    "questions": N_("Questions to ask my clinician"),
    "sources": N_("Sources"),
}
"""Section headings, shared by every rendering (each is translated with ``section_heading``)."""

NOT_ADVICE = N_("Decision support, not medical advice.")
NO_QUESTIONS = N_("This content lists no questions; write down your own and bring them along.")


def section_heading(key: str) -> str:
    """A section's heading in the language shown."""
    return _(HEADINGS[key])


@dataclass(frozen=True)
class PriorityRow:
    """One difference: does it count for the person, and how much."""

    label: str
    counts: bool
    weight: int

    @property
    def counts_words(self) -> str:
        """Yes or No: does it count for the person."""
        return _("Yes") if self.counts else _("No")

    @property
    def importance_words(self) -> str:
        """For example "4 of 5 (very important)"; a dash when it does not count."""
        if not self.counts:
            return "–"
        return _(
            "{weight} of {most} ({words})",
            weight=self.weight,
            most=MAX_WEIGHT,
            words=_(WEIGHT_WORDS[self.weight]),
        )


def score_words(score: float | None) -> str:
    """For example "72 out of 100", or "not scored"."""
    if score is None:
        return _("not scored")
    return _("{score} out of 100", score=f"{score:.0f}")


@dataclass(frozen=True)
class ScoreRow:
    """One treatment's score out of 100 (None when there is nothing to score)."""

    name: str
    score: float | None

    @property
    def score_words(self) -> str:
        """For example "72 out of 100", or "not scored"."""
        return score_words(self.score)


@dataclass(frozen=True)
class SourceRow:
    """One numbered source."""

    number: int
    title: str
    publisher: str
    url: str | None


@dataclass(frozen=True)
class Summary:
    """Everything the summary says, in reading order."""

    title: str
    as_of: dt.date | None
    about: str
    overdue: str
    """That the content is past its next review date, on the day the summary is made; or empty."""
    disclaimer: str
    priorities: tuple[PriorityRow, ...]
    scores: tuple[ScoreRow, ...]
    leaning: str
    """Where the person says they lean, in their words; shown beside the scores."""
    concerns: str
    """What the person said bothers them, in their words; empty when nothing was said."""
    verdict: str
    concern_notes: tuple[str, ...]
    """Beside the verdict: each named concern the treatment lined up with (or leaned to) is
    not aimed at, in words about that treatment's aim, with sources (``model.concern_note``)."""
    not_too_close: str
    reasons: tuple[str, ...]
    flip: str
    readiness: tuple[Answer, ...]
    readiness_note: ReadinessNote | None
    knowledge: str
    """How many statements of "Check what I know" were right this session; empty if none."""
    to_discuss: tuple[str, ...]
    """Each answer to "Things my clinician should know": the question and the answer."""
    recovery: tuple[str, ...]
    """Recovery, day by day: per stage, each treatment's line (none without a timeline)."""
    costs: tuple[str, ...]
    """The clinic's prices per treatment, or the line saying to ask them."""
    skin: str
    """What "skin like mine" did to the chances, when the burn-and-tan question was answered."""
    skin_answer: SkinAnswer
    """The burn-and-tan answer itself, so the chances can put the similar study group first."""
    asks_clinician_questions: bool
    """Whether the content has such questions (else the section is left out)."""
    questions: tuple[str, ...]
    sources: tuple[SourceRow, ...]
    clinician_prompt: str
    no_hurry: tuple[str, ...]
    """That there is no need to decide today, and how to come back to the answers."""

    @property
    def heading(self) -> str:
        """The title of the whole summary."""
        return _("My summary: {title}", title=self.title)

    @property
    def discuss(self) -> tuple[str, ...]:
        """The lines "to discuss with my clinician" (one saying none when nothing was
        answered), or none at all when the content asks no such questions."""
        if not self.asks_clinician_questions:
            return ()
        return (*(self.to_discuss or (_(NOTHING_ANSWERED),)), *filter(None, [self.skin]))

    @property
    def dated(self) -> str:
        """When the priorities are from, and which content they were weighed against."""
        if self.as_of is None:
            return self.about
        return _("Priorities as of {date}. {about}", date=day_words(self.as_of), about=self.about)


def _verdict(content: Content, result: Result) -> str:
    if result.status is Status.NOTHING_COUNTED:
        return _("No difference was marked as counting for me, so there is nothing to weigh yet.")
    if result.status is Status.ALL_WEIGHTS_ZERO:
        return _(
            "Every difference that counts for me has importance 0, so there is nothing to "
            "weigh yet."
        )
    return wording.verdict(content, result)


def _not_too_close(content: Content, result: Result) -> str:
    """Says plainly that a lead is not too close to call (the verdict says when it is)."""
    if result.leader is None or result.too_close:
        return ""
    limit = f"{TOO_CLOSE_POINTS:.0f}"
    if len(content.treatments) > 2:
        return _(
            "Not too close to call: the two highest scores are {gap} points apart (we call "
            "anything under {limit} points too close).",
            gap=f"{result.margin:.0f}",
            limit=limit,
        )
    return _(
        "Not too close to call: the scores are {gap} points apart (we call anything under "
        "{limit} points too close).",
        gap=f"{result.margin:.0f}",
        limit=limit,
    )


def build_summary(
    content: Content,
    priorities: Priorities,
    as_of: dt.date | None = None,
    knowledge: KnowledgeCount | None = None,
    *,
    today: dt.date | None = None,
) -> Summary:
    """The summary of ``priorities`` weighed against ``content`` (``as_of``: their date;
    ``knowledge``: this session's count of the knowledge check, never saved; ``today``: the day
    it is made, to say whether the content is past its review date)."""
    result = score(content, priorities)
    return Summary(
        title=content.title,
        as_of=as_of,
        about=" ".join(
            [
                _(
                    "Content version {version}, reviewed {reviewed}; next review due {due}.",
                    version=content.version,
                    reviewed=day_words(content.reviewed),
                    due=month_year(content.next_review),
                ),
                *translation_lines(content.translation),
            ]
        ),
        overdue=overdue_line(content.next_review, today) if today else "",
        disclaimer=content.disclaimer,
        priorities=tuple(
            PriorityRow(c.label, priorities.get(c.id).counts, priorities.get(c.id).weight)
            for c in content.criteria
        ),
        scores=tuple(
            ScoreRow(t.short_name, result.scores[t.id] if result.status is Status.SCORED else None)
            for t in content.treatments
        ),
        leaning=leaning_line(content, priorities.leaning),
        concerns=named_concern_words(content, priorities),
        verdict=_verdict(content, result),
        concern_notes=tuple(
            sourced_text(content, note) for note in concern_notes(content, priorities, result)
        ),
        not_too_close=_not_too_close(content, result),
        reasons=tuple(wording.reasons_text(content, result, priorities)),
        flip=wording.flip_text(content, result),
        readiness=tuple(answers(priorities.readiness)),
        readiness_note=readiness_note(priorities.readiness),
        knowledge=count_line(knowledge),
        to_discuss=discuss_lines(content, priorities.consultation),
        recovery=tuple(
            f"{stage}: {line}"
            for stage, lines in stage_lines(content, treatments_only=True)
            for line in lines
        ),
        costs=tuple(cost_lines(content)),
        skin=skin_summary(content, priorities.consultation),
        skin_answer=skin_answer(content, priorities.consultation),
        asks_clinician_questions=bool(content.clinician_questions),
        questions=tuple(content.questions),
        sources=tuple(
            SourceRow(n, s.title, s.publisher, s.url)
            for n, s in enumerate(content.sources, start=1)
        ),
        clinician_prompt=content.clinician_prompt,
        no_hurry=(_(NO_HURRY), _(COME_BACK_EITHER)),
    )
