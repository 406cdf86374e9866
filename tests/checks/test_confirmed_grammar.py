"""`confirmed-grammar`: a noisy Harper rule kept only where the context model prefers its fix."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest

import newslint.checks.confirmed_grammar as confirmed_grammar
from newslint.context.layout import Suspect, Verdict
from newslint.document import Document
from newslint.errors import RuleError

from .helpers import make_check

TEXT = "The company said it's profits had doubled over the past year."


@dataclass
class PrefersFixBy:
    """A stand-in model: every correction scores `gain` nats above the text as written."""

    gain: float
    asked: list[Suspect] = field(default_factory=list)

    def judge(self, text: str, suspects: Sequence[Suspect], gate: float) -> list[Verdict]:
        self.asked += suspects
        return [Verdict(s, -10.0, (-10.0 + self.gain,)) for s in suspects]


def findings(monkeypatch: pytest.MonkeyPatch, gain: float) -> list[tuple[str, str, str]]:
    pytest.importorskip("harper")
    model = PrefersFixBy(gain)
    monkeypatch.setattr(confirmed_grammar, "context_engine", lambda rule: model)
    check = make_check("confirmed-grammar", rules=["ItsPossessive"])
    return [
        (f.rule, TEXT[f.start : f.end], f.fix.edits[0].replacement if f.fix else "")
        for f in check.run(Document(TEXT))
    ]


def test_a_correction_the_model_prefers_by_the_margin_is_reported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert findings(monkeypatch, 3.0) == [("unit.confirmed-grammar.ItsPossessive", "it's", "its")]


def test_a_correction_below_the_margin_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    assert findings(monkeypatch, 0.5) == []


def test_an_unknown_harper_rule_is_a_rule_error(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("harper")
    check = make_check("confirmed-grammar", rules=["NoSuchRule"])
    with pytest.raises(RuleError, match="unknown Harper rule"):
        list(check.run(Document(TEXT)))


def test_a_name_inside_a_sentence_is_never_rewritten(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("harper")
    model = PrefersFixBy(5.0)
    monkeypatch.setattr(confirmed_grammar, "context_engine", lambda rule: model)
    check = make_check("confirmed-grammar", rules=["MassNouns"])
    text = "The gymnast Simone Biles won again. She gave two advices to the younger gymnasts."
    found = [text[f.start : f.end] for f in check.run(Document(text))]
    assert "Biles" not in found and [text[s.start : s.end] for s in model.asked] == found
    assert found == ["advices"]


NOUN_PHRASE = {"unless_next_tag": ["NN", "NNS"], "looking_past": ["JJ", "CD", "CC"]}


def asked_with_conditions(
    monkeypatch: pytest.MonkeyPatch, text: str, conditions: dict[str, object]
) -> list[str]:
    pytest.importorskip("harper")
    from newslint.vale.tagger import Tagger, TaggerUnavailable

    try:
        Tagger.installed()
    except TaggerUnavailable as exc:
        pytest.skip(str(exc))
    model = PrefersFixBy(5.0)
    monkeypatch.setattr(confirmed_grammar, "context_engine", lambda rule: model)
    check = make_check("confirmed-grammar", rules=["TheirToTheyre"], conditions=conditions)
    list(check.run(Document(text)))
    return [text[s.start : s.end] for s in model.asked]


def test_a_lint_its_conditions_rule_out_is_never_judged(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "their" before its noun phrase, even past a number, is a possessive: the model is not
    asked; the same lint with no condition, or where no noun follows, is asked."""
    text = "They said their two countries had agreed."
    assert asked_with_conditions(monkeypatch, text, {}) == ["their"]
    assert asked_with_conditions(monkeypatch, text, {"TheirToTheyre": NOUN_PHRASE}) == []
    wrong = "The officials said their going to vote on Monday."
    assert asked_with_conditions(monkeypatch, wrong, {"TheirToTheyre": NOUN_PHRASE}) == ["their"]


def test_a_condition_for_a_rule_it_does_not_run_is_a_rule_error() -> None:
    with pytest.raises(RuleError, match="MassNouns"):
        make_check("confirmed-grammar", rules=["TheirToTheyre"], conditions={"MassNouns": {}})
    with pytest.raises(RuleError, match="tag lists"):
        make_check(
            "confirmed-grammar", rules=["TheirToTheyre"], conditions={"TheirToTheyre": {"x": []}}
        )
