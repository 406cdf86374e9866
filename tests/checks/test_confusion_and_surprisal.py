"""The `confusion` and `surprisal` kinds with a stand-in engine whose judgements the test sets:
what is asked of the model, which verdicts become findings, and which words are left alone."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pytest

import newslint.checks.confusion as confusion
import newslint.checks.context_rule as context_rule
import newslint.checks.surprisal as surprisal
from newslint.context.layout import Suspect, TokenScores, Verdict
from newslint.document import Document
from newslint.rules import Rule


def rule(kind: str, **options: object) -> Rule:
    module = confusion if kind == "confusion" else surprisal
    defaults = {key: option.default for key, option in module.OPTIONS.items()}
    return Rule(
        id=f"test.{kind}",
        kind=kind,
        severity="warning",
        message="{match} → {alternative}" if kind == "confusion" else "{match} ({excess})",
        options={**defaults, **options},
        examples=[],
        source="test",
    )


@dataclass
class StubEngine:
    """Prefers each alternative by `preference[alternative]` nats; records what it was asked."""

    preference: dict[str, float]
    asked: list[Suspect]
    scores: TokenScores | None = None
    together: list[list[int]] = field(default_factory=list)

    def judge(self, text: str, suspects: Sequence[Suspect], gate: float) -> list[Verdict]:
        self.asked += suspects
        return [
            Verdict(
                s, -10.0, tuple(-10.0 + self.preference.get(a.lower(), 0.0) for a in s.alternatives)
            )
            for s in suspects
        ]

    def judge_together(
        self, text: str, requests: Sequence[tuple[Sequence[Suspect], float]]
    ) -> list[list[Verdict]]:
        self.together.append([len(suspects) for suspects, _ in requests])
        return [self.judge(text, suspects, gate) for suspects, gate in requests]

    def token_scores(self, text: str) -> TokenScores:
        assert self.scores is not None
        return self.scores


def run(check: object, text: str, markup: str = "plain") -> list:
    return list(check.run(Document.from_raw(text, "t", markup)))  # type: ignore[attr-defined]


@pytest.fixture
def stub(monkeypatch: pytest.MonkeyPatch) -> StubEngine:
    engine = StubEngine({"whether": 5.0, "secure": 1.0}, [])
    monkeypatch.setattr(context_rule, "context_engine", lambda rule: engine)
    monkeypatch.setattr(surprisal, "context_engine", lambda rule: engine)
    return engine


def test_an_alternative_the_model_prefers_by_the_margin_is_suggested(stub: StubEngine) -> None:
    check = confusion.compile(rule("confusion", pairs={"weather": ["whether"]}, margin=2.0))
    (found,) = run(check, "They asked Weather the vote would go ahead on Monday.")
    assert (found.start, found.end) == (11, 18)
    assert found.fix.applicability == "unsafe" and found.fix.edits[0].replacement == "Whether"
    assert found.message == "Weather → Whether"
    assert stub.asked[0].right == " the vote would go ahead"  # five words, from the word's end


def test_a_preference_below_the_margin_is_silent(stub: StubEngine) -> None:
    check = confusion.compile(rule("confusion", pairs={"safe": ["secure"]}, margin=2.0))
    assert run(check, "The radios were safe.") == []
    assert len(stub.asked) == 1


def test_only_whole_words_outside_markup_are_asked(stub: StubEngine) -> None:
    check = confusion.compile(rule("confusion", pairs={"safe": ["secure"]}))
    run(check, "Unsafe, safely, safe-haven. `safe` in code.\n\nA safe bet.", "markdown")
    assert [s.start for s in stub.asked] == [47]


def test_the_comparison_never_reaches_into_the_next_paragraph(stub: StubEngine) -> None:
    check = confusion.compile(rule("confusion", pairs={"weather": ["whether"]}))
    run(check, "Nobody knew weather\n\nThe next paragraph starts here.")
    assert stub.asked[0].right == ""


def test_a_text_without_suspects_never_loads_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(rule: Rule) -> None:
        raise AssertionError("the engine was loaded")

    monkeypatch.setattr(context_rule, "context_engine", fail)
    check = confusion.compile(rule("confusion", pairs={"weather": ["whether"]}))
    assert run(check, "Nothing to judge in this sentence.") == []


def test_pairs_must_map_words_to_lists_of_words() -> None:
    from newslint.errors import RuleError

    with pytest.raises(RuleError, match="pairs"):
        confusion.compile(rule("confusion", pairs={"weather": [3]}))


def _scores(text: str, values: dict[str, float], context: int = 20) -> TokenScores:
    """One token per word, log-probability -1 unless `values` says otherwise."""
    import regex

    words = list(regex.finditer(r"\w+", text))
    return TokenScores(
        np.array([w.start() for w in words]),
        np.array([w.end() for w in words]),
        np.array([values.get(w.group(), -1.0) for w in words], dtype=np.float32),
        np.full(len(words), context, dtype=np.int32),
    )


def test_surprisal_reports_a_common_word_far_less_likely_than_usual(stub: StubEngine) -> None:
    text = "It told officials to the newspaper that the deal would close."
    # "the" is among the commonest words (Zipf ~7.7, ~3 nats on its own): -12 is 9 nats beyond.
    stub.scores = _scores(text, {"the": -12.0})
    found = run(surprisal.compile(rule("surprisal", threshold=6.0)), text)
    assert {text[f.start : f.end] for f in found} == {"the"}
    assert all(f.fix is None for f in found)


def test_a_capitalised_word_is_expected_to_surprise_by_capital_nats_more(stub: StubEngine) -> None:
    text = "It told officials to The newspaper that the deal would close."
    # Both "The" and "the" are 9 nats beyond the folded frequency: the capitalised one is owed
    # `capital_nats` more (a name's or a title's word), so at 4 it stands 5 beyond, under 6.
    stub.scores = _scores(text, {"The": -12.0, "the": -12.0})
    found = run(surprisal.compile(rule("surprisal", threshold=6.0, capital_nats=4.0)), text)
    assert [text[f.start : f.end] for f in found] == ["the"]
    found = run(surprisal.compile(rule("surprisal", threshold=6.0)), text)
    assert [text[f.start : f.end] for f in found] == ["The", "the"]


def test_a_page_read_as_scanned_is_judged_by_the_scanned_bar(
    stub: StubEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a scanned page a misread capitalised word is as likely as any: `scanned_capital_nats`
    and `scanned_threshold` replace the calibration made against clean copy's names there, and
    only there."""
    text = "It told officials to The newspaper that the deal would close."
    stub.scores = _scores(text, {"The": -12.0, "the": -11.0})
    hybrid = rule(
        "surprisal", threshold=6.0, capital_nats=4.0, scanned_threshold=5.0, scanned_capital_nats=0
    )
    scanned = {"value": False}

    class Signal:
        def looks_scanned(self, *gate: object) -> bool:
            return scanned["value"]

    monkeypatch.setattr(surprisal, "ocr_signal", lambda text, zipf: Signal())
    # Unscanned: "The" stands about 9 nats beyond its folded frequency, less the 4 a capital is
    # owed: about 5, under 6; "the", about 8 beyond, is reported.
    assert [text[f.start : f.end] for f in run(surprisal.compile(hybrid), text)] == ["the"]
    scanned["value"] = True
    found = run(surprisal.compile(hybrid), text)
    assert [text[f.start : f.end] for f in found] == ["The", "the"]


