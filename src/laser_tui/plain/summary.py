"""The summary to take to the consultation, read section by section; saving it as a file."""

from __future__ import annotations

from laser_tui.clock import today
from laser_tui.files.priorities_file import display_path
from laser_tui.files.summary_export import export_summary, summary_path_for
from laser_tui.language.catalogue import _
from laser_tui.model.content import Content
from laser_tui.model.priorities import Priorities
from laser_tui.model.problems import InputProblem
from laser_tui.model.readiness import ALL_YES
from laser_tui.model.summary import HEADINGS, NO_QUESTIONS, NOT_ADVICE, Summary, build_summary
from laser_tui.plain.reader import Section, read_sections
from laser_tui.plain.talk import Talk
from laser_tui.plain.visit import Visit


def _priorities(summary: Summary) -> tuple[str, ...]:
    return tuple(
        _(
            "{difference}. Counts for me: {counts}. How much: {how_much}.",
            difference=row.label,
            counts=row.counts_words,
            how_much=row.importance_words,
        )
        if row.counts
        else _(
            "{difference}. Counts for me: {counts}.", difference=row.label, counts=row.counts_words
        )
        for row in summary.priorities
    )


def _scores(summary: Summary) -> tuple[str, ...]:
    paragraphs = (
        summary.concerns,
        summary.verdict,
        *summary.concern_notes,
        summary.not_too_close,
        *summary.reasons,
        summary.flip,
    )
    scores = tuple(f"{row.name}: {row.score_words}." for row in summary.scores)
    return (*scores, *(p for p in paragraphs if p), summary.leaning)


def _readiness(summary: Summary) -> tuple[str, ...]:
    lines = tuple(
        _("{question} My answer: {answer}.", question=a.question, answer=a.words)
        for a in summary.readiness
    )
    note = summary.readiness_note
    if note is None:
        return (*lines, _(ALL_YES))
    return (*lines, note.message, *(f"- {point}" for point in note.points))


def _sources(summary: Summary) -> tuple[str, ...]:
    return tuple(
        _(
            "Source {number}: {title}. {publisher}. Address: {url}",
            number=s.number,
            title=s.title,
            publisher=s.publisher,
            url=s.url,
        )
        if s.url
        else _(
            "Source {number}: {title}. {publisher}.",
            number=s.number,
            title=s.title,
            publisher=s.publisher,
        )
        for s in summary.sources
    )


def _heading(part: str) -> str:
    return _(HEADINGS[part])


def summary_sections(summary: Summary) -> list[Section]:
    """The summary's parts in its own order, as plain lines."""
    questions = tuple(f"{n}. {q}" for n, q in enumerate(summary.questions, 1)) or (_(NO_QUESTIONS),)
    return [
        Section(
            summary.heading, (summary.dated, *filter(None, [summary.overdue]), summary.disclaimer)
        ),
        Section(_heading("priorities"), _priorities(summary)),
        Section(_heading("scores"), _scores(summary)),
        Section(_heading("readiness"), _readiness(summary)),
        *([Section(_heading("recovery"), summary.recovery)] if summary.recovery else []),
        Section(_heading("costs"), summary.costs),
        *([Section(_heading("discuss"), summary.discuss)] if summary.discuss else []),
        Section(_heading("questions"), questions),
        Section(_heading("sources"), _sources(summary)),
        Section(_("Talk it over"), (*summary.no_hurry, summary.clinician_prompt, _(NOT_ADVICE))),
    ]


def read_summary(talk: Talk, content: Content, priorities: Priorities) -> None:
    """Read the summary of today's priorities, section by section."""
    day = today()
    summary = build_summary(content, priorities, day, today=day)
    read_sections(talk, _("My summary"), summary_sections(summary))


def export(talk: Talk, session: Visit) -> None:
    """Save the summary as Markdown beside the priorities file, and say where it went."""
    if session.keeper.path is None:
        talk.say(_("There is no priorities file to put the summary beside."))
        return
    path = summary_path_for(session.keeper.path)
    day = today()
    try:
        export_summary(path, build_summary(session.content, session.priorities, day, today=day))
    except InputProblem as problem:
        talk.say(*problem.lines)
        return
    talk.say(_("Summary saved to {path}.", path=display_path(path)))
