"""Cross-reference checks of raw content data, so they can be reported with every other problem.

Each id is used once per kind; every criterion gives a fit and a detail (and, if it has one, a
basis) for each treatment and for no other; outcome figures name only treatments of the file;
every cited source is listed; every certainty level used is explained in ``[certainty]``; a
seed difference or a retired criterion points only at criteria of the file. Parts of the wrong
type are skipped here: the field validation reports them. Imports nothing from Textual.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from laser_tui.model.problems import Location

TREATMENT_SECTIONS = (
    "what_it_is",
    "how_it_works",
    "who_it_suits",
    "sessions",
    "recovery",
    "benefits",
    "risks",
    "cautions",
    "practical",
)
"""The fields of a treatment that hold facts, in reading order."""

CONCERN_SECTIONS = ("what_it_is", "causes", "no_treatment")
"""The fields of a concern that hold facts, in reading order."""

Problem = tuple[Location, str]


def _entries(table: Any, key: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """The (index, entry) pairs of a list of tables, skipping anything that is not a table."""
    items = table.get(key) if isinstance(table, dict) else None
    if isinstance(items, list):
        yield from ((i, item) for i, item in enumerate(items) if isinstance(item, dict))


def _ids(data: Any, kind: str) -> list[tuple[int, str]]:
    return [
        (i, entry["id"]) for i, entry in _entries(data, kind) if isinstance(entry.get("id"), str)
    ]


def _duplicates(data: Any, kind: str) -> list[Problem]:
    """Each id after its first use, as a problem at that entry's id field."""
    first: dict[str, int] = {}
    problems: list[Problem] = []
    for index, item_id in _ids(data, kind):
        if item_id in first:
            where = f"{kind}[{first[item_id] + 1}]"
            problems.append(((kind, index, "id"), f"{item_id!r} is already the id of {where}"))
        else:
            first[item_id] = index
    return problems


def _per_treatment(data: Any) -> list[Problem]:
    """Every criterion's fit and detail name each treatment, and only those."""
    treatment_ids = [item_id for _, item_id in _ids(data, "treatments")]
    problems: list[Problem] = []
    for index, criterion in _entries(data, "criteria"):
        for table in ("fit", "detail", "basis"):
            given = criterion.get(table)
            if not isinstance(given, dict):
                continue
            problems += [
                (("criteria", index, table), f"has no {table} for treatment {missing!r}")
                for missing in treatment_ids
                if missing not in given
            ]
            problems += [
                (("criteria", index, table, unknown), "is not a treatment id in this file")
                for unknown in given
                if unknown not in treatment_ids
            ]
    for index, outcome in _entries(data, "outcomes"):
        figures = outcome.get("figures")
        if isinstance(figures, dict):
            problems += [
                (("outcomes", index, "figures", unknown), "is not a treatment id in this file")
                for unknown in figures
                if unknown not in treatment_ids
            ]
    return problems


def _figures(data: Any) -> Iterator[tuple[Location, dict[str, Any]]]:
    """Where each outcome figure is, and that figure."""
    for index, outcome in _entries(data, "outcomes"):
        figures = outcome.get("figures")
        if isinstance(figures, dict):
            for treatment_id, figure in figures.items():
                if isinstance(figure, dict):
                    where = ("outcomes", index, "figures", treatment_id)
                    yield where, figure
                    for a_index, other in _entries(figure, "also"):
                        yield (*where, "also", a_index), other


def _fact_values(data: Any, key: str) -> Iterator[tuple[Location, Any]]:
    """Where ``key`` of each fact (of a treatment or another option) is, and its value."""
    for t_index, treatment in _entries(data, "treatments"):
        for section in TREATMENT_SECTIONS:
            for f_index, fact in _entries(treatment, section):
                yield ("treatments", t_index, section, f_index, key), fact.get(key)
    for o_index, option in _entries(data, "other_options"):
        for f_index, fact in _entries(option, "facts"):
            yield ("other_options", o_index, "facts", f_index, key), fact.get(key)
    for c_index, concern in _entries(data, "concerns"):
        for section in CONCERN_SECTIONS:
            for f_index, fact in _entries(concern, section):
                yield ("concerns", c_index, section, f_index, key), fact.get(key)


def _citations(data: Any) -> Iterator[tuple[Location, Any]]:
    """Where each list of cited source ids is, and that list."""
    yield from _fact_values(data, "sources")
    for c_index, criterion in _entries(data, "criteria"):
        yield ("criteria", c_index, "sources"), criterion.get("sources")
        basis = criterion.get("basis")
        for treatment_id, reason in basis.items() if isinstance(basis, dict) else ():
            if isinstance(reason, dict):
                where = ("criteria", c_index, "basis", treatment_id, "sources")
                yield where, reason.get("sources")
    for location, figure in _figures(data):
        yield (*location, "sources"), figure.get("sources")
    for kind in ("knowledge_check", "clinician_questions"):
        for q_index, question in _entries(data, kind):
            yield (kind, q_index, "sources"), question.get("sources")
    for r_index, recovery in _entries(data, "recovery"):
        for s_index, stage in _entries(recovery, "stages"):
            yield ("recovery", r_index, "stages", s_index, "sources"), stage.get("sources")
    for t_index, treatment in _entries(data, "treatments"):
        for kind in ("aimed_at", "not_aimed_at"):
            for a_index, aim in _entries(treatment, kind):
                yield ("treatments", t_index, kind, a_index, "sources"), aim.get("sources")


