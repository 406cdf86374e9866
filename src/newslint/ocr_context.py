"""Scanning damage that shows between words rather than inside one.

A scanner that loses a line's hyphen, reads a speck as a letter or a comma as a full stop leaves
traces that no single token shows: a full stop after "the" (no English sentence ends on an
article), a lone lower-case letter between words ("called the d s children"), a word cut by a
space or a line end ("fir t", "com\\npany") and a small word with a capital it never takes
mid-sentence ("to further Insure Itself against"). Careful typing almost never produces them; the
OCR signal (`newslint.signals.ocr_signal`) counts them beside the damaged tokens, and the
`ocr-noise` rules report the cut words and capitals in documents that look scanned.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import accumulate, compress, count
from operator import and_, itemgetter, not_, or_
from typing import NamedTuple

import regex

from newslint.foreign_quotes import foreign_quotations, inside
from newslint.lexicon import FUNCTION_WORDS, is_function_word, memo_of
from newslint.regex_store import compile_pattern

Zipf = Callable[[str], float]


class Trace(NamedTuple):
    start: int
    end: int
    kind: str  # stray-stop | lone-letter | split-word | capital


# A full stop after an article or "and"/"of"/"or", before another word: "in the. Arbitration
# Court". Lower case only: "John A. Smith" and "B.A." are initials; "a. m." is a time.
_STRAY_STOP = compile_pattern(
    r"(?<![^\s\"'“‘(])(?:the|an?|and|of|or)(?P<stop>\.)(?=[ \t]+\p{L}{2})"
)
# A lone lower-case letter between words. Not "a" (a word; "i" is not: the pronoun is "I"), not
# after a number ("5 m").
_LONE_LETTER = compile_pattern(r"(?<![^ \t\n])(?<!\d[ \t])[b-z](?=[ \t]+\p{L})")
_LONE_LETTERS = frozenset("bcdefghijklmnopqrstuvwxyz")
# Two tokens with a space, a line end or a hyphen and space between them.
ADJACENT_PAIR = compile_pattern(
    r"(?<![\p{L}\p{N}'’-])(?P<left>\p{L}+)(?P<gap>[-—](?:[ \t]+|[ \t]*\n\s*)|[ \t]*\n[ \t]*|[ \t])"
    r"(?P<right>\p{L}+)(?![\p{L}\p{N}'’-])"
)
SPLIT_JOIN_ZIPF = 3.0
SPLIT_FRAGMENT_ZIPF = 2.5
CAPITAL_BETWEEN = compile_pattern(
    r"(?<=(?<!\p{L})(?P<before>\p{Ll}+)[ \t]+)(?P<word>\p{Lu}\p{Ll}+)(?=[ \t]+\p{Ll})"
)
CLOSED_CLASS = (
    FUNCTION_WORDS
    | frozenset(
        "itself himself herself themselves ourselves yourself myself into upon unto whether".split()
    )
) - {"may", "will", "can", "no"}  # May the month, Will the name, No. the number


def context_traces(text: str, zipf: Zipf) -> Iterator[Trace]:
    """Every trace of scanning between words, in no particular order (none inside a quotation
    in another language, whose lone letters and odd words are that language's)."""
    quoted = foreign_quotations(text, zipf)
    for trace in _all_traces(text, zipf):
        if not (quoted and inside(quoted, trace.start)):
            yield trace


def _all_traces(text: str, zipf: Zipf) -> Iterator[Trace]:
    for match in _STRAY_STOP.finditer(text):
        yield Trace(match.start("stop"), match.end("stop"), "stray-stop")
    cuts = spaced_cuts(text, zipf)  # line-end cuts are the signal's own count
    for match in cuts:
        yield Trace(match.start(), match.end(), "split-word")
    # A lone letter is a whole token (white space on both sides): the search, which the regex
    # module tries at every character, is made only where such a token is.
    lone = not _LONE_LETTERS.isdisjoint(text.split())
    for match in _LONE_LETTER.finditer(text) if lone else ():
        if not any(cut.start() <= match.start() < cut.end() for cut in cuts):  # "fir t"
            yield Trace(match.start(), match.end(), "lone-letter")
    for match in misplaced_capitals(text):
        yield Trace(match.start("word"), match.end("word"), "capital")


def cut_words(text: str, zipf: Zipf) -> Iterator[regex.Match[str]]:
    """ "his\\ntory", "CONDI- TION", "oth er": a word cut by a line end or a space."""
    memo = _paragraph_memo(zipf)
    if memo is None:
        yield from _cut_words_in(text, zipf)
        return
    for start, end in paragraph_spans(text):
        paragraph = text[start:end]
        cuts = memo.get(paragraph)
        if cuts is None:
            cuts = tuple(m.start() for m in _cut_words_in(paragraph, zipf))
            if len(paragraph) <= PARAGRAPH_MEMO_CHARS:
                memo[paragraph] = cuts
        for at in cuts:  # the same match, re-read in place so its offsets are the text's
            match = ADJACENT_PAIR.match(text, start + at)
            assert match is not None
            yield match


def _cut_words_in(text: str, zipf: Zipf) -> Iterator[regex.Match[str]]:
    """The `ADJACENT_PAIR` matches that are cut words. A match can only start a run of letters
    and pairs it with the next run, so the regex is tried only where the gap between two runs
    can begin a match, and not at all beside a single space unless a side is a fragment."""
    # Split, the pieces alternate gap and run (gap, run, gap, ..., gap): runs and gaps come
    # from C calls alone, and a run starts where the pieces before it end.
    pieces = _LETTERS_SPLIT.split(text)
    ends = list(accumulate(map(len, pieces)))
    for index in _tried_pairs(pieces, zipf):
        match = ADJACENT_PAIR.match(text, ends[index - 1])
        if (
            match
            and is_cut_word(match.group("left"), match.group("gap"), match.group("right"), zipf)
            and not _initial_after_word(text, match)
            and not _letter_inside_sentence(text, match)
        ):
            yield match


def spaced_cuts(text: str, zipf: Zipf) -> list[regex.Match[str]]:
    """The `cut_words` whose gap is one space or tab ("oth er", "fir t"), the ones the OCR signal
    counts as traces, found without trying the pairs across a line end or a hyphen (most of the
    regex's tries). Such a pair is a cut word when `is_cut_word` says so, and it says so of two
    runs one space apart, one of them a fragment (all the pairs tried here), from their letters
    alone: they are tested first, and the regex, whose match then pairs the same two runs, is
    tried only on the few left to confirm that no digit, apostrophe or hyphen touches them."""
    pieces = _LETTERS_SPLIT.split(text)
    ends: list[int] = []
    found = []
    for index in _tried_pairs(pieces, zipf, spaced_only=True):
        left, right = pieces[index], pieces[index + 2]
        joined = (left + right).casefold()
        if len(joined) < 5 or zipf(joined) < SPLIT_JOIN_ZIPF:
            continue
        if is_function_word(left) and is_function_word(right):
            continue
        ends = ends or list(accumulate(map(len, pieces)))
        match = ADJACENT_PAIR.match(text, ends[index - 1])
        if match and not _initial_after_word(text, match):
            found.append(match)
    return found


def _tried_pairs(pieces: list[str], zipf: Zipf, spaced_only: bool = False) -> list[int]:
    """The pieces (alternating gap and run) that start a pair worth the regex: a run with another
    after it, the gap between them able to begin `ADJACENT_PAIR`'s gap, and, if that gap is a
    single space or tab, one of the two a fragment (two words one space apart, neither a
    fragment, are never a cut word). Found with C calls alone: a Python step per pair of words
    was most of the signal's time."""
    runs, gaps = pieces[1::2], pieces[2:-1:2]  # gaps[k] lies between runs[k] and runs[k + 1]
    memo = memo_of(zipf, "fragment_side")
    if memo is None:
        fragments = list(map(_fragment_test(zipf), runs))
    else:
        fragment = _fragment_test(zipf)
        for word in set(runs).difference(memo):
            fragment(word)  # judged into the memo
        fragments = list(map(memo.__getitem__, runs))
    spaced = map(_ONE_SPACE.__contains__, gaps)
    either = map(or_, fragments, fragments[1:])
    if spaced_only:  # `spaced_cuts`: a gap of one space or tab, one side a fragment
        tried = map(and_, spaced, either)
    else:
        opens = map(_GAP_STARTS.__contains__, map(itemgetter(0), gaps))
        tried = map(and_, opens, map(or_, map(not_, spaced), either))
    return [2 * k + 1 for k in compress(count(), tried)]


_ONE_SPACE = frozenset((" ", "\t"))


# What follows a person's initial: its full stop, or the name it stands before ("Collector S.
# Harish", "Collector S Visakan").
_AFTER_INITIAL = compile_pattern(r"\.|[ \t]+\p{Lu}")


def _initial_after_word(text: str, match: regex.Match[str]) -> bool:
    """A capital letter alone after a word with lower-case letters, and then a full stop or a
    capitalised word, is an initial ("Collector S. Harish"): a cut leaves a lower-case piece or
    a capital in capitals ("HOUSE S"), and no name follows either."""
    right = match.group("right")
    if len(right) != 1 or not right.isupper() or match.group("left").isupper():
        return False
    return _AFTER_INITIAL.match(text, match.end()) is not None


# What may stand before a sentence's or a paragraph's first letter: nothing, a line end, the
# previous sentence's stop, an opening quotation mark or bracket.
_OPENS_AFTER = frozenset("\n.!?:\"“‘'([")


def _letter_inside_sentence(text: str, match: regex.Match[str]) -> bool:
    """A capital read apart from its word (`_capital_apart`: "T hey") is a drop capital or a
    wide first letter, so it opens a paragraph or a sentence; one inside a sentence, after a
    word or a comma, is a letter naming something ("hepatitis B and C", "District B and")."""
    if not _capital_apart(match.group("left"), match.group("right")):
        return False
    before = text[: match.start()].rstrip(" \t")
    return bool(before) and before[-1] not in _OPENS_AFTER


_LETTERS_SPLIT = compile_pattern(r"(\p{L}+)")
_GAP_STARTS = frozenset("-— \t\n")  # what `ADJACENT_PAIR`'s gap can begin with


# A whole run of white space holding a blank line, not after a hyphen, a dash or a line break's
# "¬": no adjacent pair or line-end break spans it (a pair starts and ends on letters, and its gap
# holds a blank line only after a dash).
_PARAGRAPH_BREAK = compile_pattern(r"(?<![-—¬\s])\s*\n[^\S\n]*\n\s*")
PARAGRAPH_MEMO_LIMIT = 20_000
# A paragraph longer than this is not remembered: no editor's keystroke leaves one that long
# unchanged, and a very long line's paragraph is a whole window of it (a 5 MB line kept each of
# its 1 MB windows, with what was found in it, until the end of the run).
PARAGRAPH_MEMO_CHARS = 100_000


_BLANK_LINE = compile_pattern(r"\n[^\S\n]*\n")
_SPACE_AFTER = compile_pattern(r"\s*")
_SPACE_BEFORE = compile_pattern(r"\s*", regex.REVERSE)


def paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    """Spans of `text` between blank lines that no cut word crosses."""
    start = 0
    for gap_start, gap_end in paragraph_breaks(text):
        if gap_start > start:
            yield start, gap_start
        start = gap_end
    if start < len(text):
        yield start, len(text)


def paragraph_breaks(text: str) -> Iterator[tuple[int, int]]:
    """The `_PARAGRAPH_BREAK` matches. Its look-behind lets a match start only where a run of
    white space does, and it then takes the whole run, so each match is a whole run holding a
    blank line, not after a hyphen or dash. They are found from the blank lines: the regex module
    skips to a blank line's first character, but tries the pattern at every character."""
    searched = 0
    while blank := _BLANK_LINE.search(text, searched):
        start = _SPACE_BEFORE.match(text, searched, blank.start()).start()  # type: ignore[union-attr]
        end = _SPACE_AFTER.match(text, blank.end()).end()  # type: ignore[union-attr]
        if start == 0 or text[start - 1] not in "-—¬":
            yield start, end
        searched = end


def _paragraph_memo(zipf: Zipf) -> dict[str, tuple[int, ...]] | None:
    """The cut words of each paragraph, remembered by the linter's vocabulary when `zipf` is its
    lookup: a keystroke changes one paragraph, and the others' cuts are the same as before."""
    return memo_of(zipf, "cut_words", PARAGRAPH_MEMO_LIMIT)


def misplaced_capitals(text: str) -> Iterator[regex.Match[str]]:
    """ "to further Insure Itself against", "competition In the": a capital the page did not
    have, on a closed-class word between lower-case words."""
    for match in CAPITAL_BETWEEN.finditer(text):
        before = match.group("before")
        if len(before) <= 2 and not is_function_word(before):
            continue  # "d Upon farther inquiries": a speck before a sentence's first word
        if match.group("word").lower() in CLOSED_CLASS:
            yield match


def is_cut_word(left: str, gap: str, right: str, zipf: Zipf) -> bool:
    if gap in (" ", "\t") and not _fragment_beside(left, right, zipf):
        return False  # most pairs of a text: tested before the join is looked up
    joined = (left + right).casefold()
    common = zipf(joined)
    if common < SPLIT_JOIN_ZIPF or len(joined) < (4 if _capital_apart(left, right) else 5):
        return False
    parts = (zipf(left), zipf(right))
    if "-" in gap or "—" in gap:  # the hyphen says it was one word
        return True
    if is_function_word(left) and is_function_word(right):
        return False
    if "\n" in gap:  # a line end: the two readings are equally likely unless the join is common
        return common >= min(parts) - 0.5
    return _fragment_beside(left, right, zipf)


def _capital_apart(left: str, right: str) -> bool:
    """ "T hey", "W hen": a capital that is no word alone ("A", "I" and "O" are) a space from the
    lower-case rest of its word, a drop capital or a wide first letter read apart; short joins
    of two words are otherwise left alone ("in to")."""
    return len(left) == 1 and left.isupper() and left not in "AIO" and right.islower()


def _fragment_test(zipf: Zipf) -> Callable[[str], bool]:
    """Whether one side makes `_fragment_beside` true (it is true when either side is), remembered
    per word by the linter's vocabulary when `zipf` is its lookup."""

    def fragment(word: str) -> bool:
        return (len(word) == 1 and word not in "aAI") or zipf(word) < SPLIT_FRAGMENT_ZIPF

    memo = memo_of(zipf, "fragment_side")
    if memo is None:
        return fragment

    def remembered(word: str) -> bool:
        try:
            return memo[word]  # type: ignore[no-any-return]
        except KeyError:
            found = memo[word] = fragment(word)
            return found

    return remembered


def _fragment_beside(left: str, right: str, zipf: Zipf) -> bool:
    """A space splits a word only where one side is a rare fragment or a lone letter."""
    lone_letter = any(len(part) == 1 and part not in "aAI" for part in (left, right))
    return lone_letter or min(zipf(left), zipf(right)) < SPLIT_FRAGMENT_ZIPF
