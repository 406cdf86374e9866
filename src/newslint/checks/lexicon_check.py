"""The common part of the `lexicon` kind's detectors (one class each, chosen by `detect`): the
options every detector reads, and how a repair is reported."""

from __future__ import annotations

from newslint.checks import Check, finding, render
from newslint.checks.lexicon_tuning import Tuning
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.rules import Rule


class LexiconCheck(Check):
    """A detector judges every distinct token (or pair) once, then finds where the bad ones are.
    Word frequencies come from the linter's vocabulary: its accepted words count as common."""

    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.zipf = vocabulary.zipf
        self.min_zipf = float(rule.option("min_zipf"))
        self.tuning = Tuning.of(rule)

    def _report(self, start: int, end: int, found: str, fix: str, safe: bool = True) -> Finding:
        message = render(self.rule.message, match=found, fix=fix)
        applicability = self.rule.applicability if safe else "unsafe"
        return finding(
            self.rule, start, end, message, fix=fix, suggestions=[fix], applicability=applicability
        )
