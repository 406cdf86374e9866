"""How far each of the furniture rule's reasons carries beyond the sites it was written on: per
reason, its findings on furniture labels, on other labels and on no label, and on how many sites
(domains) its label hits fall; then the furniture labels the rule set catches only through reasons
seen on one or two sites of the half (what reading those pages taught, not what generalises).

    python benchmarks/furniture_reasons.py [--corpus ../shared/corpus] [--half dev|test]
                                           [--model on|off|no-tokens]

Counts and reason names only: no page text is printed, so the test half can be described at the
end of a change without being read (tune on dev). `--model off` runs the rule with its shape
model off (`weights` empty), `no-tokens` with the model but no learned token weights
(`page_tokens` empty): the labels each adds to the rule set show what the learned part is worth.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex
from _corpus import DEFAULT_CORPUS, overlaps, require_corpus
from real import half_of, load_records

from newslint.document import Document
from newslint.engine import Linter
from newslint.finding import Finding
from newslint.linters import load_rules
from newslint.rules import Rule

RULE = "scrape.furniture-block"
# the rule's message is "Not article text ({reason}): “{line}”"
REASON = regex.compile(r"Not article text \((.*?)\): ")
FEW_SITES = 2
MODEL_OPTIONS: dict[str, dict[str, Any]] = {
    "on": {},
    "off": {"weights": {}},
    "no-tokens": {"page_tokens": {}},
}


@dataclass
class ReasonTally:
    furniture: int = 0
    other: int = 0
    unlabelled: int = 0
    sites: set[str] = field(default_factory=set)


@dataclass
class Survey:
    reasons: defaultdict[str, ReasonTally] = field(default_factory=lambda: defaultdict(ReasonTally))
    # each caught furniture label (page id, label index) and what caught it: a rule id, or
    # "reason:<reason>" for the furniture rule
    catchers: dict[tuple[str, int], set[str]] = field(default_factory=dict)
    labels: int = 0


def reason_of(finding: Finding) -> str:
    match = REASON.match(finding.message)
    return match.group(1) if match else "(glued or other)"


def survey_page(linter: Linter, record: dict[str, Any], survey: Survey) -> None:
    labels = record["labels"]
    findings = linter.lint(Document.from_raw(record["excerpt"]))
    for finding in findings:
        if finding.rule != RULE:
            continue
        touched = [
            x for x in labels if overlaps(finding.start, finding.end, x["start"], x["end"], 0)
        ]
        tally = survey.reasons[reason_of(finding)]
        if not touched:
            tally.unlabelled += 1
        elif any(x["family"] == "furniture" for x in touched):
            tally.furniture += 1
            tally.sites.add(str(record["domain"]))
        else:
            tally.other += 1
    for index, label in enumerate(labels):
        if label["family"] != "furniture":
            continue
        survey.labels += 1
        hits = {
            f"reason:{reason_of(f)}" if f.rule == RULE else f.rule
            for f in findings
            if overlaps(f.start, f.end, label["start"], label["end"], 0)
        }
        if hits:
            survey.catchers[record["id"], index] = hits


def few_site_reasons(survey: Survey) -> set[str]:
    return {
        f"reason:{name}"
        for name, tally in survey.reasons.items()
        if len(tally.sites) <= FEW_SITES and tally.furniture
    }


def print_survey(survey: Survey, half: str, pages: int) -> None:
    print(
        f"{half} half, {pages} pages: {survey.labels} furniture labels, {len(survey.catchers)} caught"
    )
    print(f"{'reason':64} {'furn':>5} {'other':>5} {'none':>5} {'sites':>5}")
    for name, tally in sorted(survey.reasons.items(), key=lambda kv: -kv[1].furniture):
        print(
            f"{name[:64]:64} {tally.furniture:5} {tally.other:5} {tally.unlabelled:5}"
            f" {len(tally.sites):5}"
        )
    few = few_site_reasons(survey)
    only_few = [hits for hits in survey.catchers.values() if hits <= few]
    only_rule = [
        hits for hits in survey.catchers.values() if all(h.startswith("reason:") for h in hits)
    ]
    print(
        f"caught only by the furniture rule: {len(only_rule)}; only by reasons whose label hits"
        f" fall on {FEW_SITES} sites or fewer: {len(only_few)} ({len(few)} such reasons)"
    )
    by_rule = Counter(
        h for hits in survey.catchers.values() for h in hits if not h.startswith("reason:")
    )
    print(
        "other rules touching furniture labels:",
        ", ".join(f"{r} {n}" for r, n in by_rule.most_common(8)),
    )


def with_model(rules: Iterable[Rule], model: str) -> list[Rule]:
    options = MODEL_OPTIONS[model]
    return [r.replaced(options={**r.options, **options}) if r.id == RULE else r for r in rules]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--half", choices=("dev", "test"), default="dev")
    parser.add_argument("--model", choices=tuple(MODEL_OPTIONS), default="on")
    args = parser.parse_args(argv)
    require_corpus(args.corpus, "real")
    linter = Linter(with_model(load_rules(), args.model), ignore=["grammar"])
    survey = Survey()
    pages = [r for r in load_records(args.corpus) if half_of(r["domain"]) == args.half]
    for record in pages:
        survey_page(linter, record, survey)
    print_survey(survey, args.half, len(pages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
