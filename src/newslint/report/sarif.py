"""`--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF consumers.

Artifact URIs are percent-encoded relative references against `%SRCROOT%` (the directory newslint
ran in, given in `originalUriBaseIds`), as SARIF 2.1.0 section 3.4.4 asks when a `uriBaseId` is
present; a file outside that directory gets an absolute `file:` URI and no base.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from newslint import __version__
from newslint.finding import UNFINISHED_RULE, FileError, FileResult, Finding
from newslint.report import escape_undecodable, span_position
from newslint.rules import Rule

LEVELS = {"error": "error", "warning": "warning", "info": "note"}
UNFINISHED_HELP = {
    UNFINISHED_RULE: "A rule could not finish on the file (its regex ran out of time, or a "
    "context-model rule reached its budget): the file was not fully checked and that rule's "
    "findings there are missing."
}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/newslint/"
ROOT_ID = "%SRCROOT%"
# v1 was the rule and the text found, which repeated for distinct findings in one file.
FINGERPRINT_KEY = "newslintContext/v2"


def artifact_location(path: str, root: Path) -> dict[str, str]:
    """Where a file is, as SARIF wants it: relative to `root` when inside it, else absolute."""
    absolute = Path(os.path.abspath(path))
    try:
        relative = absolute.relative_to(root)
    except ValueError:
        return {"uri": absolute.as_uri()}  # as_uri percent-encodes the file system's bytes
    return {"uri": quote(os.fsencode(relative.as_posix()), safe="/"), "uriBaseId": ROOT_ID}


def _root_uri(root: Path) -> str:
    return root.as_uri().rstrip("/") + "/"  # a base URI must end with a slash (3.14.14)


def _region(result: FileResult, start: int, end: int) -> dict[str, int]:
    where = span_position(result.doc, start, end)
    return {
        "startLine": where["line"],
        "startColumn": where["column"],
        "endLine": where["end_line"],
        "endColumn": where["end_column"],
    }


def _descriptor(rule_id: str, rules: Mapping[str, Rule]) -> dict[str, Any]:
    """A rule's metadata; an engine's sub-rule (grammar.harper.AnA) borrows its parent's."""
    rule = rules.get(rule_id) or rules.get(rule_id.rsplit(".", 1)[0])
    summary = rule.description.split("\n")[0] if rule and rule.description else rule_id
    help_text = (
        (rule.description or rule.message) if rule else UNFINISHED_HELP.get(rule_id, rule_id)
    )
    descriptor: dict[str, Any] = {
        "id": rule_id,
        "name": rule_id.replace(".", "/"),
        "shortDescription": {"text": summary},
        "fullDescription": {"text": help_text},
        "help": {"text": f"{help_text}\n\nSee: newslint rules show {rule.id if rule else rule_id}"},
        "defaultConfiguration": {"level": LEVELS[rule.severity] if rule else "warning"},
    }
    if rule and rule.link:
        descriptor["helpUri"] = rule.link
    return descriptor


def fingerprint(result: FileResult, finding: Finding, seen: Counter[str]) -> str:
    """What GitHub code scanning matches an alert by across runs (with the rule and the file):
    a hash of the rule, the text found and the whitespace-normalised line it starts on, then
    which occurrence of that hash in the file it is, as CodeQL's own primaryLocationLineHash
    counts repeats. Distinct findings never share one (the rule and text alone gave three
    "Sir." findings one fingerprint, and GitHub would merge them into one alert); text added or
    edited elsewhere leaves it as it was, where a line number would move. `seen`: the file's
    hashes so far."""
    doc = result.doc
    line = " ".join(doc.line_text(doc.position(finding.start)[0]).split())
    key = "\0".join((finding.rule, doc.text[finding.start : finding.end], line))
    digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
    seen[digest] += 1
    return f"{digest}:{seen[digest]}"


def _result(
    result: FileResult, finding: Finding, index: int, root: Path, seen: Counter[str]
) -> dict[str, Any]:
    location = artifact_location(result.path, root)
    entry: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": index,
        "level": LEVELS[finding.severity],
        "message": {"text": escape_undecodable(finding.message)},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": location,
                    "region": _region(result, finding.start, finding.end),
                }
            }
        ],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(result, finding, seen)},
    }
    if finding.related:
        entry["relatedLocations"] = _related_locations(result, finding, location)
    if finding.fix:
        replacements = [
            {
                "deletedRegion": _region(result, e.start, e.end),
                "insertedContent": {"text": escape_undecodable(e.replacement)},
            }
            for e in finding.fix.edits
        ]
        entry["fixes"] = [
            {
                "description": {"text": f"{finding.fix.applicability} fix"},
                "artifactChanges": [{"artifactLocation": location, "replacements": replacements}],
            }
        ]
    return entry


