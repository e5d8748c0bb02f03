"""The person's priorities as a TOML file: where it lives, how it is written and read back.

Reading never gives up on a whole file because of one bad value: every good field loads, and
every problem becomes one line for the person. The text of a new file is made by
``priorities_dump``; writing it safely is in ``priorities_save``.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from laser_tui.files.locations import chosen_path, data_folder, shipped_content_path
from laser_tui.files.priorities_clinician import known_answers
from laser_tui.files.priorities_concerns import (
    known_concerns,
    retired_concern_note,
    retired_concerns,
)
from laser_tui.files.priorities_problems import (
    no_longer_asked,
    problem_line,
    shown_value,
    some_names,
    toml_value,
    unknown_lines,
)
from laser_tui.files.priorities_retired import retired_note, retired_since, stronger
from laser_tui.files.toml_io import parse_toml, read_limited
from laser_tui.files.written_values import WrittenValues
from laser_tui.language.catalogue import N_, _
from laser_tui.model.content import Content
from laser_tui.model.leaning import leaning_values
from laser_tui.model.priorities import (
    DEFAULT_WEIGHT,
    CriterionPriority,
    Priorities,
    Readiness,
)
from laser_tui.model.problems import InputProblem, Written, tell
from laser_tui.model.safe_text import shorten

FORMAT = 4
"""The newest file format this version reads and the one it writes.

Format 4 adds the ``[clinician]`` table (answers to "Things my clinician should know").
Format 3 added ``concerns`` (what bothers the person: a list of concern ids) and
``concerns_unsure``. Format 2 (laser-tui 2026.12) added ``leaning`` and calls ``matters``
``counts``. Older files are read as they are (an old weighed difference that is now a concern
names that concern when it counted), and saved as format 4."""

ENVIRONMENT_VARIABLE = "LASER_TUI_PRIORITIES"
FILE_NAME = "priorities.toml"


def default_priorities_path() -> Path:
    """The priorities file in the person's data folder (for example ~/.local/share/laser-tui)."""
    return data_folder() / FILE_NAME


def priorities_path(chosen: Path | None = None) -> Path:
    """The file to use: ``chosen`` (--priorities), else $LASER_TUI_PRIORITIES, else the default."""
    return (chosen_path(chosen, ENVIRONMENT_VARIABLE) or default_priorities_path()).absolute()


def display_path(path: Path) -> str:
    """A path as the person reads it, with their home folder shortened to ~."""
    home = Path.home()
    if path.is_relative_to(home):
        return str(Path("~") / path.relative_to(home))
    return str(path)


def content_label(content: Content) -> str:
    """Names the content (title and version) the weights were made against."""
    return f"{content.title} (version {content.version})"


def _on_the_calendar(when: dt.datetime) -> dt.datetime:
    """``when``, if it can be shown in any time zone (a year from the calendar's ends)."""
    try:
        local = when.astimezone(dt.UTC).astimezone()
    except (OverflowError, ValueError):
        local = dt.datetime.min
    if not dt.MINYEAR < local.year < dt.MAXYEAR:
        raise ValueError("too near the ends of the calendar")
    return when


class PrioritiesDocument(BaseModel):
    """A priorities file as it is on disk."""

    model_config = ConfigDict(extra="forbid", strict=True)

    format: Annotated[int, Field(strict=True, ge=1)] = FORMAT
    saved_at: Annotated[dt.datetime, AfterValidator(_on_the_calendar)] | None = None
    content: str | None = None
    priorities: dict[str, CriterionPriority] = Field(default_factory=dict)
    readiness: Readiness = Field(default_factory=Readiness)
    leaning: Annotated[str, Field(strict=True)] | None = None
    concerns: list[Annotated[str, Field(strict=True)]] = Field(default_factory=list)
    concerns_unsure: bool = False
    clinician: dict[str, Annotated[str, Field(strict=True)]] = Field(default_factory=dict)


@dataclasses.dataclass(frozen=True)
class LoadedPriorities:
    """What was read from a priorities file, with a line for each thing the person should know."""

    path: Path
    priorities: Priorities
    problems: tuple[str, ...] = ()
    """One line per problem; the file is kept aside before a save replaces it."""
    notes: tuple[str, ...] = ()
    """Things to know that are not mistakes (criteria that took their defaults, other content)."""
    exists: bool = False
    newer_format: int | None = None
    """The file's format, when it is newer than this version understands."""
    saved_at: dt.datetime | None = None
    content: str | None = None
    defaulted: tuple[str, ...] = ()
    """Ids of the criteria the file did not mention, which took their defaults."""
    unusable: bool = False
    """None of the file could be used (it could not be read as TOML)."""
    digest: str = ""
    """A fingerprint of the bytes read (see ``fingerprint``), to see later whether they changed."""

    @property
    def messages(self) -> tuple[str, ...]:
        """Every line to show the person: problems first, then notes."""
        return self.problems + self.notes


