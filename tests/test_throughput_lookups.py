"""Faster searches and lookups give the results of the slow ones they replace: exceptions, look-alikes,
tokenisers, headline copies and normalisation (texts written here; names and split words are in
test_throughput.py)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint import misreadings
from newslint.cased_lexicon import english
from newslint.checks import Excused, LinesExcused
from newslint.checks import repeated_text as rt
from newslint.checks.lexicon import compile as lexicon_compile
from newslint.checks.pattern import LINES_EXCUSED_CHARS
from newslint.checks.pattern import compile as pattern_compile
from newslint.checks.proper_case import _LOWER_WORD
from newslint.checks.proper_case import compile as proper_case_compile
from newslint.document import Document
from newslint.lexicon import Vocabulary
from newslint.lexicon import zipf as english_zipf
from newslint.linters import load_rules
from newslint.look_alikes import common_index, common_words
from newslint.misreadings import INDEXED_ZIPF, capital_misread, misread_of, near_word
from newslint.other_language import in_other_language
from newslint.vale import tagger

from .conftest import examples


def test_glued_splits_remembered_across_documents_equal_a_fresh_check() -> None:
    rule = next(r for r in load_rules() if r.id == "mt.glued-words")
    texts = [
        "Talks inthe region resumed. The aviationsector grew; Anitaadvised him.",
        "Anita spoke. Anitaadvised the board, and the aviationsector shrank.",
        "Thestudy was published; inthe end the aviation sector recovered.",
    ]
    shared = lexicon_compile(rule, Vocabulary())
    remembered = [list(shared.run(Document.from_raw(t))) for t in texts + texts]
    fresh = [list(lexicon_compile(rule, Vocabulary()).run(Document.from_raw(t))) for t in texts]
    assert remembered == fresh + fresh
    assert any(fresh) and shared._splits.get("inthe") == ("in", "the")
    assert "Anitaadvised" not in shared._splits  # a capitalised token asks its document


LINE_EXCUSES = [
    regex.compile(r"\b(?:https?://|www\.)\S+"),
    regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    regex.compile(r"\b\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,})+\b"),
]
WHOLE_EXCUSES = [regex.compile(r"\bUS\b(?s:.*?)\bEND\b")]


@settings(max_examples=examples(300), deadline=None)
@given(
    st.lists(st.sampled_from(["www.", "x", "US", "END", "a@b.co", " ", "\n", "AB CD", ".", "é"])),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=6),
)
def test_exceptions_searched_on_a_spans_lines_excuse_as_the_whole_text_search(
    parts: list[str], spans: list[tuple[int, int]]
) -> None:
    text = "".join(parts)
    whole = Excused(text, LINE_EXCUSES + WHOLE_EXCUSES)
    by_lines = LinesExcused(text, LINE_EXCUSES, WHOLE_EXCUSES)
    for at, length in spans:
        start = min(at, len(text))
        end = min(start + length, len(text))
        assert by_lines.covers(start, end) == whole.covers(start, end)


def test_only_line_local_exceptions_are_searched_by_lines() -> None:
    rule = next(r for r in load_rules() if r.id == "typography.missing-space-after-punctuation")
    check = pattern_compile(rule, Vocabulary())
    local, other = check._exceptions_by_reach
    assert len(local) == len(check.exceptions) and not other
    long_text = "See www.example.org,and more.\n" + "A plain line,and more.\n" * 3000
    assert len(long_text) > LINES_EXCUSED_CHARS
    found = [(f.start, f.end) for f in check.run(Document.from_raw(long_text))]
    assert len(found) == 3000 and found[0][0] > 30  # the address's comma is excused


def test_a_long_line_is_searched_once_for_all_its_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    # A page of one long line with a slip every few words: searching the line (and looking for
    # its ends from each span) once per finding made the rule quadratic, and on a few hundred KB
    # it hit the regex timeout and was skipped with all its findings.
    import newslint.checks as checks

    searched: list[int] = []
    real = checks.finditer

    def counting(
        pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterable[Any]:
        searched.append((len(text) if endpos is None else endpos) - pos)
        return real(pattern, text, pos, endpos)

    monkeypatch.setattr(checks, "finditer", counting)
    line = "See www.example.org,and more. The plan,and more. " * 2000
    text = line + "\nA second line,and more.\n"
    by_lines = LinesExcused(text, LINE_EXCUSES, [])
    spans = [(m.start(), m.end()) for m in regex.finditer(",", text)]
    excused = [by_lines.covers(start, end) for start, end in spans]
    assert sum(searched) <= len(text) * len(LINE_EXCUSES)  # each line searched once
    whole = Excused(text, LINE_EXCUSES)
    assert excused == [whole.covers(start, end) for start, end in spans]
    assert excused[0] and not excused[1] and not excused[-1]


LOOK_ALIKE_LETTERS = "etaoinshrdlcumwfgypbvk"


@settings(max_examples=examples(400), deadline=None)
@given(
    st.one_of(
        st.text(alphabet=LOOK_ALIKE_LETTERS, min_size=1, max_size=8),
        st.sampled_from(
            ["tbe", "tne", "thid", "groat", "oi", "arc", "fiom", "tlie", "wben", "aud"]
        ),
    ),
    st.sampled_from([(), ("zorb", "thee"), ("tbe",)]),
)
def test_look_alikes_found_by_index_are_those_every_letter_finds(
    word: str, accepted: tuple[str, ...]
) -> None:
    vocabulary = Vocabulary.of(accepted)

    def asked(candidate: str) -> float:  # not a lookup the index knows: every letter is tried
        return vocabulary.zipf(candidate)

    for lookup in (vocabulary.zipf, english_zipf) if not accepted else (vocabulary.zipf,):
        assert common_index(lookup, INDEXED_ZIPF) is not None
        assert near_word(word, lookup) == near_word(word, asked)
        assert misread_of(word, lookup) == misread_of(word, asked)
        assert capital_misread(word.capitalize(), lookup) == capital_misread(
            word.capitalize(), asked
        )


def test_a_plain_word_finds_what_it_misreads_by_lookup_not_by_search(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def search(word: str) -> Iterable[str]:
        raise AssertionError(f"{word!r} searched for every reading")

    # The first asks of a process are answered by search, which costs an article less than
    # building the index (`misreadings._MisreadIndex`); past them, by lookup.
    for lookup in (english_zipf, Vocabulary.of(["zorb"]).zipf):
        index = misreadings._misread_index(common_index(lookup, INDEXED_ZIPF))
        for _ in range(misreadings.MISREAD_INDEX_AFTER + 1):
            index.of("zzz")
    monkeypatch.setattr(misreadings, "_unmisread", search)
    assert misread_of("tbe") == "the" and misread_of("fiom") == "from"
    assert misread_of("oi", Vocabulary.of(["zorb"]).zipf) == "of"
    assert misread_of("zebra") is None


def test_the_look_alike_index_finds_common_words_one_letter_away() -> None:
    assert near_word("tne") == "the" and misread_of("tbe") == "the"
    assert near_word("groat") == "great" and misread_of("fiom") == "from"
    assert "the" in common_words(INDEXED_ZIPF) and len(common_words(INDEXED_ZIPF)) > 200
    assert near_word("zorb", Vocabulary.of(["zerb"]).zipf) == "zerb"  # accepted: as common as any


def test_the_listed_words_are_the_tables_words_that_common() -> None:
    # listed_at_least reads look_alikes' cached set: the words the table itself gives at the
    # floors the checks ask (name-typo's 2.0, lost-letter's 3.0).
    from newslint.lexicon import _table, listed_at_least

    table = _table()
    for floor in (2.0, 3.0):
        built = {w for w, v in zip(table.words(), table.values, strict=True) if v / 100 >= floor}
        assert listed_at_least(floor) == built


@settings(max_examples=examples(300), deadline=None)
@given(
    st.lists(
        st.sampled_from(["russian", "Russian", "april", "paris", "the", "english’s", "x", "@", "/"])
        | st.sampled_from([" ", "\n", "-", ".", "’s ", "1", "ª", "april.com", "russianª"]),
        max_size=20,
    )
)
def test_lost_capitals_searched_by_name_are_those_every_lower_case_word_gives(
    parts: list[str],
) -> None:
    rule = next(r for r in load_rules() if r.id == "structure.lowercase-proper-noun")
    check = proper_case_compile(rule, Vocabulary.of(["paris"]))
    text = "".join(parts)
    every_word = [
        (m.start("word"), m.end("word"))
        for m in _LOWER_WORD.finditer(text)
        if len(m.group("word")) >= check.min_length
        and check._lost_capital(m.group("word"), english())
        # a sentence in another language
        and not in_other_language(text, *m.span("word"), english(), check.foreign_share)
    ]
    assert [(f.start, f.end) for f in check.run(Document.from_raw(text))] == every_word


def treebank_by_pattern_strings(sentence: str) -> list[str]:
    text = sentence
    for pattern, replacement in tagger._QUOTES_OPEN + tagger._PUNCTUATION:
        text = regex.sub(pattern, replacement, text)
    text = f" {text} "
    for pattern, replacement in tagger._QUOTES_CLOSE:
        text = regex.sub(pattern, replacement, text)
    for pattern in tagger._CONTRACTIONS:
        text = regex.sub(pattern, r" \1 \2 ", text)
    return text.split()


@settings(max_examples=examples(300), deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                '"',
                "''",
                "``",
                "can",
                "not",
                "n't",
                "'s ",
                "...",
                ", ",
                ":",
                "a",
                "1",
                ".",
                " ",
                "(",
                "--",
                "gonna",
                "'tis",
                "'",
                "Don't",
            ]
        )
    )
)
def test_treebank_words_from_compiled_steps_are_the_pattern_strings_words(parts: list[str]) -> None:
    sentence = "".join(parts)
    assert tagger.treebank_words(sentence) == treebank_by_pattern_strings(sentence)


def fragments_as_walked(doc: Document, min_words: int) -> list[tuple[int, int, int]]:
    """`repeated_fragments` as it was: every token of every line folded, every gap read."""
    text = doc.text
    lines = [(m.start(), m.end()) for m in rt.LINE.finditer(text)]
    by_opening: dict[tuple[str, ...], list[tuple[int, int, list[str]]]] = {}
    for start, end in lines:
        words = rt.normalise(text[start:end]).split()
        if min_words <= len(words) <= rt.FRAGMENT_MAX_WORDS:
            known = by_opening.setdefault(tuple(words[:3]), [])
            if all(words != copy for *_, copy in known):
                known.append((start, end, words))
    found, reported = [], set()
    for start, end in lines:
        tokens = list(rt.TOKEN.finditer(text, start, end))
        words = [t.group().casefold() for t in tokens]
        starts = [0] if tokens else []
        for i in range(1, len(tokens)):
            gap = text[tokens[i - 1].end() : tokens[i].start()]
            before = text[start : tokens[i].start()]
            dateline = before.endswith(rt._DATELINE_DASHES) and len(before.split()) <= 6
            if any(mark in gap for mark in ".!?") or (i <= rt.DATELINE_TOKENS and dateline):
                starts.append(i)
        for i in starts:
            for first, first_end, copy in by_opening.get(tuple(words[i : i + 3]), ()):
                n = len(copy)
                if first in reported or first == start or end - start <= first_end - first:
                    continue
                if words[i : i + n] != copy or (
                    first > start and broken_piece_as_walked(text, lines, first, words, i, n)
                ):
                    continue
                if rt._pasted(text, start, tokens[i].start(), tokens[i + n - 1].end()):
                    reported.add(first)
                    found.append((tokens[i].start(), tokens[i + n - 1].end(), first))
    return found


def broken_piece_as_walked(
    text: str, lines: list[tuple[int, int]], first: int, words: list[str], i: int, n: int
) -> bool:
    """The copy goes on inside its line with the next line's first words, or follows the last
    words of the line before it (three of each, fewer when the line is shorter)."""
    at = [start for start, _ in lines].index(first)
    keys = [rt.normalise(text[start:end]).split() for start, end in lines]
    after = keys[at + 1][:3] if at + 1 < len(keys) else []
    before = keys[at - 1][-3:] if at > 0 else []
    if after and words[i + n : i + n + len(after)] == after:
        return True
    return bool(before) and i >= len(before) and words[i - len(before) : i] == before


FRAGMENT_PIECES = ["Storm hits the coast", "storm Hits the coast", "Officials said", "İstanbul",
                   "LONDON (Reuters) - ", ". ", ".", " ", "\n", "\n\n", "today", "ß", "—",
                   "Rain fell. Storm hits the coast", "Rain fell.storm Hits the coast. "]  # fmt: skip


@settings(max_examples=examples(300), deadline=None)
@given(
    st.sampled_from(FRAGMENT_PIECES[:3]),
    st.lists(st.sampled_from(FRAGMENT_PIECES), max_size=30),
    st.integers(1, 6),
)
def test_headline_copies_found_from_the_runs_are_those_the_token_walk_finds(
    headline: str, pieces: list[str], min_words: int
) -> None:
    doc = Document(headline + "\n" + "".join(pieces))
    assert list(rt.repeated_fragments(doc, min_words)) == fragments_as_walked(doc, min_words)


def test_a_headline_pasted_after_a_sentence_is_found_by_both_walks() -> None:
    text = "Storm hits the coast today\nRain fell. Storm hits the coast today. More rain.\n"
    doc = Document(text)
    expected = [(text.index("Storm", 10), text.index(". More"), 0)]
    assert list(rt.repeated_fragments(doc, 4)) == expected == fragments_as_walked(doc, 4)


def test_heading_marks_exceptions_are_searched_from_the_hash_line() -> None:
    # llm.heading-marks' exceptions (a "#" line beside a line of code) were led by any line and
    # tried the code's forms at every character of the text (0.15 s per MB of copy with headings;
    # a match began on the line of code). Led by the "#" line, each starts there.
    rule = next(r for r in load_rules() if r.id == "llm.heading-marks")
    check = pattern_compile(rule, Vocabulary())
    text = "Setup\n\nrows = read(f)\n# Load the rows\nprint(rows);\n# Print The rows\nx = 1\n"
    starts = [m.start() for p in check.exceptions for m in p.finditer(text)]
    hash_lines = {text.index("# Load"), text.index("# Print")}
    assert starts and set(starts) <= hash_lines
    assert list(check.run(Document.from_raw(text))) == []