def _unlisted_sources(data: Any) -> list[Problem]:
    listed = {item_id for _, item_id in _ids(data, "sources")}
    problems: list[Problem] = []
    for location, cited in _citations(data):
        if isinstance(cited, list):
            problems += [
                (location, f"{source_id!r} is not the id of any [[sources]] entry")
                for source_id in cited
                if isinstance(source_id, str) and source_id not in listed
            ]
    return problems


def _certainties(data: Any) -> Iterator[tuple[Location, Any]]:
    """Where each certainty level is used, and that level."""
    yield from _fact_values(data, "certainty")
    for location, figure in _figures(data):
        yield (*location, "certainty"), figure.get("certainty")


def _unexplained_certainty(data: Any) -> list[Problem]:
    explained = data.get("certainty") if isinstance(data, dict) else None
    explained = explained if isinstance(explained, dict) else {}
    return [
        (location, f"{level!r} is not explained in the [certainty] table")
        for location, level in _certainties(data)
        if isinstance(level, str) and level not in explained
    ]


def _criterion_pointers(data: Any) -> list[Problem]:
    """Seed differences and retired criteria point at criteria that exist; retired ids do not."""
    current = {item_id for _, item_id in _ids(data, "criteria")}
    problems: list[Problem] = []
    for kind in ("seed_differences", "retired_criteria"):
        for index, entry in _entries(data, kind):
            became = entry.get("became")
            problems += [
                ((kind, index, "became"), f"{target!r} is not a criterion id in this file")
                for target in (became if isinstance(became, list) else [])
                if isinstance(target, str) and target not in current
            ]
    problems += [
        (("retired_criteria", index, "id"), f"{item_id!r} is still a criterion in this file")
        for index, item_id in _ids(data, "retired_criteria")
        if item_id in current
    ]
    return problems


def _concern_pointers(data: Any) -> list[Problem]:
    """Aims and retired criteria name concerns of the file; with concerns, every treatment
    says what it is aimed at."""
    concerns = {item_id for _, item_id in _ids(data, "concerns")}
    problems: list[Problem] = []
    for t_index, treatment in _entries(data, "treatments"):
        aims = list(_entries(treatment, "aimed_at"))
        if concerns and not aims:
            problems.append(
                (
                    ("treatments", t_index, "aimed_at"),
                    "is missing: say which concerns this treatment is aimed at, with sources",
                )
            )
        problems += [
            (("treatments", t_index, kind, a_index, "concern"), message)
            for kind in ("aimed_at", "not_aimed_at")
            for a_index, aim in _entries(treatment, kind)
            if (message := _concern_message(aim.get("concern"), concerns))
        ]
    for index, entry in _entries(data, "retired_criteria"):
        named = entry.get("concerns")
        problems += [
            (("retired_criteria", index, "concerns"), message)
            for concern in (named if isinstance(named, list) else [])
            if (message := _concern_message(concern, concerns))
        ]
    return problems


def _concern_message(concern: Any, concerns: set[str]) -> str:
    """Why a concern id does not name a concern of the file ('' when it does, or is no text)."""
    if not isinstance(concern, str) or concern in concerns:
        return ""
    return f"{concern!r} is not the id of any [[concerns]] entry"


def _recovery_options(data: Any) -> list[Problem]:
    """Each recovery timeline names a treatment or another option of the file, once."""
    known = {i for kind in ("treatments", "other_options") for _, i in _ids(data, kind)}
    seen: set[str] = set()
    problems: list[Problem] = []
    for index, recovery in _entries(data, "recovery"):
        option = recovery.get("option")
        if not isinstance(option, str):
            continue
        if option not in known:
            message = f"{option!r} is not the id of a treatment or another option in this file"
            problems.append((("recovery", index, "option"), message))
        elif option in seen:
            problems.append((("recovery", index, "option"), f"{option!r} has a timeline already"))
        seen.add(option)
    return problems


def _cost_treatments(data: Any) -> list[Problem]:
    """Each price names a treatment of the file, once."""
    known = {i for _, i in _ids(data, "treatments")}
    seen: set[str] = set()
    problems: list[Problem] = []
    for index, cost in _entries(
        data.get("costs") if isinstance(data, dict) else None, "treatments"
    ):
        named = cost.get("treatment")
        if not isinstance(named, str):
            continue
        where = ("costs", "treatments", index, "treatment")
        if named not in known:
            problems.append((where, f"{named!r} is not a treatment id in this file"))
        elif named in seen:
            problems.append((where, f"{named!r} has a price already"))
        seen.add(named)
    return problems


def _review_order(data: Any) -> list[Problem]:
    """The next review comes after the review it follows."""
    reviewed = data.get("reviewed") if isinstance(data, dict) else None
    next_review = data.get("next_review") if isinstance(data, dict) else None
    if type(reviewed) is not dt.date or type(next_review) is not dt.date:
        return []  # a missing or wrong date is the field check's to report
    if next_review >= reviewed:
        return []
    return [
        (
            ("next_review",),
            f"is before reviewed ({reviewed.isoformat()}): give the date the content is next "
            "due for review, after the day it was reviewed",
        )
    ]


def reference_problems(data: Any) -> list[Problem]:
    """Every cross-reference problem in raw content data, each at its own field."""
    problems: list[Problem] = []
    for kind in (
        "treatments",
        "criteria",
        "other_options",
        "sources",
        "outcomes",
        "retired_criteria",
        "concerns",
        "clinician_questions",
    ):
        problems += _duplicates(data, kind)
    return (
        problems
        + _per_treatment(data)
        + _unlisted_sources(data)
        + _unexplained_certainty(data)
        + _criterion_pointers(data)
        + _concern_pointers(data)
        + _recovery_options(data)
        + _cost_treatments(data)
        + _review_order(data)
    )