NO_FILE = "no file"
"""The fingerprint of a file that does not exist."""


def fingerprint(data: bytes | None) -> str:
    """A short fingerprint of a file's bytes (``NO_FILE`` for no file)."""
    return NO_FILE if data is None else hashlib.sha256(data).hexdigest()


def _drop(data: dict[str, Any], location: Sequence[int | str]) -> bool:
    """Remove the deepest key of ``location`` found in ``data``; False if none was found."""
    parent: Any = data
    for depth, part in enumerate(location):
        if not isinstance(parent, dict) or part not in parent:
            return False
        if depth == len(location) - 1 or not isinstance(parent[part], dict):
            del parent[part]
            return True
        parent = parent[part]
    return False


def _validate_leniently(
    data: dict[str, Any], source: str, written: Written | None
) -> tuple[PrioritiesDocument, list[str]]:
    """Validate, dropping each bad value (so its default is used) and saying why."""
    remaining = copy.deepcopy(data)
    problems: list[str] = []
    while True:
        try:
            return PrioritiesDocument.model_validate(remaining), problems
        except ValidationError as error:
            dropped = False
            for item in error.errors(include_url=False):
                problems.append(problem_line(source, item, written))
                dropped = _drop(remaining, tuple(item["loc"])) or dropped
            if not dropped:  # cannot happen with every field optional; never loop forever
                return PrioritiesDocument(), problems


def _check_format(
    data: dict[str, Any], source: str, written: Written | None
) -> tuple[list[str], int | None]:
    """Problems with ``format``, and the format when it is newer; fixes ``data`` in place."""
    value = data.get("format", FORMAT)
    if isinstance(value, int) and not isinstance(value, bool) and value > FORMAT:
        data["format"] = FORMAT
        shown = shown_value(value, ("format",), written)  # only now: it parses the file again
        return [
            _(
                "{source}: format = {value} is newer than this laser-tui understands (format "
                "{format}): update laser-tui to read all of it; what it could read was loaded, "
                "and the file is not replaced unless you say so",
                source=source,
                value=shown,
                format=FORMAT,
            )
        ], value
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        data.pop("format")
        shown = shown_value(value, ("format",), written)
        return [
            _(
                "{source}: format (found {value}): must be {format}; put format = {format} back "
                "at the top of the file",
                source=source,
                value=shown,
                format=FORMAT,
            )
        ], None
    return [], None


def _same_content(label: str, content: Content) -> bool:
    """Whether the ``content`` label a file was saved with names ``content``, in any language
    laser-tui ships it in: a file saved in one language is read in another without a note."""
    if label == content_label(content):
        return True
    version = f" (version {content.version})"
    if not label.endswith(version):
        return False
    from laser_tui.files.quick_content import quick_read
    from laser_tui.language.catalogue import available

    shipped = (quick_read(shipped_content_path(tag)) for tag in available())
    titles = {home.title for home in shipped if home is not None}
    return content.title in titles and label.removesuffix(version) in titles


def _saved_words(written: WrittenValues | None, criterion_id: str) -> str | None:
    """The words laser-tui wrote above a difference's table when it saved the file."""
    return None if written is None else written.comment_above(f"priorities.{criterion_id}")


