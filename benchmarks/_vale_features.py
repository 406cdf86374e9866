"""Vale's cucumber scenarios as data: which command runs in which folder, and what it must print.

Each `.feature` scenario becomes a `Scenario`: the files its `Given` steps create, the folder and
arguments of its `When` step (as Vale's `steps.rb` defines them) and the expected
`file:line:col:Style.Rule` lines. Steps newslint has no counterpart for give a reason instead.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field
from pathlib import Path

import regex

PROSE_SUFFIXES = (".md", ".markdown", ".html", ".htm", ".txt")

# `When` step -> (folder under fixtures/ or "" for the scenario's own folder, arguments template).
# "{0}" is the step's first quoted value, "{1}" the second.
STEPS: list[tuple[str, str, str]] = [
    (r'I run command "(.*)"', "formats", "{0}"),
    (r'I lint "(.*)"', "formats", "{0}"),
    (r"I lint path with exclusions", "folders", "."),
    (r'I lint path "(.*)"', "formats/{0}", "."),
    (r'I lint with config "(.*)"', "formats", "--config={0} test.md"),
    (r'I test comments for "(.*)"', "comments", "test{0}"),
    (r'I test patterns for "(.*)"', "patterns", "{0}"),
    (r'I test plugins for "(.*)"', "plugins", "{0}"),
    (r'I test scope "(.*)"', "scopes/{0}", "."),
    (r'I apply style "(.*)"', "styles/{0}", "."),
    (r'I use Vocab "(.*)"', "vocab/{0}", "."),
    (r'I test "(.*)"', "{0}", "."),
    (r'I run vale "(.*)"', "", "{0}"),
    (r'I assign minAlertLevel "([^\s]+)" "([^\s]+)"', "", "--minAlertLevel={0} {1}"),
    (r'I run cat "([^\s]+)" "([^\s]+)"', "formats", "--stdin={0} --ext={1}"),
]
NOT_APPLICABLE = {
    "I lint simple": "--ignore-syntax (lint markup as plain text) has no newslint counterpart",
    "I lint Sphinx": "Sphinx builds are not a format newslint reads",
    "I lint AsciiDoc": "AsciiDoc is not a format newslint reads",
    "I lint reStructuredText": "reStructuredText is not a format newslint reads",
    "I lint file": "--ext (read a file as another format) has no newslint counterpart",
    "I lint string": "a string argument linted as text has no newslint counterpart",
    "I use filter": "--filter expressions have no newslint counterpart",
    "I fix": "`vale fix` (an alert as JSON in, suggestions out) has no newslint counterpart; findings carry the same suggestions",
    "I test template": "Go output templates have no newslint counterpart",
    "I sync pkg": "`vale sync` downloads packages",
    "I inspect": "runs without --output=line",
    "I test glob": "--glob has no newslint counterpart",
    "I test dir glob": "--glob has no newslint counterpart",
    "I inherit": "--mode-compat config inheritance (Vale Server) is not supported",
    "I check inherited": "--mode-compat config inheritance (Vale Server) is not supported",
    "I overwrite sources": "--sources has no newslint counterpart",
    "I inherit sources": "--sources has no newslint counterpart",
}


# Scenarios whose every expected finding comes from a kind newslint does not run.
UNSUPPORTED: dict[tuple[str, str], str] = {}


@dataclass
class Scenario:
    feature: str
    name: str
    given: dict[str, str] = field(default_factory=dict)
    step: str = ""
    folder: str = ""  # under fixtures/, "" for the scenario's own (temporary) folder
    args: list[str] = field(default_factory=list)
    expected: list[str] | None = None  # None: the scenario checks something else
    reason: str = ""  # why it cannot apply, if it cannot

    @property
    def title(self) -> str:
        return f"{self.feature}: {self.name}"


def parse_features(features: Path) -> list[Scenario]:
    return [s for path in sorted(features.glob("*.feature")) for s in parse_feature(path)]


def parse_feature(path: Path) -> list[Scenario]:
    lines = path.read_text(encoding="utf-8").splitlines()
    background: dict[str, str] = {}
    scenarios: list[Scenario] = []
    current: Scenario | None = None
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        index += 1
        if line.startswith("#") or not line:
            continue
        if line.startswith("Scenario:"):
            current = Scenario(path.stem, line.split(":", 1)[1].strip(), dict(background))
            scenarios.append(current)
            continue
        block: list[str] = []
        if index < len(lines) and lines[index].strip() == '"""':
            block, index = _docstring(lines, index)
        given = regex.match(r'(?:Given|And) a file named "(.*)" with:', line)
        if given:
            (current.given if current else background)[given.group(1)] = "\n".join(block) + "\n"
        elif line.startswith("When ") and current:
            _read_step(current, line[5:])
        elif line.startswith("Then the output should contain exactly:") and current:
            current.expected = [_key(entry) for entry in block if entry.strip()]
        elif line.startswith("Then") and current and current.expected is None:
            current.reason = current.reason or "checks an error message or absent text"
    for scenario in scenarios:
        scenario.reason = scenario.reason or UNSUPPORTED.get((path.stem, scenario.name), "")
        if scenario.expected is None and not scenario.reason:
            scenario.reason = "has no exact expected output"
    return scenarios


def _docstring(lines: list[str], index: int) -> tuple[list[str], int]:
    indent = len(lines[index]) - len(lines[index].lstrip())
    block = []
    index += 1
    while lines[index].strip() != '"""':
        block.append(lines[index][indent:])
        index += 1
    return block, index + 1


def _read_step(scenario: Scenario, step: str) -> None:
    scenario.step = step
    for prefix, reason in NOT_APPLICABLE.items():
        if step.startswith(prefix):
            scenario.reason = reason
            return
    for pattern, folder, template in STEPS:
        match = regex.fullmatch(pattern, step)
        if match:
            values = match.groups()
            scenario.folder = folder.format(*values)
            scenario.args = shlex.split(template.format(*values))
            return
    scenario.reason = f"unknown step {step!r}"


def _key(line: str) -> str:
    """`file:line:col:Style.Rule` of an expected output line (the message is Vale's wording)."""
    return ":".join(line.strip().split(":")[:4])
