"""Checks passed over on a page that cannot hold their findings (issue 15: `scan`'s cost per
document): a whole-page test first, shown by counted calls, never times, and the same findings
with and without it."""

from __future__ import annotations

from itertools import combinations
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint import name_forms
from newslint.checks import full_names, name_variants
from newslint.document import Document
from newslint.engine import Linter
from newslint.gate import Gate
from newslint.lexicon import Vocabulary, zipf
from newslint.linters import load_rules
from newslint.romanisation import initial_folded, pairs_within, romanisation_key, sound_key

from .conftest import examples

PROSE = (
    "The harbour board met on Tuesday and agreed to open a second ferry route to the islands."
    " “We have waited long enough,” said Mara Quellin, who chairs the board; the council’s"
    " budget of €4 million — set in March — pays for it."
)
# One page per detector of the `encoding` kind, each with the damage it reports.
DAMAGED = {
    "encoding.mojibake": "The minister said the caf\u00c3\u00a9 would reopen.",
    "encoding.html-entity": "The board&#8217;s chair and the mayor&amp;council met.",
    "encoding.escape-sequence": "The minister said she didn\\u2019t agree with the plan.",
    "encoding.c1-control": "The minister\x92s office said \x93no comment\x94 today.",
    "encoding.mixed-script": "The \u0441ouncil met the mayor on Tuesday.",
}


def _encoding_rules() -> list[Any]:
    return [r for r in load_rules() if r.kind == "encoding"]


def test_every_encoding_check_is_gated_shut_on_clean_prose() -> None:
    linter = Linter(_encoding_rules(), vocabulary=Vocabulary())
    opened = Gate(linter.checks).open_parts(PROSE)
    assert linter.checks
    for check in linter.checks:
        # main: no encoding check offered a gate, so each ran on every page
        assert opened.get(id(check)) == {}, check.rule.id


@pytest.mark.parametrize("rule_id", sorted(DAMAGED))
def test_an_encoding_check_opens_on_its_damage_and_finds_what_it_found_ungated(
    rule_id: str,
) -> None:
    rules = _encoding_rules()
    gated = Linter(rules, vocabulary=Vocabulary(), gate_after=0)
    ungated = Linter(rules, vocabulary=Vocabulary(), gated=False)
    for text in (DAMAGED[rule_id], PROSE, *DAMAGED.values()):
        assert gated.lint(Document(text)) == ungated.lint(Document(text))
    assert rule_id in {f.rule for f in gated.lint(Document(DAMAGED[rule_id]))}


def test_no_window_of_a_long_name_is_built_without_a_word_in_two_forms(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[object] = []
    original = name_forms._pairs

    def counted(forms: Any) -> Any:
        calls.append(forms)
        return original(forms)

    monkeypatch.setattr(name_forms, "_pairs", counted)
    same = "The Harbour Board Chair spoke. Later the Harbour Board Chair left the Town Hall Annex."
    assert list(name_forms.name_form_variants(same)) == []
    assert calls == []  # main: every window of every run was keyed and its forms paired
    two = "The Shenzhen State Enterprise Company and the Shenzhen State Enterprises Company."
    assert [v.name for v in name_forms.name_form_variants(two)]
    assert calls


class _CountedPattern:
    def __init__(self, pattern: Any, calls: list[str]) -> None:
        self.pattern, self.calls = pattern, calls

    def finditer(self, *args: Any) -> Any:
        self.calls.append("finditer")
        return self.pattern.finditer(*args)

    def findall(self, *args: Any) -> Any:
        self.calls.append("findall")
        return self.pattern.findall(*args)


def test_full_names_are_weighed_only_on_a_page_with_two_spellings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(full_names, "_NAME_WORD", _CountedPattern(full_names._NAME_WORD, calls))
    two_people = "Mara Quellin met Tomas Brindle. Mara Quellin said Tomas Brindle agreed."
    assert list(full_names.full_name_respellings(two_people, zipf)) == []
    assert calls == []  # main: every capitalised word was counted on every page
    respelled = "Ole Friedrob Sverd spoke first. Later Ole Frederub Severut said he agreed."
    assert list(full_names.full_name_respellings(respelled, zipf))
    assert len(calls) == 1


def test_glued_mentions_are_counted_only_on_a_page_with_a_pair(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    linter = Linter(
        [r for r in load_rules() if r.id == "consistency.name-spelling"], vocabulary=Vocabulary()
    )
    calls: list[str] = []
    original = name_variants._glued_mentions

    def counted(text: str, counts: Any) -> Any:
        calls.append(text)
        return original(text, counts)

    monkeypatch.setattr(name_variants, "_glued_mentions", counted)
    assert linter.lint(Document("Mara Quellin met Tomas Brindle at the Harbour.")) == []
    assert calls == []  # main: counted on every page
    found = linter.lint(Document("Zelensky spoke. Zelensky left. Then Zelenskyy returned."))
    assert calls and [f.rule for f in found] == ["consistency.name-spelling"]


def _romanised_pairs_of_all_names(names: list[str]) -> list[tuple[str, str]]:
    """`_romanised_pairs` as main had it: every name keyed, not only those whose last words
    key alike."""
    pairs: set[tuple[str, str]] = set()
    for keyed in (lambda word: initial_folded(romanisation_key(word)), sound_key):
        by_key: dict[tuple[str, ...], list[str]] = {}
        for name in names:
            words = name.split(" ")
            for start in range(len(words) - 1):
                by_key.setdefault(tuple(keyed(w) for w in words[start:]), []).append(name)
        pairs.update(pairs_within(by_key.values()))
    return sorted(pairs)


NAME_WORDS = (
    "Lee Yi Rhee Jae-myung Jae-myeong Jaemyung Park Pak Bak Kim Gim Jong-un Jong-eun Seok-yeol"
    " Seo-gyeol Yoon Yun Cheju Jeju Mara Quellin Quelin Tomas Thomas Brindle"
).split()


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(st.lists(st.sampled_from(NAME_WORDS), min_size=2, max_size=4), max_size=8))
def test_romanised_pairs_are_those_of_every_name_keyed(names: list[list[str]]) -> None:
    written = sorted({" ".join(words) for words in names})
    assert full_names._romanised_pairs(written) == _romanised_pairs_of_all_names(written)
    assert all(a != b for a, b in full_names._romanised_pairs(written))
    assert set(full_names._romanised_pairs(written)) <= set(combinations(written, 2))


def test_a_batch_is_gated_as_each_of_its_texts_is_alone() -> None:
    gate = Gate(Linter(load_rules(), ignore=["grammar"], vocabulary=Vocabulary()).checks)
    texts = [
        *DAMAGED.values(),
        PROSE,
        "",
        "A lone \ud800 surrogate in scraped copy.",
        (PROSE + "\n\n") * 120,  # long enough to be judged chunk by chunk
        "The  mayor said ,  and left … \u00c3\u00a9 &amp; World War Iii ended.",
    ]
    alone = [gate.open_parts(text) for text in texts]
    together = gate.open_parts_many(texts)
    assert together == alone
    for one, other in zip(together, alone, strict=True):  # the same order, part by part
        assert list(one) == list(other)
        assert all(list(one[key]) == list(other[key]) for key in one)
