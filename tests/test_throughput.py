"""Faster paths give the results of the slow ones they replace (texts and names written here)."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newslint.checks.confusable_tokens import _CONFUSABLE, confusable_tokens
from newslint.checks.foreign_word import _WORD as _FOREIGN_CANDIDATE
from newslint.checks.foreign_word import candidate_words
from newslint.checks.language import _DATE, _DATE_CORE
from newslint.checks.lexicon_breaks import _spaced_pairs
from newslint.checks.repetition import _DOUBLED_WORD, MAX_DOUBLED_PHRASE, paragraphs_with
from newslint.document import Document
from newslint.doubled_runs import DOUBLED_PHRASE, repeats_tokens
from newslint.lexicon import Vocabulary, is_function_word
from newslint.name_spellings import candidate_pairs, variants
from newslint.ocr_attested_splits import (
    _LONE_WORD,
    _SPACED_PAIR,
    COMPOUND_PART_ZIPF,
    MIN_ATTESTED_LENGTH,
    _cut_from,
    attested_splits,
    lone_words,
)
from newslint.ocr_context import (
    _PARAGRAPH_BREAK,
    ADJACENT_PAIR,
    Zipf,
    _cut_words_in,
    is_cut_word,
    paragraph_breaks,
)
from newslint.romanisation import MOST_SPELLINGS, romanisation_key, romanised_alike
from newslint.tokens import _LETTER_RUN, WORD, Run, letter_runs

from .conftest import examples

NAMES = [
    "Zelensky", "Zelenskyy", "Zelenskiy", "Erdoğan", "Erdogan", "Mohammed", "Muhammad",
    "Mohamed", "Lofven", "Lofevn", "Löfven", "Pokrovsk", "Pokrovsky", "Pokrovskaya", "Russia",
    "Russian", "Austria", "Australia", "Khamenei", "Khomeini", "Navalny", "Navalnyy", "Kuleba",
    "Kulebа", "Shoigu", "Shoygu", "Peskov", "Peskow", "Andersen", "Anderson", "Andresen",
]  # fmt: skip


def all_pairs(names: list[str]) -> list[tuple[str, str]]:
    return [(a, b) for a, b in combinations(names, 2) if variants(a, b)]


def indexed_pairs(names: list[str]) -> list[tuple[str, str]]:
    return [(a, b) for a, b in candidate_pairs(names) if variants(a, b)]


def test_the_name_index_finds_every_variant_pair_in_order() -> None:
    names = sorted(NAMES)
    expected = all_pairs(names)
    assert ("Zelensky", "Zelenskyy") in expected and ("Erdogan", "Erdoğan") in expected
    assert indexed_pairs(names) == expected


@settings(max_examples=examples(200), deadline=None)
@given(
    st.lists(
        st.text(alphabet="aeiouyklmnrsvzğöá", min_size=5, max_size=11).map(lambda s: "K" + s),
        min_size=2,
        max_size=25,
        unique=True,
    )
)
@example(["Kaaaaa", "Kkkaaa"])  # two edits apart, one romanisation key (review5's fuzzing)
def test_the_name_index_agrees_with_comparing_all_pairs(names: list[str]) -> None:
    names = sorted(names)
    indexed, every = indexed_pairs(names), all_pairs(names)
    assert indexed == [pair for pair in every if pair in set(indexed)]
    # Only a key too crowded to be one name's spellings leaves a pair to the deletion keys alone.
    spellings = Counter(romanisation_key(name) for name in names)
    missed = [(a, b) for a, b in every if (a, b) not in set(indexed)]
    assert all(
        romanised_alike(a, b) and spellings[romanisation_key(a)] > MOST_SPELLINGS for a, b in missed
    )


def test_a_name_respelled_by_romanisation_is_indexed_however_far_apart() -> None:
    names = ["Hyeonmu", "Hyunmu", "Jdanov", "Zhdanov"]  # eo/u and zh/j: two edits apart
    assert indexed_pairs(names) == [("Hyeonmu", "Hyunmu"), ("Jdanov", "Zhdanov")]


def test_a_romanisation_key_pairs_a_few_spellings_and_no_crowd() -> None:
    # One key ("karn"), and runs three letters apart: no two share a deletion key.
    names = sorted(
        "K" + "a" * i + "r" * j + "n" * k for i in (1, 4, 7) for j in (1, 4, 7) for k in (1, 4, 7)
    )
    few = names[:MOST_SPELLINGS]
    assert list(candidate_pairs(few)) == list(combinations(few, 2))
    assert list(candidate_pairs(names)) == []  # 27 spellings are no one name: 351 pairs


# The split-word detector once found its pairs with this overlapped regex over the fragments
# (one space apart, or one line break: a scanner's dropped line-end hyphen).
SPLIT_PAIR = (
    r"(?<![\p{L}\p{N}'’.-])(?:(?P<left>\p{L}\p{Ll}*)[ \n](?P<right>\L<fragments>)"
    r"|(?P<left>\L<fragments>)[ \n](?P<right>\p{Ll}+))(?![\p{L}\p{N}'’-])"
)


def regex_pairs(text: str, fragments: set[str]) -> list[tuple[int, int, str, str]]:
    pattern = regex.compile(SPLIT_PAIR, regex.VERSION1, fragments=fragments)
    return [
        (m.start(), m.end(), m.group("left"), m.group("right"))
        for m in pattern.finditer(text, overlapped=True)
    ]


def token_pairs(text: str, fragments: set[str]) -> list[tuple[int, int, str, str]]:
    runs = Document(text).runs
    return [(a.start, b.end, a.text, b.text) for a, b in _spaced_pairs(text, runs, fragments)]


def test_split_word_pairs_are_found_by_one_walk_over_the_tokens() -> None:
    text = "The cou nterpart and infor mation. Docu ments, x.ab cd, ab-cd ab cd' Ab ab ab1 ab"
    fragments = {"nterpart", "mation", "ments", "ab", "cd"}
    expected = regex_pairs(text, fragments)
    assert (4, 16, "cou", "nterpart") in expected and len(expected) >= 5
    assert token_pairs(text, fragments) == expected


@settings(max_examples=examples(300), deadline=None)
@given(st.text(alphabet="ab cdE.'’-1\nxé", max_size=40))
def test_the_token_walk_agrees_with_the_pair_regex(text: str) -> None:
    fragments = {"ab", "cd", "xé", "a"}
    assert token_pairs(text, fragments) == regex_pairs(text, fragments)


@settings(max_examples=examples(300), deadline=None)
@given(st.text(alphabet="ab A1.'’-/@_ \né٣", max_size=40))
def test_words_told_from_the_shared_runs_are_the_word_regex_matches(text: str) -> None:
    expected = [(m.start(), m.end()) for m in WORD.finditer(text)]
    assert [(w.start, w.end) for w in Document(text).words] == expected


def test_the_doubled_word_gate_opens_for_doubles_and_stays_shut_otherwise() -> None:
    assert repeats_tokens(Document("He said that the the talks ended."), 4)
    assert repeats_tokens(Document("Le Van Thanh Le Van Thanh arrived."), 4)
    assert repeats_tokens(Document("It was THE\nthe end."), 4)
    assert not repeats_tokens(Document("The end of the talks, and the end of the war."), 4)
    text = "One paragraph.\n\nIt had had an end.\nA line.\n\nThe last one."
    doc = Document(text)
    assert [text[p.start : p.end] for p in paragraphs_with(doc, repeats_tokens(doc, 4))] == [
        "It had had an end.\nA line."
    ]


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.sampled_from(["the", "The", " ", "\t", "\n", "of", "x", ".", "1"]), max_size=14))
def test_the_doubled_word_gate_opens_wherever_the_regexes_match(parts: list[str]) -> None:
    text = "".join(parts)
    doc = Document(text)
    searched = paragraphs_with(doc, repeats_tokens(doc, MAX_DOUBLED_PHRASE))
    for pattern in (_DOUBLED_WORD, DOUBLED_PHRASE):
        within = [m.span() for p in searched for m in pattern.finditer(text, p.start, p.end)]
        assert within == [m.span() for m in pattern.finditer(text)]


SPLIT_PIECES = ["his", "tory", "History", "com", "pany", "company", "Sacra", "mento",
                "Sacramento", "health", "care", "healthcare", "leader", "s", "to", "the", "é"]  # fmt: skip
SPLIT_GAPS = [
    " ",
    "\t",
    "  ",
    "\n",
    "- ",
    "-\n",
    "—\n\n",
    "-",
    "'",
    "’",
    "5",
    ". ",
    ", ",
    " \n\t\n ",
    "-  \n \n",
    "\u00a0",
    "—",
]


def attested_by_overlapped_regex(text: str, zipf: Zipf) -> list[tuple[int, int, str]]:
    """The walk as it was: every overlapped `_SPACED_PAIR` match."""
    whole: dict[str, set[str]] = {}
    for m in _LONE_WORD.finditer(text):
        whole.setdefault(m.group().casefold(), set()).add(m.group())
    found = []
    for match in _SPACED_PAIR.finditer(text, overlapped=True):
        left, right = match.group("left"), match.group("right")
        joined = (left + right).casefold()
        if len(joined) < MIN_ATTESTED_LENGTH or joined not in whole:
            continue
        if min(zipf(left), zipf(right)) >= COMPOUND_PART_ZIPF or right.casefold() == "s":
            continue
        if is_function_word(left) and is_function_word(right):
            continue
        if not any(_cut_from(left, right, spelling) for spelling in whole[joined]):
            continue
        found.append((match.start(), match.end(), match.group()))
    return found


def cut_as_written(left: str, gap: str, right: str, zipf: Zipf) -> bool:
    """`is_cut_word` as it was, before the fragment test moved first."""
    joined = (left + right).casefold()
    common = zipf(joined)
    if common < 3.0 or len(joined) < 5:
        return False
    parts = (zipf(left), zipf(right))
    if "-" in gap or "—" in gap:
        return True
    if is_function_word(left) and is_function_word(right):
        return False
    if "\n" in gap:
        return common >= min(parts) - 0.5
    lone_letter = any(len(part) == 1 and part not in "aAI" for part in (left, right))
    return min(parts) < 2.5 or lone_letter


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(st.tuples(st.sampled_from(SPLIT_PIECES), st.sampled_from(SPLIT_GAPS)), max_size=25))
def test_attested_splits_and_cut_words_answer_as_the_overlapped_regex_walks(
    parts: list[tuple[str, str]],
) -> None:
    zipf = Vocabulary().zipf
    text = "".join(piece + gap for piece, gap in parts)
    found = [(m.start(), m.end(), m.group()) for m in attested_splits(text, zipf)]
    assert found == attested_by_overlapped_regex(text, zipf)
    from_runs = attested_splits(text, zipf, Document(text).runs)
    assert [(m.start(), m.end(), m.group()) for m in from_runs] == found
    for match in ADJACENT_PAIR.finditer(text, overlapped=True):
        pair = match.group("left"), match.group("gap"), match.group("right")
        assert is_cut_word(*pair, zipf) == cut_as_written(*pair, zipf)


def test_attested_splits_still_find_a_word_the_text_writes_whole() -> None:
    text = "The his tory of the state. History matters; Sacra mento is in Sacramento."
    found = [m.group() for m in attested_splits(text, Vocabulary().zipf)]
    assert found == ["his tory", "Sacra mento"]


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(st.tuples(st.sampled_from(SPLIT_PIECES), st.sampled_from(SPLIT_GAPS)), max_size=25))
def test_cut_words_from_letter_runs_equal_the_overlapped_regex_walk(
    parts: list[tuple[str, str]],
) -> None:
    zipf = Vocabulary().zipf
    text = "".join(piece + gap for piece, gap in parts) + "oth er fir t com-\npany"
    walked = [
        (m.start(), m.end(), m.group())
        for m in ADJACENT_PAIR.finditer(text, overlapped=True)
        if is_cut_word(m.group("left"), m.group("gap"), m.group("right"), zipf)
    ]
    assert [(m.start(), m.end(), m.group()) for m in _cut_words_in(text, zipf)] == walked
    assert walked


# U+0558 and U+1C89 are letters the regex module knows and Python 3.11 does not (assigned after
# Unicode 14); "²" is a number but no digit.
@settings(max_examples=examples(400), deadline=None)
@given(st.text(alphabet="ab A1²٣.'’-/ \n\té\u0558\u1c89", max_size=40))
def test_lone_words_read_from_the_runs_are_the_lone_word_matches(text: str) -> None:
    expected = [(m.start(), m.end(), m.group()) for m in _LONE_WORD.finditer(text)]
    assert [tuple(run) for run in lone_words(text, Document(text).runs)] == expected


@settings(max_examples=examples(500), deadline=None)
@given(st.text(alphabet="a -—\n\t\r\u00a0\u2028\x0b\x1c\x85.", max_size=30))
def test_paragraph_breaks_found_from_blank_lines_are_the_break_regex_matches(text: str) -> None:
    expected = [(m.start(), m.end()) for m in _PARAGRAPH_BREAK.finditer(text)]
    assert list(paragraph_breaks(text)) == expected


@settings(max_examples=examples(400), deadline=None)
@given(st.text(alphabet="abc A1².'’- \n\t\u2028é\u0558", max_size=40))
def test_foreign_word_candidates_read_from_the_runs_are_the_word_regex_matches(text: str) -> None:
    expected = [(m.start(), m.end(), m.group()) for m in _FOREIGN_CANDIDATE.finditer(text)]
    assert [tuple(run) for run in candidate_words(text, Document(text).runs)] == expected


@settings(max_examples=examples(500), deadline=None)
@given(st.text(alphabet="ab AB01².'’-/@ \nÉé\u0558\u02b0", max_size=30))
def test_confusable_tokens_read_from_the_runs_are_the_confusable_regex_matches(text: str) -> None:
    expected = [(m.start(), m.end(), m.group()) for m in _CONFUSABLE.finditer(text)]
    runs = Document(text).runs
    assert [tuple(run) for run in confusable_tokens(text, runs)] == expected
    among = {"ab", "Ab", "a1b", "ab01"}
    assert [tuple(run) for run in confusable_tokens(text, runs, among)] == [
        match for match in expected if match[2] in among
    ]


def test_every_character_python_calls_alphabetic_is_a_letter_to_the_regex_module() -> None:
    """`Document.words` tests a run's first character with str.isalpha before the regex."""
    alphabetic = "".join(c for c in map(chr, range(0x110000)) if c.isalpha())
    assert len(alphabetic) > 100_000
    assert regex.fullmatch(r"\p{L}*", alphabetic)


@settings(max_examples=examples(300), deadline=None)
@given(st.text(alphabet="ab A1.'’-/@_ \né٣\t", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_runs_split_from_the_text_are_the_letter_run_matches(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    expected = [(m.start(), m.end(), m.group()) for m in _LETTER_RUN.finditer(text, start, end)]
    assert [tuple(run) for run in letter_runs(text, start, end)] == expected
    assert all(type(run) is Run for run in letter_runs(text, start, end))


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(st.sampled_from(["12", "3", "2020", ". ", " ", "\t", ",", "Mei", "de", "x", "é"])))
def test_a_line_with_a_foreign_date_holds_the_date_core(parts: list[str]) -> None:
    """untranslated-run searches a line for the whole date pattern only where its core is."""
    line = "".join(parts)
    if _DATE.search(line):
        assert _DATE_CORE.search(line)
