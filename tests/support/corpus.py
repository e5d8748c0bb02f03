"""The adversarial review's inputs, made on demand (large ones generated, never stored).

Each ``Case`` writes one odd or hostile file into a folder: a content file, a priorities file
(also used as a hand-over) or a kiosk configuration. ``valid`` says whether laser-tui should
accept it (content: check-content says ok; priorities: loads with no problem; settings: load).
"""

from __future__ import annotations

import copy
import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import tomli_w

from laser_tui.files.locations import shipped_content_path
from laser_tui.files.toml_io import MAX_FILE_BYTES
from laser_tui.model.content_base import (
    MAX_CRITERIA,
    MAX_LIST,
    MAX_QUESTIONS,
    MAX_TEXT,
    MAX_TREATMENTS,
)

Kind = Literal["content", "priorities", "settings"]
Maker = Callable[[Path], Path]

MARKUP = "[ a=' [B]bold[/B] [$error] [ reverse]x[/] [ @click=app.quit]quit[/] ends in \\"
"""Textual and Rich markup that rich.markup.escape does not make safe, and a backslash."""
ESCAPES = {
    "csi_clear": "\x1b[2J\x1b[H",
    "osc_title": "\x1b]0;owned\x07",
    "osc52_clipboard": "\x1b]52;c;aGVsbG8=\x07",
    "c1_csi": "\x9b2J",
    "bidi_override": "\u202etxt.exe",
    "bell_del": "\x07\x7f\x08",
}
"""Terminal commands and characters that change how text reads."""


@dataclass(frozen=True)
class Case:
    """One input: what kind of file, how to make it, and whether it should be accepted."""

    name: str
    kind: Kind
    make: Maker
    valid: bool
    regular: bool = True
    """Whether it is an ordinary file whose bytes can be compared before and after."""
    says: str = ""
    """What a command that refuses it must print (a value quoted as it was written)."""


def shipped() -> dict[str, Any]:
    """The shipped content, parsed."""
    return tomllib.loads(shipped_content_path().read_text(encoding="utf-8"))


def _write(name: str, data: bytes | str) -> Maker:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data.encode() if isinstance(data, str) else data)
        return path

    return make


def _content(change: Callable[[dict[str, Any]], object]) -> Maker:
    """The shipped content with ``change`` applied, written with tomli-w."""

    def make(folder: Path) -> Path:
        data = copy.deepcopy(shipped())
        change(data)
        path = folder / "content.toml"
        path.write_text(tomli_w.dumps(data), encoding="utf-8")
        return path

    return make


def _everywhere(text: str) -> Callable[[dict[str, Any]], None]:
    """Put ``text`` into the title, disclaimer, a name, a label, a detail, a fact, a source."""

    def change(data: dict[str, Any]) -> None:
        data["title"] += text
        data["disclaimer"] = text + data["disclaimer"]
        data["clinician_prompt"] += text
        treatment = data["treatments"][0]
        treatment["name"] += text
        treatment["short_name"] = text + treatment["short_name"]
        treatment["what_it_is"][0]["text"] += text
        criterion = data["criteria"][0]
        criterion["label"] += text
        criterion["difference"] += text
        criterion["detail"][treatment["id"]] += text
        data["other_options"][0]["name"] += text
        data["questions"][0] += text
        data["sources"][0]["title"] += text

    return change


def _special(name: str, target: str) -> Maker:
    def make(folder: Path) -> Path:
        path = folder / name
        path.symlink_to(target)
        return path

    return make


def _fifo(folder: Path) -> Path:
    path = folder / "fifo.toml"
    os.mkfifo(path)
    return path


def _folder(folder: Path) -> Path:
    path = folder / "a-folder.toml"
    path.mkdir()
    return path


def _loop(folder: Path) -> Path:
    path = folder / "loop.toml"
    path.symlink_to(path)
    return path