def _related_locations(
    result: FileResult, finding: Finding, location: dict[str, str]
) -> list[dict[str, Any]]:
    """The other places the finding points at (SARIF 3.27.22), each with an id unique in the
    result (3.28.2) that a message may link to, and its own message."""
    return [
        {
            "id": number,
            "physicalLocation": {
                "artifactLocation": location,
                "region": _region(result, related.start, related.end),
            },
            "message": {"text": escape_undecodable(related.message)},
        }
        for number, related in enumerate(finding.related)
    ]


def write(
    results: Iterable[FileResult],
    out: TextIO,
    *,
    rules: Mapping[str, Rule] | None = None,
    root: Path | None = None,
    file_errors: Callable[[], Sequence[FileError]] = list,
    **_: Any,
) -> None:
    """One SARIF log, results written as they come; the rules they used follow them (JSON members
    have no order), so memory does not grow with the findings. `file_errors`: the files not
    checked or not fixed, asked once the results are read."""
    rules = {} if rules is None else rules  # filled while results stream: keep the same dict
    root = Path.cwd() if root is None else root
    descriptors: list[dict[str, Any]] = []
    index_of: dict[str, int] = {}
    head = {"$schema": SCHEMA, "version": "2.1.0"}
    out.write(json.dumps(head)[:-1] + ', "runs": [{\n')
    bases = {ROOT_ID: {"uri": _root_uri(root)}}
    out.write(
        f'  "columnKind": "unicodeCodePoints",\n  "originalUriBaseIds": {json.dumps(bases)},\n'
    )
    out.write('  "results": [')
    separator = "\n    "
    unfinished: list[dict[str, Any]] = []
    for result in results:
        seen: Counter[str] = Counter()
        for finding in result.findings:
            if finding.rule == UNFINISHED_RULE:
                unfinished.append(_notification(result, finding, root))
            if finding.rule not in index_of:
                index_of[finding.rule] = len(descriptors)
                descriptors.append(_descriptor(finding.rule, rules))
            entry = _result(result, finding, index_of[finding.rule], root, seen)
            out.write(separator + json.dumps(entry, ensure_ascii=False))
            separator = ",\n    "
    driver = {"name": "newslint", "version": __version__, "informationUri": INFORMATION_URI,
              "rules": descriptors}  # fmt: skip
    tool = json.dumps({"driver": driver}, ensure_ascii=False, indent=2).replace("\n", "\n  ")
    # A run in which a rule could not finish did not run to completion (SARIF 3.20.14); one
    # that could not check or fix a file ended with exit 2, a failure (3.20.14, appendix I).
    failed = [_failure(error, root) for error in file_errors()]
    notifications = unfinished + failed
    invocation = {
        "executionSuccessful": not notifications,
        "toolExecutionNotifications": notifications,
    }
    invocations = json.dumps([invocation], ensure_ascii=False)
    out.write(f'\n  ],\n  "invocations": {invocations},\n  "tool": {tool}\n}}]}}\n')


def _notification(result: FileResult, finding: Finding, root: Path) -> dict[str, Any]:
    """What the run could not do, as a notification of its invocation (SARIF 3.58)."""
    return {
        "level": "warning",
        "message": {"text": escape_undecodable(finding.message)},
        "locations": [
            {"physicalLocation": {"artifactLocation": artifact_location(result.path, root)}}
        ],
        "descriptor": {"id": finding.rule},
    }


def _failure(error: FileError, root: Path) -> dict[str, Any]:
    """A file not checked or not fixed, as an error-level notification (SARIF 3.58): a consumer
    then knows the results may be incomplete (appendix I)."""
    return {
        "level": "error",
        "message": {"text": escape_undecodable(error.message)},
        "locations": [
            {"physicalLocation": {"artifactLocation": artifact_location(error.path, root)}}
        ],
        "descriptor": {"id": f"newslint.{error.kind}"},
    }
