"""Work a check or signal skips on a document where it cannot find anything (issue 15: `scan`'s
cost per document), shown by counted calls, never times, and the same findings either way."""

from __future__ import annotations

import sys
from itertools import combinations
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint import furniture_stamps as stamps
from newslint import name_spellings, ocr_context
from newslint.checks import foreign_word, lost_letter
from newslint.document import Document
from newslint.engine import Linter
from newslint.lexicon import Vocabulary, zipf
from newslint.linters import load_rules
from newslint.ocr_context import context_traces
from newslint.ocr_damage import TOKEN, tokens
from newslint.romanisation import pairs_within, romanisation_key

from .conftest import examples

# Every character str.split or the regex module's \s takes for white space.
_REGEX_SPACE = regex.compile(r"\s")
SPACES = "".join(
    chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace() or _REGEX_SPACE.match(chr(c))
)


def test_tokens_are_the_token_patterns_matches_whatever_the_white_space() -> None:
    for space in SPACES:
        text = f"one{space}two {space}{space}three,{space}"
        assert tokens(text) == TOKEN.findall(text), hex(ord(space))


@settings(max_examples=examples(300), deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab x.\t\n\x1c\u00a0\u2003\u0085,"))))
def test_tokens_of_any_text_are_the_token_patterns_matches(text: str) -> None:
    assert tokens(text) == TOKEN.findall(text)


class _Counted:
    def __init__(self, target: Any, calls: list[str]) -> None:
        self.target, self.calls = target, calls

    def __getattr__(self, name: str) -> Any:
        self.calls.append(name)
        return getattr(self.target, name)

    def __call__(self, *args: Any) -> Any:
        self.calls.append("call")
        return self.target(*args)


@pytest.mark.parametrize(
    ("text", "searched"),
    [
        ("The minister said the talks went well, and left at noon.", False),
        ("called the d s children to the fir t school", True),
        ("A lone letter x\tbefore a tab and (b) in brackets", True),
        ("The 5 m race and the a b c of it", True),
    ],
)
def test_lone_letters_are_searched_for_only_where_a_one_letter_token_is(
    text: str, searched: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = sorted(context_traces(text, zipf))
    calls: list[str] = []
    monkeypatch.setattr(ocr_context, "_LONE_LETTER", _Counted(ocr_context._LONE_LETTER, calls))
    assert sorted(context_traces(text, zipf)) == before
    assert bool(calls) == searched  # main searched every text


def _linter(rule_id: str) -> Linter:
    return Linter([r for r in load_rules() if r.id == rule_id], vocabulary=Vocabulary())


def test_an_ascii_document_is_not_read_for_foreign_letters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    linter = _linter("encoding.untranslated-spelling")
    calls: list[str] = []
    monkeypatch.setattr(
        foreign_word, "candidate_words", _Counted(foreign_word.candidate_words, calls)
    )
    assert linter.lint(Document("The minister said the talks went well.")) == []
    assert calls == []  # main: every run of the document was tested as a candidate
    found = linter.lint(
        Document("One nation, one state, it always vurdukça Turkey's star will rise.")
    )
    assert calls and [f.rule for f in found] == ["encoding.untranslated-spelling"]


def test_a_page_with_fewer_unknown_words_than_a_loss_restores_is_not_restored(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    linter = _linter("encoding.lost-letter")
    calls: list[str] = []
    original = lost_letter.LostLetterCheck._restorations

    def counted(self: Any, unknown: set[str], lost: str) -> dict[str, str]:
        calls.append(lost)
        return original(self, unknown, lost)

    monkeypatch.setattr(lost_letter.LostLetterCheck, "_restorations", counted)
    # no "x", "q", "z" or "j" in a page long enough to expect them, one unknown word
    plain = "The minister said the talks went well and the Blorvath team agreed. " * 3
    assert linter.lint(Document(plain)) == []
    assert calls == []  # main: every absent string was tried on the unknown word


def _bare_date_by_patterns(text: str) -> bool:
    """`is_bare_date` as main had it: the patterns alone."""
    if not (stamps.DATE.search(text) or stamps.ISO_DATE.search(text)):
        return False
    rest = stamps._WEEKDAY.sub(" ", stamps.DATE.sub(" ", stamps.ISO_DATE.sub(" ", text)))
    return not stamps._WORDISH.search(rest)


DATE_WORDS = (
    "Sunday, December 4, 2022|Dec. 4|4 Dec|Monday|Mon.|mayor|May|Sept|2022-01-08|12/03/2024|"
    "the|Updated|on|at|5pm|ſun|Ｍay|décembre|Decemberx|x|,|—|(Tue)|2022abc"
).split("|")


@settings(max_examples=examples(500), deadline=None)
@given(st.lists(st.sampled_from(DATE_WORDS), max_size=20), st.sampled_from([" ", "\n", "\t", ", "]))
def test_a_bare_date_is_judged_as_the_patterns_judge_it(words: list[str], space: str) -> None:
    text = space.join(words)
    assert stamps.is_bare_date(text) == _bare_date_by_patterns(text)


@pytest.mark.parametrize(
    "text", ["Sunday, December 4, 2022", "Mon 12/03/2024", "The minister said on May 4, 2022."]
)
def test_a_line_is_told_a_bare_date_as_before(text: str) -> None:
    assert stamps.is_bare_date(text) == _bare_date_by_patterns(text)


def test_prose_is_told_no_date_without_a_search(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(stamps, "DATE", _Counted(stamps.DATE, calls))
    monkeypatch.setattr(stamps, "ISO_DATE", _Counted(stamps.ISO_DATE, calls))
    assert not stamps.is_bare_date("The minister said on Monday, May 4, 2022, that it was over.")
    assert calls == []  # main: both patterns searched the paragraph


def _pairs_grouping_every_key(names: list[str]) -> list[tuple[str, str]]:
    """`candidate_pairs` as main had it: every deletion key grouped."""
    by_key: dict[str, list[int]] = {}
    by_romanisation: dict[str, list[int]] = {}
    for index, name in enumerate(names):
        if len(name) > name_spellings.LONGEST_WORD:
            continue
        depth = 2 if len(name) >= name_spellings.LONG_NAME else 1
        for key in name_spellings._deletions(name_spellings.plain(name), depth):
            by_key.setdefault(key, []).append(index)
        by_romanisation.setdefault(romanisation_key(name), []).append(index)
    pairs: set[tuple[int, int]] = set()
    for indexes in by_key.values():
        if len(indexes) > 1:
            pairs.update(combinations(indexes, 2))
    pairs.update(pairs_within(by_romanisation.values()))
    return [(names[i], names[j]) for i, j in sorted(pairs)]


@settings(max_examples=examples(300), deadline=None)
@given(
    st.lists(
        st.from_regex(r"[A-ZÅ][aeiouyhkrsnåäöé]{2,9}", fullmatch=True), unique=True, max_size=30
    )
)
def test_candidate_pairs_are_those_of_every_key_grouped(names: list[str]) -> None:
    names = sorted(names)
    assert list(name_spellings.candidate_pairs(names)) == _pairs_grouping_every_key(names)


def test_the_gate_opens_no_part_of_most_checks_without_a_dict_for_each() -> None:
    linter = Linter(load_rules(), gate_after=0)
    text = "The minister said on Thursday that the talks went well."
    opened = linter.gate.open_parts(text)
    closed = [parts for parts in opened.values() if not parts]
    assert len(closed) > 20 and len({id(parts) for parts in closed}) == 1  # main: one per check
    assert all(parts == {} for parts in closed)
    assert linter.lint(Document(text)) == Linter(load_rules(), gated=False).lint(Document(text))


def _pairs_tried_one_by_one(pieces: list[str], zipf: Any) -> list[int]:
    """The pairs main's loop tried with `ADJACENT_PAIR`, a Python step per pair."""
    fragment = ocr_context._fragment_test(zipf)
    tried = []
    for index in range(1, len(pieces) - 2, 2):
        gap = pieces[index + 1]
        if gap[0] not in ocr_context._GAP_STARTS:
            continue
        if (gap == " " or gap == "\t") and not (
            fragment(pieces[index]) or fragment(pieces[index + 2])
        ):
            continue
        tried.append(index)
    return tried


@settings(max_examples=examples(400), deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["the", "his", "tory", "oth", "er", "s", "b", "a", "I", "com", "pany", "Blorv", "é"]
        ),
        max_size=25,
    ),
    st.lists(st.sampled_from([" ", "\t", "\n", "- ", "—", ", ", "  ", ".\n\n", "'"]), max_size=25),
    st.booleans(),
)
def test_the_pairs_tried_for_cut_words_are_those_main_tried(
    words: list[str], gaps: list[str], memo: bool
) -> None:
    text = "".join(w + g for w, g in zip(words, gaps + [" "] * len(words), strict=False))
    lookup = Vocabulary().zipf if memo else zipf
    pieces = ocr_context._LETTERS_SPLIT.split(text)
    assert ocr_context._tried_pairs(pieces, lookup) == _pairs_tried_one_by_one(pieces, lookup)