def _many(count: int, key: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        template = data[key][-1]
        for number in range(count - len(data[key])):
            extra = copy.deepcopy(template)
            extra["id"] = f"{template['id']}_{number}"
            data[key].append(extra)
        if key == "treatments":
            for criterion in data["criteria"]:
                for treatment in data["treatments"]:
                    criterion["fit"].setdefault(treatment["id"], 0.5)
                    criterion["detail"].setdefault(treatment["id"], "Some detail")

    return change


DEEP_BRACKETS = "format = 1\na = " + "[" * 500 + "]" * 500 + "\n"
DEEP_BRACES = "format = 1\na = " + "{ b = " * 500 + "1" + " }" * 500 + "\n"
DOTTED = ".".join(["a"] * 1500)
DEEP_DOTTED_KEY = f"{DOTTED} = 1\n"
DEEP_HEADER = f"[{DOTTED}]\nb = 1\n"
HUGE_WHOLE_NUMBER = "9" * 4400
"""More digits than Python reads (4,300)."""
HUGE_HEX = "0x" + "f" * 20_000
CALENDAR_ENDS = ("9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+23:59")
SHIPPED = shipped_content_path().read_bytes() if shipped_content_path().exists() else b""


def _set(path: tuple[str | int, ...], value: object) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        parent: Any = data
        for part in path[:-1]:
            parent = parent[part]
        parent[path[-1]] = value

    return change


def _raw_content(old: str, new: str) -> Maker:
    return _write("content.toml", SHIPPED.decode().replace(old, new, 1))


CONTENT_CASES = [
    Case("shipped", "content", _write("content.toml", SHIPPED), True),
    Case("markup_everywhere", "content", _content(_everywhere(MARKUP)), True),
    *(
        Case(f"escape_{name}", "content", _content(_everywhere(text)), False)
        for name, text in ESCAPES.items()
    ),
    Case("deep_brackets", "content", _write("content.toml", DEEP_BRACKETS), False),
    Case("deep_braces", "content", _write("content.toml", DEEP_BRACES), False),
    Case("fifo", "content", _fifo, False, regular=False),
    Case("dev_zero", "content", _special("zero.toml", "/dev/zero"), False, regular=False),
    Case("dev_urandom", "content", _special("random.toml", "/dev/urandom"), False, False),
    Case("folder", "content", _folder, False, regular=False),
    Case("symlink_loop", "content", _loop, False, regular=False),
    Case("missing", "content", lambda folder: folder / "missing.toml", False, regular=False),
    Case("empty", "content", _write("content.toml", ""), False),
    Case("bom", "content", _write("content.toml", b"\xef\xbb\xbf" + SHIPPED), True),
    Case("not_utf8", "content", _write("content.toml", SHIPPED + b"\n# \xff\xfe\n"), False),
    Case("float_overflow", "content", _raw_content("= 0.2,", "= 1e309,"), False),
    Case("huge_whole_number", "content", _raw_content("= 0.2,", f"= {HUGE_WHOLE_NUMBER},"), False),
    Case("huge_hex", "content", _raw_content("= 0.2,", f"= {HUGE_HEX},"), False, says="line "),
    Case("deep_dotted_key", "content", _write("content.toml", DEEP_DOTTED_KEY), False),
    Case("deep_header", "content", _raw_content("\n[", f"\n{DEEP_HEADER}["), False),
    Case("hex_fit", "content", _raw_content("= 0.2,", "= 0x2,"), False, says="(found 0x2)"),
    Case(
        "underscored_fit",
        "content",
        _raw_content("= 0.2,", "= 1_0.5,"),
        False,
        says="(found 1_0.5)",
    ),
    Case("too_big", "content", _write("content.toml", b"#" * (MAX_FILE_BYTES + 1)), False),
    Case("too_many_criteria", "content", _content(_many(MAX_CRITERIA + 1, "criteria")), False),
    Case("five_hundred_treatments", "content", _content(_many(500, "treatments")), False),
    Case("long_disclaimer", "content", _content(_set(("disclaimer",), "x" * 50_000)), False),
    Case("text_at_limit", "content", _content(_set(("disclaimer",), "y" * MAX_TEXT)), True),
]


def _priorities(body: str) -> Maker:
    return _write("priorities.toml", "format = 1\n" + body)


def _unknown_tables(count: int) -> str:
    return "".join(f"[priorities.not_known_{n}]\nweight = 1\n" for n in range(count))


PRIORITIES_CASES = [
    Case(
        "comments", "priorities", _priorities("# mine\n[readiness] # my note\nsure = true\n"), True
    ),
    Case("markup_content", "priorities", _priorities(tomli_w.dumps({"content": MARKUP})), True),
    *(
        Case(f"content_{name}", "priorities", _priorities(tomli_w.dumps({"content": text})), True)
        for name, text in ESCAPES.items()
    ),
    Case(
        "escape_in_a_key",
        "priorities",
        _priorities('[priorities."\\u001b]0;owned\\u0007"]\nweight = 1\n'),
        False,
    ),
    Case("escape_in_a_value", "priorities", _priorities('saved_at = "\\u001b[2J"\n'), False),
    Case("deep_brackets", "priorities", _write("priorities.toml", DEEP_BRACKETS), False),
    Case("deep_braces", "priorities", _write("priorities.toml", DEEP_BRACES), False),
    Case("fifo", "priorities", _fifo, False, regular=False),
    Case("dev_zero", "priorities", _special("zero.toml", "/dev/zero"), False, regular=False),
    Case("bom", "priorities", _write("p.toml", b"\xef\xbb\xbfformat = 1\n"), True),
    Case(
        "float_overflow",
        "priorities",
        _priorities("[priorities.short_recovery]\nweight = 1e309\n"),
        False,
    ),
    *(
        Case(name, "priorities", _priorities(body), False, says="line ")
        for name, body in [
            ("huge_whole_number", f"[priorities.short_recovery]\nweight = {HUGE_WHOLE_NUMBER}\n"),
            ("huge_hex", f"[priorities.short_recovery]\nweight = {HUGE_HEX}\n"),
            ("huge_answer", f"# format\n[readiness]\nsure = {HUGE_WHOLE_NUMBER}\n"),
            ("deep_dotted_key", DEEP_DOTTED_KEY),
            ("deep_header", DEEP_HEADER),
        ]
    ),
    *(
        Case(
            f"saved_at_{n}", "priorities", _priorities(f"saved_at = {at}\n"), False, says="saved_at"
        )
        for n, at in enumerate(CALENDAR_ENDS)
    ),
    Case(
        "hex_weight",
        "priorities",
        _priorities("[priorities.short_recovery]\nweight = 0x10\n"),
        False,
        says="(found 0x10)",
    ),
    Case(
        "octal_format",
        "priorities",
        _write("p.toml", "format = 0o11\n"),
        False,
        says="format = 0o11 is newer",
    ),
    Case("a_thousand_unknown", "priorities", _priorities(_unknown_tables(1000)), False),
    Case(
        "twenty_thousand_unknown_tables", "priorities", _priorities(_unknown_tables(20_000)), False
    ),
    Case("too_big", "priorities", _priorities(_unknown_tables(200_000)), False),
    Case("not_utf8", "priorities", _write("p.toml", b"format = 1\n# \xff\n"), False),
]


def _settings(body: str) -> Callable[[Path, Path], Path]:
    """A kiosk configuration; ``{handover}`` in ``body`` is the hand-over folder."""

    def make(folder: Path, handover: Path) -> Path:
        path = folder / "kiosk.toml"
        path.write_text(body.replace("{handover}", str(handover)), encoding="utf-8")
        return path

    return make


SETTINGS_CASES: list[tuple[str, Callable[[Path, Path], Path], bool, str]] = [
    ("plain", _settings('handover_dir = "{handover}"\n'), True, ""),
    ("bom", _settings('\ufeffhandover_dir = "{handover}"\n'), True, ""),
    (
        "escape_in_folder",
        _settings('handover_dir = "{handover}/\\u001b]0;owned\\u0007"\n'),
        False,
        "",
    ),
    (
        "float_overflow",
        _settings('handover_dir = "{handover}"\nidle_timeout = 1e309\n'),
        False,
        "1e309",
    ),
    (
        "underscored_timeout",
        _settings('handover_dir = "{handover}"\nidle_timeout = -1_0\n'),
        False,
        "(found -1_0)",
    ),
    ("deep", _settings(DEEP_BRACKETS.removeprefix("format = 1\n")), False, ""),
    ("deep_dotted_key", _settings(DEEP_DOTTED_KEY), False, "line 1"),
    ("deep_header", _settings(f'handover_dir = "{{handover}}"\n{DEEP_HEADER}'), False, "line 2"),
    (
        "huge_whole_number",
        _settings(f'handover_dir = "{{handover}}"\nidle_timeout = {HUGE_WHOLE_NUMBER}\n'),
        False,
        "line 2",
    ),
    (
        "huge_hex",
        _settings(f'idle_timeout = {HUGE_HEX}\nhandover_dir = "{{handover}}"\n'),
        False,
        "line 1",
    ),
    ("fifo", lambda folder, _: _fifo(folder), False, ""),
    ("dev_zero", lambda folder, _: _special("zero.toml", "/dev/zero")(folder), False, ""),
]
"""Kiosk configurations, each ``(name, make(folder, handover_folder), valid, says)``: ``says``
as for ``Case``."""


def largest_content() -> dict[str, Any]:
    """A content file at every count limit, with long texts: the most laser-tui must handle."""
    data = copy.deepcopy(shipped())
    long = ("A long sentence about the treatment, to fill the screen. " * 40)[: MAX_TEXT - 1]
    first = data["treatments"][0]
    for number in range(len(data["treatments"]), MAX_TREATMENTS):  # outcomes keep their ids
        data["treatments"].append({**copy.deepcopy(first), "id": f"treatment_{number}"})
    for number, treatment in enumerate(data["treatments"]):
        treatment.update(name=f"Treatment{number}", short_name=f"T{number}")
        for key, facts in treatment.items():
            if isinstance(facts, list) and facts and isinstance(facts[0], dict):
                aim = {"concern": facts[0].get("concern")} if "concern" in facts[0] else {}
                treatment[key] = [{**aim, "text": long[:400], "sources": ["seed"]}] * 5
    data.pop("seed_differences", None)  # they name the shipped criteria
    data.pop("retired_criteria", None)
    ids = [t["id"] for t in data["treatments"]]
    data["criteria"] = [
        {
            "id": f"criterion_{number}",
            "label": f"Criterion {number}: something a person may want",
            "difference": long[:300],
            "fit": {treatment_id: (number % 10) / 10 for treatment_id in ids},
            "detail": {treatment_id: long[:200] for treatment_id in ids},
            "sources": ["seed", "mayo_resurfacing"],
        }
        for number in range(MAX_CRITERIA)
    ]
    option = {"name": "An option", "facts": [{"text": long[:300], "sources": ["seed"]}] * 3}
    data["other_options"] = [{**option, "id": f"option_{n}"} for n in range(MAX_LIST)]
    kept = {t["id"] for t in data["treatments"]}  # the other options' timelines went with them
    data["recovery"] = [r for r in data.get("recovery", []) if r["option"] in kept]
    data["questions"] = [f"Question {n}: {long[:150]}" for n in range(MAX_QUESTIONS)]
    data["disclaimer"] = long
    return data


KEYSTROKES: dict[str, list[bytes]] = {
    "typed_paste_start": [b"\x1b[", b"2", b"0", b"0", b"~"],
    "paste_start_at_once": [b"\x1b[200~"],
    "paste_start_escape_apart": [b"\x1b", b"[200~"],
    "paste_end_alone": [b"\x1b[201~"],
    "code_beyond_unicode": [b"\x1b[1114112u"],
    "code_beyond_int": [b"\x1b[2147483648A"],
    "overlong_sequence": [b"\x1b[" + b"9" * 1000 + b"u"],
    "half_sequence": [b"\x1b[2"],
    "invalid_utf8": [b"\xff\xc3(\xed\xa0\x80"],
    "size_report": [b"\x1b[48;1;1;0;0t"],
}
"""Keys typed into any mode (the app, the kiosk, a browser session), each list one read or
message after another: after each, the next key must still work."""
PAGE_MESSAGES: list[str | bytes] = [
    '["resize", {"width": 0, "height": 0}]',
    '["resize", {"width": -5, "height": -5}]',
    '["resize", {"width": 1000000000, "height": 1000000000}]',
    '["resize", {"width": "80", "height": "abc"}]',
    '["resize", {"width": 1.5, "height": true}]',
    '["resize", {"width": null}]',
    '["resize", [1, 2]]',
    '["resize"]',
    '["stdin", 123]',
    '["stdin", null]',
    '["stdin", ["a"]]',
    '["stdin", "\\ud800"]',
    '["stdin", "\\u001b[1114112u"]',
    '["ping", "' + "x" * 100_000 + '"]',
    '["ping", {"a": 1}]',
    '["unknown", 1]',
    "[]",
    "{}",
    "[1]",
    "not json",
    "[" * 100_000,
    b"\x00\xff binary",
]
"""Every malformed or oversized message shape a web page could send its session."""
