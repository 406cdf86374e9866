"""`treebank_words` skips a convention whose pattern cannot match the sentence (none of the
strings it needs is there): it splits every sentence as running every convention does, in upper
case and with letters outside ASCII that case-blind patterns may match ("ſ", "K")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.vale import tagger

from .conftest import examples

# The conventions as they were: each pattern run on every sentence.
from .test_throughput_lookups import treebank_by_pattern_strings as every_step

# Every string a convention needs, pieces of the contractions it cuts, in both cases, and
# letters outside ASCII that a case-blind pattern may read as ASCII ones.
PIECES = [
    '"', "''", "``", "'", "’", "' ", ":", ",", "...", ".", ";", "@", "#", "$", "%", "&", "?", "!",
    "(", ")", "[", "]", "{", "}", "<", ">", "--", "-", " ", " ", "a", "1", "\t",
    "can", "CAN", "not", "NOT", "n't", "N'T", "'s", "'S", "'ll", "'re", "'ve", "'d", "'m",
    "d", "'ye", "gim", "me", "gon", "na", "NA", "got", "ta", "lem", "mor", "'n", "wan", "'t",
    "is", "IS", "was", "ſ", "K", "é", "İ", "ı", "Gonna", "CANNOT", "Wanna ", "'Tis",
]  # fmt: skip


@settings(max_examples=examples(500), deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=24))
def test_skipping_a_step_that_cannot_match_changes_no_split(parts: list[str]) -> None:
    sentence = "".join(parts)
    assert tagger.treebank_words(sentence) == every_step(sentence)


def test_each_convention_has_the_strings_it_needs() -> None:
    conventions = [p for p, _ in tagger._QUOTES_OPEN + tagger._PUNCTUATION + tagger._QUOTES_CLOSE]
    assert sorted(tagger._NEEDLES) == sorted(conventions)
    assert len(tagger._CONTRACTED) == len(tagger._CONTRACTIONS)


def test_sentences_of_news_copy() -> None:
    for sentence in [
        'He said: "We cannot wait," and left (quietly) -- at 3 p.m. on Friday...',
        "'Tis the season; gonna be 'big', they'd say. Isn't it?",
        "Ministers’ talks—in Kyiv—ended; “no deal,” one said.",
        "The ſtate CANNOT wait & won't: 50% of ‘it’s’ <tags> [here] {there}!",
    ]:
        assert tagger.treebank_words(sentence) == every_step(sentence)
