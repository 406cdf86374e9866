"""The linter sorts out which checks read a markup once, not for every document it lints; a check
dropped because its engine cannot start is not run again."""

from __future__ import annotations

from collections.abc import Iterable

from newslint.checks import Check
from newslint.document import Document
from newslint.engine import Linter
from newslint.errors import BackendUnavailable
from newslint.finding import Finding
from newslint.rules import Rule


class CountedMarkups(tuple[str, ...]):
    """A rule's markups that count how often they are asked about."""

    asked = 0

    def __contains__(self, markup: object) -> bool:
        CountedMarkups.asked += 1
        return super().__contains__(markup)


class Counting(Check):
    def __init__(self, rule: Rule, fails: bool = False):
        super().__init__(rule)
        self.runs = 0
        self.fails = fails

    def run(self, doc: Document) -> Iterable[Finding]:
        self.runs += 1
        if self.fails:
            raise BackendUnavailable("the test engine is not installed")
        return []


def _rule(rule_id: str, markups: tuple[str, ...]) -> Rule:
    return Rule(rule_id, "pattern", "warning", "m", {}, [], "<test>", markups=markups)


def _linter(*checks: Check) -> Linter:
    linter = Linter([], warn=lambda message: None)
    linter.checks = list(checks)
    return linter


def test_which_checks_read_a_markup_is_asked_once_per_rule_not_per_document():
    plain = Counting(_rule("unit.plain", CountedMarkups(("plain",))))
    markdown = Counting(_rule("unit.markdown", CountedMarkups(("markdown",))))
    linter = _linter(plain, markdown)
    CountedMarkups.asked = 0
    for n in range(20):
        linter.lint(Document(f"Plain copy number {n}."))
        linter.lint(Document(f"# Heading {n}\n\nMarkdown copy.", markup="markdown"))
    assert (plain.runs, markdown.runs) == (20, 20)
    assert CountedMarkups.asked <= 2 * 2  # each rule, once for each markup (main: 80)


def test_a_check_whose_engine_cannot_start_is_dropped_for_the_next_documents():
    broken = Counting(_rule("unit.broken", ("plain",)), fails=True)
    working = Counting(_rule("unit.working", ("plain",)))
    linter = _linter(broken, working)
    for n in range(3):
        linter.lint(Document(f"Plain copy number {n}."))
    assert (broken.runs, working.runs) == (1, 3)
    assert linter.checks == [working]
