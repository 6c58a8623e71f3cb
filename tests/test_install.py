"""The install path: the lock must install as written, with nothing left for pip to resolve.

A fresh clone once failed because pip resolved justext's `lxml[html_clean]` afresh and chose an
lxml released after the lock was made. The Makefile now installs with `--no-deps`; these tests
check that doing so is complete: every requirement of every locked package (extras and markers
included) is met by a version the lock itself pins.
"""

from __future__ import annotations

import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements.lock"
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?==([^\s;\\]+)")


def locked_pins(text: str) -> dict[str, Version]:
    """Package -> pinned version; raises on any requirement line that is not `name==version`
    followed by at least one hash."""
    pins: dict[str, Version] = {}
    entries = re.split(r"\n(?=\S)", text)
    for entry in entries:
        first = entry.split("\n", 1)[0].strip()
        if not first or first.startswith("#"):
            continue
        match = PIN.match(first)
        if match is None:
            raise ValueError(f"not pinned with ==: {first!r}")
        if "--hash=sha256:" not in entry:
            raise ValueError(f"no hash for {first!r}")
        pins[canonicalize_name(match.group(1))] = Version(match.group(3))
    return pins


def unmet_requirements(
    pins: dict[str, Version],
    requires: dict[str, list[str]],
    roots: list[str],
) -> list[str]:
    """Requirements reachable from `roots` (each `name[extras]`) that the pins do not satisfy.

    `requires` maps a package to its Requires-Dist lines. Extras are followed: a requirement
    `lxml[html_clean]` needs lxml's own requirements under `extra == "html_clean"` too.
    """
    environment = default_environment()
    problems: list[str] = []
    seen: set[tuple[str, str]] = set()
    queue = [(Requirement(root), "root") for root in roots]
    while queue:
        requirement, wanted_by = queue.pop()
        name = canonicalize_name(requirement.name)
        version = pins.get(name)
        if version is None:
            problems.append(f"{requirement} (needed by {wanted_by}) is not in the lock")
            continue
        if not requirement.specifier.contains(version, prereleases=True):
            problems.append(f"{requirement} (needed by {wanted_by}) but the lock pins {version}")
        for extra in ["", *sorted(requirement.extras)]:
            if (name, extra) in seen:
                continue
            seen.add((name, extra))
            for line in requires.get(name, []):
                child = Requirement(line)
                if child.marker is not None and not child.marker.evaluate(
                    {**environment, "extra": extra}
                ):
                    continue
                queue.append((child, f"{name}[{extra}]" if extra else name))
    return problems


def installed_requires() -> dict[str, list[str]]:
    return {
        canonicalize_name(dist.metadata["Name"]): list(dist.requires or [])
        for dist in metadata.distributions()
    }


def test_every_lock_line_is_pinned_with_a_hash() -> None:
    pins = locked_pins(LOCK.read_text("utf-8"))
    assert len(pins) > 50
    assert "lxml-html-clean" in pins and "pip" in pins


def test_the_lock_satisfies_the_project_and_every_locked_package_without_resolving() -> None:
    """What `pip install --no-deps -r requirements.lock` leaves out would only be found by a
    resolver: so every requirement, followed through extras, must already be pinned."""
    pins = locked_pins(LOCK.read_text("utf-8"))
    project = metadata.distribution("newsledger")
    roots = [
        line
        for line in project.requires or []
        if Requirement(line).marker is None
        or Requirement(line).marker.evaluate({**default_environment(), "extra": "dev"})
    ]
    assert unmet_requirements(pins, installed_requires(), roots) == []


def test_an_extra_the_lock_cannot_satisfy_is_caught() -> None:
    """The case that broke installs: a package asks for `lxml[html_clean]` whose extra needs a
    package (or a version) the lock does not have."""
    pins = {"justext": Version("3.0.2"), "lxml": Version("6.1.3")}
    requires = {
        "justext": ["lxml[html_clean]>=4.4.2"],
        "lxml": ['lxml_html_clean; extra == "html_clean"'],
    }
    (problem,) = unmet_requirements(pins, requires, ["justext"])
    assert problem.startswith("lxml_html_clean") and "needed by lxml[html_clean]" in problem
    assert problem.endswith("is not in the lock")
    pins["lxml-html-clean"] = Version("0.4.6")
    assert unmet_requirements(pins, requires, ["justext"]) == []
    pins["lxml"] = Version("4.0")
    assert unmet_requirements(pins, requires, ["justext"]) == [
        "lxml[html_clean]>=4.4.2 (needed by justext) but the lock pins 4.0"
    ]


def test_an_unpinned_or_unhashed_line_is_refused() -> None:
    with pytest.raises(ValueError, match="not pinned"):
        locked_pins("lxml>=6 \\\n    --hash=sha256:00\n")
    with pytest.raises(ValueError, match="no hash"):
        locked_pins("lxml==6.1.3\n    # via justext\n")


def test_pip_check_finds_nothing_broken_in_the_installed_environment() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pip", "--disable-pip-version-check", "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_makefile_installs_the_lock_without_resolution() -> None:
    makefile = (ROOT / "Makefile").read_text("utf-8")
    installs = [line for line in makefile.splitlines() if " install " in line and "PIP" in line]
    assert installs, "no pip install line found in the Makefile"
    assert all("--no-deps" in line for line in installs), installs
    assert "$(PIP) check" in makefile