def test_without_scanned_keys_the_ocr_gate_is_never_asked(
    stub: StubEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(text: str, zipf: object) -> None:
        raise AssertionError("the OCR gate was asked by a rule with no scanned bar")

    monkeypatch.setattr(surprisal, "ocr_signal", refuse)
    text = "It told officials to the newspaper that the deal would close."
    stub.scores = _scores(text, {"the": -12.0})
    assert run(surprisal.compile(rule("surprisal", threshold=6.0)), text)


def test_surprisal_leaves_rare_words_and_words_without_context_alone(stub: StubEngine) -> None:
    text = "Zelenskyy met the envoy."
    stub.scores = _scores(text, {"Zelenskyy": -30.0, "the": -12.0}, context=3)
    assert run(surprisal.compile(rule("surprisal", threshold=6.0)), text) == []


def test_a_run_of_mildly_surprising_words_is_one_finding_over_the_run(stub: StubEngine) -> None:
    text = "It told officials to the newspaper that the deal would close."
    # "to", "that" and both "the" are ~3 nats beyond their usual surprisal: under the single-word
    # threshold, over the run member's.
    stub.scores = _scores(text, {"to": -7.0, "the": -6.0, "that": -7.5})
    runs = rule("surprisal", threshold=6.0, cluster_size=3, cluster_threshold=2.0)
    (found,) = run(surprisal.compile(runs), text)
    assert text[found.start : found.end] == "to the newspaper that the"
    # Four such words are not a run of five; nor is a run whose words are further apart than the gap.
    assert (
        run(surprisal.compile(runs.replaced(options={**runs.options, "cluster_size": 5})), text)
        == []
    )
    apart = runs.replaced(options={**runs.options, "cluster_gap": 5})
    assert run(surprisal.compile(apart), text) == []
    # Off by default: the same scores give nothing.
    assert run(surprisal.compile(rule("surprisal", threshold=6.0)), text) == []


def test_an_agreement_swap_is_asked_only_where_the_subject_disagrees(stub: StubEngine) -> None:
    from newslint.vale.tagger import Tagger, TaggerUnavailable

    try:
        Tagger.installed()
    except TaggerUnavailable as exc:
        pytest.skip(str(exc))
    check = confusion.compile(
        rule("confusion", pairs={}, agreement={"is": "are", "has": "have", "was": "were"})
    )
    run(check, "Residents is angry. The mayor is angry. Watching the crowds here today is proof.")
    assert [(s.start, s.alternatives) for s in stub.asked] == [(10, ("are",))]
    stub.asked.clear()
    run(check, "“The members has voted,” he said, and have their say.")
    assert [s.alternatives for s in stub.asked] == [("have",)]
    stub.asked.clear()
    run(check, "If the mayor were able to vote, the council members were not.")
    assert stub.asked == []


def test_a_swap_makes_each_word_a_suspect_for_the_other(stub: StubEngine) -> None:
    check = confusion.compile(rule("confusion", pairs={}, swaps={"China": "Chinese"}))
    run(check, "Ties between Chinese and China grew.")
    assert [s.alternatives for s in stub.asked] == [("China",), ("Chinese",)]


def test_the_linter_judges_every_context_rule_together_before_they_run(
    stub: StubEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newslint.engine import Linter

    monkeypatch.setattr(context_rule, "context_engine", lambda rule: stub)
    rules = [
        rule("confusion", pairs={"weather": ["whether"]}).replaced(id="test.one"),
        rule("confusion", pairs={"safe": ["secure"], "dull": ["blunt"]}).replaced(id="test.two"),
    ]
    text = "We asked weather the safe radios and the dull knives were there."
    found = Linter(rules).lint(Document(text))
    assert stub.together == [[1, 2]]  # one request per rule, judged in one call
    assert [f.rule for f in found] == ["test.one"]  # the findings are each rule's own


@dataclass
class SamplingStub:
    """Records which spans a budgeted pass offers, in order, and scores nothing."""

    offered: list[tuple[int, int]] = field(default_factory=list)
    budget: int = 0

    def sampled_scores(
        self, text: str, ranked: Sequence[tuple[int, int]], budget: int, lead: int
    ) -> TokenScores:
        self.offered, self.budget = list(ranked), budget
        empty = np.zeros(0)
        return TokenScores(empty, empty, empty, np.zeros(0, dtype=np.int32))

    def token_scores(self, text: str) -> TokenScores:
        raise AssertionError("a budgeted rule read the whole document")


def test_a_budgeted_surprisal_rule_offers_the_longest_sentences_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    engine = SamplingStub()
    monkeypatch.setattr(surprisal, "context_engine", lambda rule: engine)
    text = "Short one. The longest sentence of all has the most words in it. A middle one here."
    run(surprisal.compile(rule("surprisal", budget=40)), text)
    assert [text[a:b] for a, b in engine.offered] == [
        "The longest sentence of all has the most words in it.",
        "A middle one here.",
        "Short one.",
    ]
    assert engine.budget == 40


def test_a_budgeted_rule_reads_the_sentences_at_its_own_thresholds(stub: StubEngine) -> None:
    sampled = surprisal.compile(
        rule("surprisal", budget=40, threshold=6.0, sampled_threshold=4.0, cluster_threshold=2.0)
    )
    whole = surprisal.compile(rule("surprisal", threshold=6.0, sampled_threshold=4.0))
    assert (sampled.bar.threshold, sampled.bar.cluster_threshold) == (4.0, 2.0)
    assert whole.bar.threshold == 6.0


def test_a_garbled_text_run_never_takes_the_place_of_the_findings_inside_it(
    stub: StubEngine,
) -> None:
    """A run of surprising words is a hint over a stretch: the OCR rules' word findings inside
    it stay (on the real pages' dev half, --context lost 80 findings under such runs: 27
    ocr.non-word, 22 furniture blocks), and the run is reported beside them."""
    from newslint.engine import Linter
    from newslint.linters import load_rules

    text = "Tbe men wcre ready, and tliat is tbe 2oth day when tho council met at last."
    stub.scores = _scores(text, {w: -14.0 for w in ("men", "ready", "and", "is", "day", "when")})
    ocr = [r for r in load_rules() if r.id.startswith("ocr.") and r.enabled]
    alone = {(f.rule, f.start) for f in Linter(ocr).lint(Document(text))}
    runs = rule("surprisal", threshold=6.0, cluster_size=3, cluster_threshold=2.0)
    found = Linter([*ocr, runs]).lint(Document(text))
    assert alone and alone <= {(f.rule, f.start) for f in found}
    assert any(f.rule == "test.surprisal" and f.end - f.start > 20 for f in found)
