"""How the person's priorities line up, in the words the decision panel and the summary use."""

from __future__ import annotations

from laser_tui.language.catalogue import N_, _
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities
from laser_tui.model.scoring import Status, score
from laser_tui.model.summary import NOT_ADVICE, build_summary
from laser_tui.plain.talk import Talk

NAME = N_("How my priorities line up")
WEIGHING_NAME = N_("What counts for me, and how much")


def result_lines(content: Content, priorities: Priorities) -> list[str]:
    """The scores, then the panel's words: verdict, flip and reasons, then the clinician."""
    summary = build_summary(content, priorities)
    lines = [f"{row.name}: {row.score_words}." for row in summary.scores]
    lines += [
        paragraph
        for paragraph in (
            summary.concerns,
            summary.verdict,
            *summary.concern_notes,
            summary.not_too_close,
            summary.flip,
            *summary.reasons,
        )
        if paragraph
    ]
    if score(content, priorities).status is not Status.SCORED:
        lines.append(
            _(
                'To say what counts for you, choose "{part}" on the home menu.',
                part=_(WEIGHING_NAME),
            )
        )
    return [*lines, summary.leaning, f"{content.clinician_prompt} {_(NOT_ADVICE)}"]


def tell_result(talk: Talk, content: Content, priorities: Priorities) -> None:
    """Say how the priorities line up, and wait before going back to the home menu."""
    talk.say("", f"{_(NAME)}.", *result_lines(content, priorities))
    talk.pause(_("Enter to go back to the home menu:"))
