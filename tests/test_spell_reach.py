"""`spell_reach`: words no common word is one edit from skip Harper's suggestion search (random
tokens cost 8 s of CPU per 100 KB in it), and the grammar findings stay the same."""

from __future__ import annotations

import random

import pytest

from newslint.grammar.harper_spell import Occurrences, blanked
from newslint.grammar.spell_reach import Neighbours, SpellReach

COMMON = ["receive", "government", "lot", "a", "strasse", "the", "report"]


def test_a_common_word_one_edit_away_is_found_each_way() -> None:
    near = Neighbours(COMMON).near
    for word in ("recieve", "receve", "receivee", "reseive", "governmnet", "reprt"):
        assert near(word), word  # transposed, dropped, added, replaced letters
    assert near("alot")  # "a lot": the list reads two tokens, both common
    assert near("lota") and near("alotx") is False
    # "straße" is looked up as "strasse": one edit from "strabe", two from its folded form.
    assert near("strabe")
    assert Neighbours(["strasse"]).near("strabe") and not Neighbours(["strassx"]).near("strabe")
    for word in ("xzqv", "qwrtpl", "governmxnxt"):
        assert not near(word), word


def test_a_word_is_kept_until_the_index_pays_for_itself() -> None:
    reach = SpellReach(index_after=2)
    # Never counted, always kept: a common word, one whose letters fold to others, another script.
    for word in ("report", "straße", "abc中文"):
        assert reach.may_be_reported(word)
    assert reach.may_be_reported("qwrtpl") and reach.may_be_reported("zxqvbn")
    assert not reach.may_be_reported("pqxwzt")  # the third unsure word: the index answers
    assert reach.may_be_reported("recieve")


def _random_tokens(rng: random.Random, count: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return " ".join("".join(rng.choices(letters, k=rng.randint(2, 10))) for _ in range(count))


def test_words_out_of_reach_are_blanked_with_the_others() -> None:
    rng = random.Random(61)
    text = "They did not recieve alot of it. " + _random_tokens(rng, 300) + "."
    words = blanked(text, Occurrences(text), SpellReach(index_after=0))
    assert len(words) == len(text) and "recieve" in words and "alot" in words
    kept = len(words.split()) - len("They did not recieve alot of it.".split())
    assert kept < 300 // 3  # most random tokens are nothing's slip


def _harper_pair() -> tuple[object, object]:
    pytest.importorskip("harper")
    from newslint.grammar.harper import HarperBackend

    reaching, asking_all = HarperBackend(), HarperBackend()
    reaching.reach = SpellReach(index_after=0)
    asking_all.reach = SpellReach(index_after=10**9)
    return reaching, asking_all


def test_the_findings_are_the_same_with_the_words_out_of_reach_blanked() -> None:
    reaching, asking_all = _harper_pair()
    rng = random.Random(7)
    slips = "recieve goverment happend redy teh wrold alot faild minster reprot".split()
    for _ in range(20):
        words = _random_tokens(rng, 40).split() + rng.sample(slips, 4)
        rng.shuffle(words)
        text = "They said " + " ".join(words) + " today."
        found = [(m.start, m.end, m.rule, m.replacements) for m in reaching.check(text)]  # type: ignore[attr-defined]
        assert found == [
            (m.start, m.end, m.rule, m.replacements)
            for m in asking_all.check(text)  # type: ignore[attr-defined]
        ]


@pytest.mark.slow  # 12 KB of random tokens through Harper without the index: ~3 s of CPU
def test_a_page_of_random_tokens_leaves_few_words_to_the_suggestion_search() -> None:
    reaching, asking_all = _harper_pair()
    rng = random.Random(15)
    cyrillic = "абвгдежзийклмнопрстуфхцчшщыэюя"
    text = ". ".join(
        _random_tokens(rng, 12) + " " + "".join(rng.choices(cyrillic, k=6)) for _ in range(150)
    )
    found = reaching.check(text)  # type: ignore[attr-defined]
    assert [(m.start, m.end, m.rule) for m in found] == [
        (m.start, m.end, m.rule)
        for m in asking_all.check(text)  # type: ignore[attr-defined]
    ]
    asked = blanked(text, Occurrences(text), SpellReach(index_after=0)).split()
    assert len(asked) < len(text.split()) // 3  # the rest are mostly words of 2-4 letters
