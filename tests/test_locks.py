"""The lock files are what scripts/lock makes from pyproject.toml: every package pinned exactly
with its hashes (so pip's --require-hashes refuses a tampered file), and every dependency
pyproject.toml names pinned at a version it allows."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PIN = re.compile(
    r"^(?P<name>[A-Za-z0-9_.-]+)==(?P<version>\S+) \\\n"
    r"(?P<hashes>(?:    --hash=sha256:[0-9a-f]{64}(?: \\)?\n)+)",
    re.M,
)


def pyproject() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)


def wanted() -> dict[str, list[str]]:
    """What each lock is compiled from (as scripts/lock says)."""
    data = pyproject()
    project = data["project"]
    groups = data["dependency-groups"]
    assert isinstance(project, dict) and isinstance(groups, dict)
    base = [*project["dependencies"], *groups["build"]]
    extras = project["optional-dependencies"]
    every_extra = [req for reqs in extras.values() for req in reqs]
    return {
        "requirements.lock": base,
        "requirements-web.lock": [*base, *extras["web"]],
        "requirements-pdf.lock": [*base, *extras["pdf"]],
        "requirements-fhir.lock": [*base, *extras["fhir"]],
        "requirements-postgres.lock": [*base, *extras["postgres"]],
        "requirements-dev.lock": [*base, *every_extra, *groups["dev"]],
    }


def pins(lock: str, text: str | None = None) -> dict[str, str]:
    """The lock's packages and versions; every one must carry its hashes."""
    text = (ROOT / lock).read_text(encoding="utf-8") if text is None else text
    found = {canonicalize_name(m["name"]): m["version"] for m in PIN.finditer(text)}
    requirements = [line for line in text.splitlines() if line and not line.startswith((" ", "#"))]
    assert len(requirements) == len(found), f"{lock}: a line without ==version and hashes"
    return found


@pytest.mark.parametrize("lock", sorted(wanted()))
def test_every_package_is_pinned_with_hashes(lock: str) -> None:
    text = (ROOT / lock).read_text(encoding="utf-8")
    assert f"bash scripts/lock {lock}" in text.splitlines()[1], "made by scripts/lock"
    assert "\n-r " not in text, "a lock is whole: pip checks the hashes of all it installs"
    assert pins(lock)


@pytest.mark.parametrize("lock", sorted(wanted()))
def test_every_dependency_is_locked_at_a_version_it_allows(lock: str) -> None:
    pinned = pins(lock)
    for line in wanted()[lock]:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{lock}: {name} is not locked: run bash scripts/lock"
        assert requirement.specifier.contains(pinned[name], prereleases=True), (
            f"{lock}: {name}=={pinned[name]} is not allowed by {line!r}: run bash scripts/lock"
        )


def test_a_lock_line_without_hashes_is_found() -> None:
    hashed = "rich==15.0.0 \\\n    --hash=sha256:" + "a" * 64 + "\n    # via textual\n"
    assert pins("x.lock", hashed) == {"rich": "15.0.0"}
    with pytest.raises(AssertionError, match="without ==version and hashes"):
        pins("x.lock", hashed + "pygments==2.21.0\n")
