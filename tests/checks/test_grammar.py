"""`grammar`: an engine's matches as findings, filtered by the news profile the rule lists."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newslint.checks.grammar import GrammarCheck
from newslint.document import Document
from newslint.grammar import BackendUnavailable, GrammarMatch
from newslint.lexicon import Vocabulary
from newslint.linters import load_rules

from .helpers import make_check


def harper_rule_options() -> dict[str, object]:
    (rule,) = [r for r in load_rules() if r.id == "grammar.harper"]
    return rule.options


def test_the_news_profile_lists_come_from_the_rule() -> None:
    options = harper_rule_options()
    assert "MassNouns" in options["news_off"] and "Style" in options["news_off_kinds"]
    check = make_check("grammar", backend="harper", news_off=["AnA"], news_off_kinds=["Style"])
    assert isinstance(check, GrammarCheck)
    settings = check._settings()
    assert (settings["news_off"], settings["news_off_kinds"]) == (("AnA",), ("Style",))


def test_an_engine_rule_added_to_news_off_is_left_out() -> None:
    text = "This is an test of the system."
    try:
        reported = make_check("grammar", backend="harper")
        found = list(reported.run(Document(text)))
    except BackendUnavailable as exc:
        pytest.skip(f"Harper unavailable: {exc}")
    assert [f.rule for f in found] == ["unit.grammar.AnA"]
    quiet = make_check("grammar", backend="harper", news_off=["AnA"])
    assert list(quiet.run(Document(text))) == []
    # The lists are the news profile's: the whole engine reports everything.
    everything = make_check("grammar", backend="harper", profile="all", news_off=["AnA"])
    assert [f.rule for f in everything.run(Document(text))] == ["unit.grammar.AnA"]


class OneMatch:
    """A backend that reports one spelling match over the first word."""

    name = "fake"

    def __init__(self, word: str):
        self.word = word

    def check(
        self, text: str, keep: Callable[[GrammarMatch], bool] | None = None
    ) -> list[GrammarMatch]:
        end = len(self.word)
        match = GrammarMatch(0, end, "SpellCheck", "Spelling", "odd", ("Word",), spelling=True)
        return [match] if keep is None or keep(match) else []


def test_a_spelling_the_vocabulary_accepts_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    import newslint.checks.grammar as grammar_kind

    monkeypatch.setattr(grammar_kind, "get_backend", lambda name, **settings: OneMatch("Xue"))
    text = "Xue spoke."
    plain = make_check("grammar", backend="harper")
    assert [(f.rule, f.start, f.end) for f in plain.run(Document(text))] == [
        ("unit.grammar.SpellCheck", 0, 3)
    ]
    accepting = make_check("grammar", Vocabulary.of(["Xue"]), backend="harper")
    assert list(accepting.run(Document(text))) == []


def test_an_accepted_spelling_hides_no_overlapping_finding() -> None:
    """Harper reports "teh" twice, as a misspelling and as a slip for "the"; one is chosen where
    findings overlap. The spelling match on a word the settings accept was dropped only after
    that choice, so the other finding went with it."""
    text = "They went to teh market."
    try:
        plain = make_check("grammar", backend="harper", profile="all")
        found = [(f.rule, text[f.start : f.end]) for f in plain.run(Document(text))]
    except BackendUnavailable as exc:
        pytest.skip(f"Harper unavailable: {exc}")
    assert found == [("unit.grammar.SpellCheck", "teh")]  # it hides the other at this span
    accepting = make_check("grammar", Vocabulary.of(["teh"]), backend="harper", profile="all")
    found = [(f.rule, text[f.start : f.end]) for f in accepting.run(Document(text))]
    assert found == [("unit.grammar.The", "teh")]
