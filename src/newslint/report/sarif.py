"""`--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF consumers."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import PurePath
from typing import Any, TextIO

from newslint import __version__
from newslint.finding import FileResult, Finding
from newslint.report import span_position
from newslint.rules import Rule

LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/newslint/"


def _uri(path: str) -> str:
    return PurePath(path).as_posix().removeprefix("./")


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
    help_text = (rule.description or rule.message) if rule else rule_id
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


def _result(result: FileResult, finding: Finding, index: int) -> dict[str, Any]:
    uri = _uri(result.path)
    entry: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": uri},
                    "region": _region(result, finding.start, finding.end),
                }
            }
        ],
        "partialFingerprints": {
            "newslintContext/v1": f"{finding.rule}:{result.doc.text[finding.start : finding.end]}"
        },
    }
    if finding.fix:
        replacements = [
            {
                "deletedRegion": _region(result, e.start, e.end),
                "insertedContent": {"text": e.replacement},
            }
            for e in finding.fix.edits
        ]
        entry["fixes"] = [
            {
                "description": {"text": f"{finding.fix.applicability} fix"},
                "artifactChanges": [
                    {"artifactLocation": {"uri": uri}, "replacements": replacements}
                ],
            }
        ]
    return entry


def write(
    results: Iterable[FileResult], out: TextIO, *, rules: Mapping[str, Rule] | None = None, **_: Any
) -> None:
    rules = {} if rules is None else rules  # filled while results stream: keep the same dict
    descriptors: list[dict[str, Any]] = []
    index_of: dict[str, int] = {}
    sarif_results = []
    for result in results:
        for finding in result.findings:
            if finding.rule not in index_of:
                index_of[finding.rule] = len(descriptors)
                descriptors.append(_descriptor(finding.rule, rules))
            sarif_results.append(_result(result, finding, index_of[finding.rule]))
    run = {
        "tool": {
            "driver": {
                "name": "newslint",
                "version": __version__,
                "informationUri": INFORMATION_URI,
                "rules": descriptors,
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": sarif_results,
    }
    out.write(
        json.dumps(
            {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=2
        )
        + "\n"
    )
