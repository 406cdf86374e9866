"""What the OCR signal's judgement of a token costs: the patterns for capitals inside a word are
not tried on the words that cannot hold one, and they would not have matched there."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint import ocr_damage
from newslint.ocr_damage import damage_kind, strip_edges

from .conftest import examples

CAPITAL_PATTERNS = ("_MIXED_CASE", "_SHIFTED", "_INNER_CAPITAL", "_LOWER_AMONG_CAPITALS")


@settings(max_examples=examples(500), deadline=None)
@given(st.from_regex(r"[A-Za-z]{1,4}(?:['’][A-Za-z]{1,4})?[A-Za-z]{0,6}", fullmatch=True))
def test_no_capital_pattern_matches_a_word_it_is_not_tried_on(word: str) -> None:
    if not ocr_damage._capital_inside_impossible(word):
        return
    assert not ocr_damage._MIXED_CASE.search(word)
    assert not ocr_damage._SHIFTED.fullmatch(word)
    assert not ocr_damage._INNER_CAPITAL.fullmatch(word)
    assert not ocr_damage._LOWER_AMONG_CAPITALS.search(word)


class _Counted:
    def __init__(self, pattern: Any, calls: list[str]) -> None:
        self.pattern, self.calls = pattern, calls

    def __getattr__(self, name: str) -> Any:
        self.calls.append(name)
        return getattr(self.pattern, name)


@pytest.mark.parametrize("token", ["officials", "Minister", "said,", "don't", "a", "tliat"])
def test_a_word_without_inner_capitals_is_judged_without_the_capital_patterns(
    token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    kind = damage_kind(token, strip_edges(token))
    calls: list[str] = []
    for name in CAPITAL_PATTERNS:
        monkeypatch.setattr(ocr_damage, name, _Counted(getattr(ocr_damage, name), calls))
    assert damage_kind(token, strip_edges(token)) == kind
    assert calls == []


@pytest.mark.parametrize("token", ["SYstem", "cracK", "PoiSONING", "vostwJav", "tHe"])
def test_words_with_inner_capitals_are_still_judged_by_them(token: str) -> None:
    assert damage_kind(token, strip_edges(token)) in ("non-word", "shifted-capital")


@pytest.mark.parametrize("token", ["HIe", "WIe", "THr", "TVl", "HIh"])
def test_two_capitals_and_one_lower_case_letter_are_no_word(token: str) -> None:
    assert damage_kind(token, strip_edges(token)) == "non-word"


@pytest.mark.parametrize(
    "token",
    [
        *("MPs", "IDs", "GHz", "NOx", "MWh", "GPa", "MSc", "BEd", "IIb", "HCl", "KBr", "He", "TV"),
        *("MWe", "GWe", "MWt", "MWp", "GBq", "GBp"),
    ],
)
def test_initialism_plurals_units_and_formulas_keep_their_two_capitals(token: str) -> None:
    assert damage_kind(token, strip_edges(token)) is None


def test_the_signal_without_a_vocabulary_remembers_its_judgements(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The verdict asks `ocr_signal(text)` with the bare frequency function: each token is judged
    # once and remembered, as under a linter's vocabulary, not judged again in the next text.
    from newslint import signals
    from newslint.lexicon import NO_VOCABULARY, memo_of, zipf

    assert memo_of(zipf, "damage_kind") is NO_VOCABULARY.memo("damage_kind")
    judged: list[str] = []
    real = signals.damage_kind

    def counting(token: str, core: str, frequency: Any) -> str | None:
        judged.append(token)
        return real(token, core, frequency)  # type: ignore[no-any-return]

    monkeypatch.setattr(signals, "damage_kind", counting)
    signals.ocr_signal("The mayor said tliat the council would meet on Monday.")
    judged.clear()
    signals.ocr_signal("The mayor said tliat the council would meet on Tuesday.")
    assert "tliat" not in judged and "mayor" not in judged
