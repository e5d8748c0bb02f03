"""`laser-tui summary`: print the summary of a priorities file, without the app, for a printer.

The priorities come from a file (your own by default) or, with ``--open CODE``, from a
hand-over a patient made at a clinic kiosk.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from laser_tui.language.catalogue import _
from laser_tui.model.problems import InputProblem
from laser_tui.model.safe_text import safe_text

if TYPE_CHECKING:
    from laser_tui.export.formats import Answers
    from laser_tui.files.priorities_file import LoadedPriorities
    from laser_tui.model.content import Content

FORMATS = ("text", "markdown", "pdf", "fhir", "fhir-questionnaire")
PAPERS = ("a4", "letter")


def add_summary_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `summary` subcommand to the command line."""
    summary = commands.add_parser(
        "summary",
        help=_("print the summary of a priorities file (text for a printer, Markdown, PDF, FHIR)"),
        description=_(
            "Print the one-page summary of a priorities file to standard output: what counts "
            "for you and how much, how your priorities line up, your readiness answers, the "
            "questions to ask your clinician and the sources. Decision support, not medical "
            "advice."
        ),
    )
    summary.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="PRIORITIES.toml",
        help=_("a priorities file (default: your own, the one the app uses)"),
    )
    summary.add_argument(
        "--open",
        dest="handover_code",
        metavar="CODE",
        help=_("the priorities a patient handed over at the kiosk under CODE, instead of a file"),
    )
    summary.add_argument(
        "--handover-dir",
        type=Path,
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=_("the kiosk's hand-over folder (default: from the kiosk configuration)"),
    )
    summary.add_argument(
        "--kiosk-config",
        type=Path,
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=_("the kiosk configuration that names the hand-over folder"),
    )
    summary.add_argument(
        "--format",
        default="text",
        metavar="{" + ",".join(FORMATS) + "}",
        help=_(
            "text (the default, for a printer), markdown, pdf (an accessible PDF; the pdf "
            "extra), fhir (a FHIR R4 QuestionnaireResponse of the answers) or fhir-questionnaire "
            "(the Questionnaire it answers)"
        ),
    )
    summary.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help=_("write to FILE (readable by you only) instead of standard output"),
    )
    summary.add_argument(
        "--paper",
        choices=PAPERS,
        default=None,
        help=_("the PDF's paper: a4, or letter (US Letter); default: from the locale"),
    )
    summary.add_argument(
        "--content",
        type=Path,
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=_("the content file the priorities were made with, instead of the shipped one"),
    )


def _from_file(args: argparse.Namespace, content: Content) -> LoadedPriorities:
    from laser_tui.files.priorities_file import priorities_path, read_priorities
    from laser_tui.files.toml_io import read_document

    path = priorities_path(args.file or args.priorities)
    data, written = read_document(path, _("fix it in a text editor and try again"))
    loaded = read_priorities(data, content, path, written)
    if loaded.problems:
        raise InputProblem(list(loaded.problems))
    return loaded


def _from_handover(code: str, args: argparse.Namespace, content: Content) -> LoadedPriorities:
    from laser_tui.cli.kiosk_commands import kiosk_settings
    from laser_tui.kiosk.handover_store import staff_account, store_for

    if args.file or args.priorities:
        raise InputProblem([_("give a priorities file or --open CODE, not both")])
    return store_for(kiosk_settings(args)).open(code, content, staff_account())


def _answers(args: argparse.Namespace, content: Content) -> Answers:
    """The person's answers from the file or hand-over the arguments name, with their summary."""
    from laser_tui.clock import today
    from laser_tui.export.formats import Answers
    from laser_tui.model.summary import build_summary

    code = args.handover_code if args.handover_code is not None else args.open
    loaded = _from_handover(code, args, content) if code is not None else _from_file(args, content)
    for note in loaded.notes:
        print(note, file=sys.stderr)
    as_of = loaded.saved_at.astimezone().date() if loaded.saved_at else None
    handed_over = ""
    if code is not None:
        from laser_tui.kiosk.handover import handover_line

        handed_over = handover_line(loaded)
    return Answers(
        content,
        loaded.priorities,
        build_summary(content, loaded.priorities, as_of, today=today()),
        code=loaded.path.stem if code is not None else None,
        handed_over=handed_over,
        authored=loaded.saved_at,
    )


def _text(kind: str, answers: Answers) -> bytes:
    """The plain-text or Markdown summary, a hand-over's line first."""
    from laser_tui.model.summary_markdown import render_markdown
    from laser_tui.model.summary_text import render_text

    line = answers.handed_over
    if kind == "markdown":
        text = (f"**{line}**\n\n" if line else "") + render_markdown(answers.summary)
    else:
        text = (f"{line}\n\n" if line else "") + render_text(answers.summary)
    return safe_text(text).encode("utf-8")


def run_summary(args: argparse.Namespace) -> int:
    """Print or write the summary; problems with the files raise InputProblem (one line each)."""
    from laser_tui.export.formats import Answers, export_bytes
    from laser_tui.files.toml_io import load_content

    if args.format not in FORMATS:
        raise InputProblem(
            [
                _(
                    "--format {format} is not a format laser-tui knows: use {formats}",
                    format=repr(args.format),
                    formats=", ".join(FORMATS),
                )
            ]
        )
    if args.format == "pdf" and args.output is None and sys.stdout.isatty():
        raise InputProblem([_("a PDF is not for the terminal: add -o FILE, or pipe it (| lp)")])
    content = load_content(args.content)
    if args.format == "fhir-questionnaire":
        from laser_tui.model.priorities import Priorities
        from laser_tui.model.summary import build_summary

        defaults = Priorities.defaults_for(content)
        answers = Answers(content, defaults, build_summary(content, defaults))
    else:
        answers = _answers(args, content)
    if args.format in ("text", "markdown"):
        data = _text(args.format, answers)
    else:
        data = export_bytes(args.format, answers, args.paper)
    if args.output is not None:
        from laser_tui.files.summary_export import write_export

        write_export(args.output, data)
        return 0
    if args.format == "pdf":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
    else:
        sys.stdout.write(data.decode("utf-8"))
    return 0
