"""The `real-word-misread` kind (`ocr.real-word-misread`) with a stand-in engine whose preferences
the test sets: which words of a scanned page are asked about, which verdicts become findings,
and that the finding suggests without fixing. Runs without the context model."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest

import newslint.checks.context_rule as context_rule
import newslint.checks.real_word_misread as real_word_misread
from newslint.config import Settings
from newslint.context.layout import Suspect, Verdict
from newslint.document import Document
from newslint.linters import Choices, build_linter, load_rules
from newslint.ocr_real_words import real_word_candidates
from newslint.rules import Rule

SCANNED = "Tbe men wcre ready, and tliat is tbe 2oth day. "
RULE_ID = "ocr.real-word-misread"


def rule(**options: object) -> Rule:
    builtin = next(r for r in load_rules() if r.id == RULE_ID)
    return Rule(
        id="test.real-word",
        kind="real-word-misread",
        severity="warning",
        message="{match} → {alternative}",
        options={**builtin.options, **options},
        examples=[],
        source="test",
    )


@dataclass
class StubEngine:
    """Prefers each alternative by `preference[alternative]` nats over the written word."""

    preference: dict[str, float]
    asked: list[Suspect] = field(default_factory=list)

    def judging_costs(self, text: str, suspects: Sequence[Suspect]) -> list[int]:
        return [1] * len(suspects)  # the rule's budget never binds here (test_context_budget)

    def judge(self, text: str, suspects: Sequence[Suspect], gate: float) -> list[Verdict]:
        self.asked += suspects
        return [
            Verdict(s, -10.0, tuple(-10.0 + self.preference.get(a, -1.0) for a in s.alternatives))
            for s in suspects
        ]


@pytest.fixture
def stub(monkeypatch: pytest.MonkeyPatch) -> StubEngine:
    engine = StubEngine({"went": 9.0, "sent": 3.0, "its": 4.0})
    monkeypatch.setattr(context_rule, "context_engine", lambda rule: engine)
    return engine


def run(text: str, **options: object) -> list:
    check = real_word_misread.compile(rule(**options))
    return list(check.run(Document(text)))


def test_a_word_the_model_reads_better_as_a_neighbour_is_reported_with_suggestions_only(
    stub: StubEngine,
) -> None:
    text = SCANNED + "After the meeting the members bent home to their families."
    (found,) = run(text)
    assert text[found.start : found.end] == "bent"
    assert found.message == "bent → went"
    assert found.suggestions[:2] == ("went", "sent")  # the model's order, only those it prefers
    assert found.fix is None  # the best reading is often not the printed word: never fixed
    assert "bent" in {text[s.start : s.end] for s in stub.asked}


def test_a_preference_below_the_margin_is_not_reported(stub: StubEngine) -> None:
    text = SCANNED + "After the meeting the members bent home to their families."
    assert run(text, margin=10.0) == []
    assert run(text, margin=8.5) != []


def test_born_digital_copy_is_never_asked(stub: StubEngine) -> None:
    assert run("After the meeting the members bent home to their families.") == []
    assert stub.asked == []


def test_capitals_contraction_pieces_and_common_words_are_not_asked(stub: StubEngine) -> None:
    text = SCANNED + "Bent said the mayor isn't sure; the members went home."
    run(text)
    asked = {text[s.start : s.end] for s in stub.asked}
    assert not asked & {"Bent", "isn", "t", "went", "the"}


def test_the_gain_prefilter_is_the_rules_option(stub: StubEngine) -> None:
    text = SCANNED + "After the meeting the members bent home to their families."
    run(text, min_gain=9.0)
    assert stub.asked == []


def test_candidates_undo_a_glyph_confusion_and_find_commoner_neighbours() -> None:
    from newslint.lexicon import zipf

    candidates, gain = real_word_candidates("bent", zipf)
    assert "went" in candidates and gain > 1.0
    one_way, _ = real_word_candidates("modem", zipf)
    both_ways, _ = real_word_candidates("modem", zipf, both_ways=True)
    assert "modern" not in one_way and "modern" in both_ways  # m read where rn was printed
    assert real_word_candidates("the", zipf)[1] <= 0.0  # nothing commoner to have been meant


def test_the_rule_runs_only_with_context() -> None:
    def enabled(context: bool | None) -> bool:
        linter = build_linter(Settings(), Choices(context=context))
        return any(r.id == RULE_ID for r in linter.rules)

    assert not enabled(None)
    assert enabled(True)
