"""The context rules' `budget` with a stand-in engine (no model): the suspects judged cost no more
than the budget, the most suspicious first, and a text where the budget stopped judging gets one
information-level notice at its start, through a rule's own run and through the linter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest

import newslint.checks.confusion as confusion
import newslint.checks.context_rule as context_rule
import newslint.checks.real_word_misread as real_word_misread
from newslint.context.layout import Suspect, Verdict
from newslint.document import Document
from newslint.engine import Linter
from newslint.finding import UNFINISHED_RULE, Finding
from newslint.linters import load_rules
from newslint.rules import Rule

SCANNED = "Tbe men wcre ready, and tliat is tbe 2oth day. "
MISREAD = (
    SCANNED + "The members bent home. The old farmer said ins mind was made up and tea men left."
)


@dataclass
class CostingStub:
    """Each suspect costs `cost` tokens; every alternative reads 9 nats better than the word."""

    cost: int = 100
    asked: list[Suspect] = field(default_factory=list)
    costed: int = 0

    def judging_costs(self, text: str, suspects: Sequence[Suspect]) -> list[int]:
        self.costed += len(suspects)
        return [self.cost] * len(suspects)

    def judge(self, text: str, suspects: Sequence[Suspect], gate: float) -> list[Verdict]:
        self.asked += suspects
        return [Verdict(s, -10.0, tuple(-1.0 for _ in s.alternatives)) for s in suspects]

    def judge_together(
        self, text: str, requests: Sequence[tuple[Sequence[Suspect], float]]
    ) -> list[list[Verdict]]:
        return [self.judge(text, suspects, gate) for suspects, gate in requests]


@pytest.fixture
def stub(monkeypatch: pytest.MonkeyPatch) -> CostingStub:
    engine = CostingStub()
    monkeypatch.setattr(context_rule, "context_engine", lambda rule: engine)
    return engine


def builtin(rule_id: str, **options: object) -> Rule:
    rule = next(r for r in load_rules() if r.id == rule_id)
    return rule.replaced(enabled=True, options={**rule.options, **options})


def misread_check(budget: int) -> real_word_misread.RealWordMisreadCheck:
    return real_word_misread.compile(builtin("ocr.real-word-misread", budget=budget))


def notices(found: Sequence[Finding]) -> list[Finding]:
    return [f for f in found if f.rule == UNFINISHED_RULE]


def test_without_a_budget_every_suspect_is_judged_and_nothing_is_costed(stub: CostingStub) -> None:
    found = list(misread_check(0).run(Document(MISREAD)))
    assert len(stub.asked) >= 3 and stub.costed == 0
    assert notices(found) == []


def test_the_budget_holds_and_the_most_suspicious_are_judged_first(stub: CostingStub) -> None:
    check = misread_check(0)
    everyone = list(check._suspects(Document(MISREAD)))
    gains = {s: check._suspicion(s) for s in everyone}
    stub.asked.clear()

    found = list(misread_check(250).run(Document(MISREAD)))
    assert len(stub.asked) == 2  # 2 x 100 tokens fit in 250, a third would not
    assert sorted(gains[s] for s in stub.asked) == sorted(gains.values())[-2:]
    assert [s.start for s in stub.asked] == sorted(s.start for s in stub.asked)  # text order
    (notice,) = notices(found)
    assert (notice.start, notice.end, notice.severity) == (0, 0, "info")
    left = len(everyone) - 2
    assert f"judged 2 of its {len(everyone)} suspect words" in notice.message
    assert "the likeliest misreadings first" in notice.message
    assert f"the other {left} are missing" in notice.message
    assert (
        "ocr.real-word-misread" in notice.message and "budget of 250 model tokens" in notice.message
    )
    # The judged suspects' own findings are still reported beside the notice.
    assert len(found) == 3


def test_a_budget_smaller_than_one_suspect_judges_none_and_says_so(stub: CostingStub) -> None:
    found = list(misread_check(50).run(Document(MISREAD)))
    assert stub.asked == []
    (notice,) = found
    assert notice.rule == UNFINISHED_RULE and "judged 0 of its" in notice.message


def test_a_budget_the_suspects_fit_in_gives_no_notice(stub: CostingStub) -> None:
    found = list(misread_check(10_000).run(Document(MISREAD)))
    assert notices(found) == [] and len(found) == len(stub.asked) >= 3


def test_a_kind_that_knows_no_suspicion_judges_in_text_order(stub: CostingStub) -> None:
    rule = builtin("mt.wrong-word", pairs={"safe": ["secure"]}, budget=250, gate=0.0)
    check = confusion.compile(rule)
    text = "A safe bet. The safe radios. Safe roads. Safe hands."
    found = list(check.run(Document(text)))
    assert [s.start for s in stub.asked] == [2, 16]
    (notice,) = notices(found)
    assert "judged 2 of its 4 suspect words in this text, the first in the text" in notice.message


def test_the_linter_judges_within_the_budget_and_reports_the_notice(stub: CostingStub) -> None:
    """Through the linter (every context rule's suspects judged ahead, in one batch) the budget
    holds as in a rule's own run, and the notice survives the deferring and the policy."""
    linter = Linter([builtin("ocr.real-word-misread", budget=250)])
    found = linter.lint(Document(MISREAD))
    assert len(set(stub.asked)) == 2  # asked ahead for every rule, then again by the rule's run
    (notice,) = notices(found)
    assert notice.severity == "info" and notice.start == 0


def test_every_judging_rule_has_a_budget_in_its_yaml() -> None:
    """The whole --context path is bounded: each rule that judges suspects with the model has
    a budget, and mt.garbled reads a sample of fixed size unless asked for the whole text."""
    judged = {"confusion", "real-word-misread", "confirmed-grammar"}
    for rule in load_rules():
        if rule.kind in judged:
            assert int(rule.options.get("budget", 0)) > 0, rule.id
        if rule.kind == "surprisal":
            assert int(rule.options.get("budget", 0)) > 0, rule.id
