"""Memos that speed up the proper-case check and the OCR signal answer as the paths they skip
(texts and words written here)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.cased_lexicon import CasedLexicon, english
from newslint.checks.proper_case import ProperCaseCheck
from newslint.document import Document
from newslint.lexicon import Vocabulary
from newslint.linters import load_rules
from newslint.ocr_context import ADJACENT_PAIR, cut_words, is_cut_word

from .conftest import examples

WORDS = [
    "russian", "russians", "april", "independence", "allies", "jobs", "states", "americans",
    "britain's", "unamerican", "christianity", "fridays", "monday", "englishman", "paris",
    "europeans", "french", "quaker", "unchristian", "darwinian", "sunday's", "indies", "x", "",
]  # fmt: skip


def suffixed_by_scanning(
    lexicon: CasedLexicon, word: str, entries: dict[str, str], pf: str
) -> bool:
    """The lookup as it was: every suffix tested against the word."""
    for flag, affixes in lexicon.suffixes.items():
        for affix in affixes:
            if not word.endswith(affix.add) or (pf and not affix.cross):
                continue
            base = word[: len(word) - len(affix.add)] + affix.strip
            flags = entries.get(base)
            if flags is None or flag not in flags or not affix.condition.search(base):
                continue
            if not pf or pf in flags:
                return True
    return False


def test_suffix_lookup_by_ending_answers_as_scanning_every_suffix() -> None:
    lexicon = english()
    if not lexicon.suffixes:  # without spylls the lexicon is empty; the test DIC covers it then
        return
    flags = ["", *lexicon.prefixes]
    sample = WORDS + sorted(lexicon.proper_entries)[::97] + sorted(lexicon.lower_entries)[::401]
    suffixed = [w + end for w in sample[:40] for end in ("s", "'s", "ies", "ed", "ing", "ly")]
    differ = [
        (word, flag)
        for word in sample + suffixed
        for entries in (lexicon.lower_entries, lexicon.proper_entries)
        for flag in flags
        if lexicon._suffixed(word, entries, flag)
        != suffixed_by_scanning(lexicon, word, entries, flag)
    ]
    assert len(sample) > 100 and not differ


def test_a_check_remembers_words_across_documents_with_the_same_findings() -> None:
    rule = next(r for r in load_rules() if r.id == "structure.lowercase-proper-noun")
    vocabulary = Vocabulary.of(["paris"])
    texts = [
        "The russian delegation met in april in paris.",
        "Talks resumed in april; russian and french officials met on monday.",
        "No names here at all, only words.",
    ]
    shared = ProperCaseCheck(rule, vocabulary)
    remembered = [list(shared.run(Document.from_raw(t))) for t in texts + texts]
    fresh = [list(ProperCaseCheck(rule, vocabulary).run(Document.from_raw(t))) for t in texts]
    assert remembered == fresh + fresh
    assert remembered[0] and shared._judged.get("russian") is True
    assert shared._judged.get("paris") is False  # the vocabulary's word stays unreported


PIECES = ["his", "tory", "com", "pany", "oth", "er", "fir", "t", "the", "CONDI", "TION", "a"]
GAPS = [" ", "\n", "- ", "-\n", "—\n\n", "-  \n \n", "\n\n", " \n\t\n ", ". ", "\r\n\r\n", ", "]


def cut_spans(text: str, zipf: object) -> list[tuple[int, int, str, str, str]]:
    return [
        (m.start(), m.end(), m.group("left"), m.group("gap"), m.group("right"))
        for m in cut_words(text, zipf)  # type: ignore[arg-type]
    ]


def unmemoised(text: str, zipf: object) -> list[tuple[int, int, str, str, str]]:
    return [
        (m.start(), m.end(), m.group("left"), m.group("gap"), m.group("right"))
        for m in ADJACENT_PAIR.finditer(text, overlapped=True)
        if is_cut_word(m.group("left"), m.group("gap"), m.group("right"), zipf)  # type: ignore[arg-type]
    ]


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(GAPS)), max_size=30))
def test_cut_words_by_paragraph_memo_equal_the_whole_text_walk(
    parts: list[tuple[str, str]],
) -> None:
    vocabulary = Vocabulary()
    text = "".join(word + gap for word, gap in parts)
    expected = unmemoised(text, vocabulary.zipf)
    assert cut_spans(text, vocabulary.zipf) == expected  # fills the memo
    assert cut_spans(text, vocabulary.zipf) == expected  # read from it
    edited = "oth er\n\n" + text  # every offset moves; the remembered paragraphs are reused
    assert cut_spans(edited, vocabulary.zipf) == unmemoised(edited, vocabulary.zipf)


def test_cut_words_are_remembered_per_paragraph() -> None:
    vocabulary = Vocabulary()
    text = "The his tory of the com pany.\n\nAnother oth er paragraph."
    first = cut_spans(text, vocabulary.zipf)
    assert first == unmemoised(text, vocabulary.zipf)
    assert [c[2] + c[4] for c in first] == ["company"]
    assert set(vocabulary.memo("cut_words")) == {
        "The his tory of the com pany.",
        "Another oth er paragraph.",
    }