def read_priorities(
    data: dict[str, Any], content: Content, path: Path, written: WrittenValues | None = None
) -> LoadedPriorities:
    """Priorities from the parsed TOML of ``path``: good fields load, each problem is one line
    (quoting a bad number as ``written`` says it was written). A difference the content does
    not know is a slip when a known id is close to it, and otherwise one this clinic no longer
    asks about (a note, named by the words saved above it)."""
    data, source = dict(data), display_path(path)
    problems, newer = _check_format(data, source, written)
    document, value_problems = _validate_leniently(data, source, written)
    problems += value_problems
    known = {c.id for c in content.criteria}
    criteria = {c.id: CriterionPriority() for c in content.criteria}
    notes: list[str] = []
    carried: set[str] = set()
    unknown: list[str] = []
    named = list(document.concerns)
    for criterion_id, priority in document.priorities.items():
        retired = content.retired(criterion_id)
        if criterion_id in known:
            criteria[criterion_id] = priority
        elif retired is not None and retired.concerns:
            notes.append(retired_concern_note(source, content, retired, priority))
            named += retired_concerns(retired, priority)
        elif retired is not None:
            notes.append(retired_note(source, content, retired, document.priorities))
            for new_id in retired.became:
                if new_id not in document.priorities and (
                    new_id not in carried or stronger(priority, criteria[new_id])
                ):
                    criteria[new_id] = priority
                    carried.add(new_id)
        else:
            unknown.append(criterion_id)
    gone = retired_since(unknown, known, saved_by_laser_tui=document.content is not None)
    problems += unknown_lines(source, [name for name in unknown if name not in gone], known)
    notes += no_longer_asked(source, gone, lambda name: _saved_words(written, name))
    concerns, concern_problems = known_concerns(source, named, content)
    problems += concern_problems
    consultation, clinician_problems = known_answers(source, document.clinician, content)
    problems += clinician_problems
    leaning = document.leaning
    if leaning is not None and leaning not in leaning_values(content):
        problems.append(
            _(
                "{source}: leaning (found {value}): not a choice this content has (it has "
                "{choices}); it counts as not said yet",
                source=source,
                value=toml_value(leaning),
                choices=", ".join(leaning_values(content)),
            )
        )
        leaning = None
    defaulted = tuple(
        c.id for c in content.criteria if c.id not in document.priorities and c.id not in carried
    )
    if defaulted:
        labels = some_names(
            [f'"{shorten(c.label, 60)}"' for c in content.criteria if c.id in defaulted], 10
        )
        notes.append(
            _(
                "{source}: nothing was saved for {labels}: not counting, weight {weight}, until "
                "you change it",
                source=source,
                labels=labels,
                weight=DEFAULT_WEIGHT,
            )
        )
    if document.content is not None and not _same_content(document.content, content):
        notes.append(
            _(
                '{source}: these priorities were made with "{made_with}"; you are now using '
                '"{using}": check that your weights still say what you mean',
                source=source,
                made_with=shorten(document.content),
                using=shorten(content_label(content)),
            )
        )
    return LoadedPriorities(
        path=path,
        priorities=Priorities(
            criteria=criteria,
            readiness=document.readiness,
            leaning=leaning,
            concerns=concerns,
            concerns_unsure=document.concerns_unsure and not concerns,
            consultation=consultation,
        ),
        problems=tuple(tell(problems)),
        notes=tuple(tell(notes)),
        exists=True,
        newer_format=newer,
        saved_at=document.saved_at,
        content=document.content,
        defaulted=defaulted,
    )


_FIX = N_(
    "fix it in a text editor; until then laser-tui starts with the defaults, "
    "and keeps this file aside (as a .broken copy) before it saves there"
)


def load_priorities(path: Path, content: Content) -> LoadedPriorities:
    """Read the priorities at ``path``; defaults when there is no file yet. Never raises.

    Unreadable or malformed files give the defaults and one problem line.
    """
    if not path.exists() and not path.is_symlink():
        return LoadedPriorities(
            path=path, priorities=Priorities.defaults_for(content), digest=NO_FILE
        )
    try:
        raw = read_limited(path, display_path(path))
    except InputProblem as problem:
        return _unusable(path, content, problem)
    return priorities_from_bytes(raw, path, content)


def _unusable(
    path: Path, content: Content, problem: InputProblem, digest: str = ""
) -> LoadedPriorities:
    """A file none of which could be used: the defaults, and what was wrong with it."""
    return LoadedPriorities(
        path=path,
        priorities=Priorities.defaults_for(content),
        problems=tuple(problem.lines),
        exists=True,
        unusable=True,
        digest=digest,
    )


def priorities_from_bytes(raw: bytes, path: Path, content: Content) -> LoadedPriorities:
    """The priorities in ``raw``, the bytes of ``path``, as ``load_priorities`` reads them."""
    source = display_path(path)
    try:
        data = parse_toml(raw, source, _(_FIX))
    except InputProblem as problem:
        repaired = _without_bad_lines(raw, source)
        if repaired is None:
            return _unusable(path, content, problem, fingerprint(raw))
        read, left_out = repaired
        loaded = read_priorities(parse_toml(read, source), content, path, WrittenValues(read))
        problems = tuple(left_out) + loaded.problems
        return dataclasses.replace(loaded, problems=problems, digest=fingerprint(raw))
    loaded = read_priorities(data, content, path, WrittenValues(raw))
    return dataclasses.replace(loaded, digest=fingerprint(raw))


def _without_bad_lines(raw: bytes, source: str) -> tuple[bytes, list[str]] | None:
    """``raw`` with its ``key = value`` lines that are not TOML blanked, and a line on each;
    None when the rest is not readable either."""
    from laser_tui.files.toml_repair import left_out_line, without_bad_lines

    try:
        repaired = without_bad_lines(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return None
    if repaired is None:
        return None
    text, left_out = repaired
    read = text.encode()
    try:
        parse_toml(read, source)  # its own limits too (depth, numbers too large)
    except InputProblem:
        return None
    return read, [left_out_line(source, number, line) for number, line in left_out]
