"""A noisy channel for words a scanner turned into other words: "hive" for "have", "caine" for
"came", "tle" for "the", "thins" for "this".

A word English hardly uses, standing once in a scanned page, is either what the page printed or a
misreading of something commoner. The channel weighs the two: the printed word's frequency
(wordfreq's Zipf scale, a log10 prior) against the cost of the misreading that would have turned
it into what we read. A misreading of glyph shapes a scanner confuses (rn/m, li/h, e/c, cl/d, i/l,
a/o ...) is cheap; any other dropped, added or changed letter costs more. A candidate is
reported when its prior beats the written word's by more than that cost, so "hive" (Zipf 3.5)
gives way to "have" (6.7) but "zeal" (3.3) keeps its place beside "real" (5.6).

The document-level OCR gate decides whether the channel is asked at all: in born-digital copy a
rare word is the writer's choice. And the page's own damage sets the prior of an error: where a
scanner damaged many words, any one word is likelier misread, so the cost falls (`damage_relief`).
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache
from itertools import repeat
from typing import NamedTuple

from newslint.lexicon import memo_of
from newslint.look_alikes import common_words as listed_common_words
from newslint.misreadings import GLYPH_CONFUSIONS
from newslint.ocr_damage import TOKEN, core_damage, strip_edges
from newslint.ocr_fragments import cut_fragment
from newslint.regex_store import compile_pattern

Zipf = Callable[[str], float]

_LETTERS = "abcdefghijklmnopqrstuvwxyz"

# The written word must be rare, and the candidate common, for the trade to be worth asking.
MAX_WRITTEN_ZIPF = 4.5
MIN_TARGET_ZIPF = 4.0
# Zipf points by which the candidate's prior must beat the written word's: the cost of the
# misreading (a glyph confusion is cheap; any other edit is not) plus the prior of an error.
GLYPH_GAIN = 2.3
EDIT_GAIN = 2.4
# A word the dictionary has ("hive", "toy", "fur") is printed far more often than misread: the
# candidate must beat it by more. wordfreq also counts names, foreign words and old misreadings
# ("tle", "caine"), which the dictionary leaves out.
DICTIONARY_GLYPH_GAIN = 3.0
DICTIONARY_EDIT_GAIN = 3.6
MIN_LETTERS, MAX_LETTERS = 2, 12
# The gains above price a misreading on a page a scanner damaged lightly. Where a larger share of
# the page's words is damaged (`OcrSignal.share`), a misreading is likelier a priori: the cost
# falls by RELIEF_PER_DECADE Zipf points per tenfold rise of that share above RELIEF_FROM, by
# MAX_RELIEF at most (reached from a share of about 0.095). Fitted on the BLN600 articles of the
# "fit" half (tokens on an OCR error against tokens the transcription keeps, at every share).
RELIEF_FROM = 0.03
RELIEF_PER_DECADE = 2.0
MAX_RELIEF = 1.0
# How often a lower-case word may stand on a page with relief and still be read as a misreading
# (elsewhere once), if the dictionary lacks it: BLN600 fit articles, words twice on a page the
# channel reads, 122 on an OCR error against 3 the transcription keeps.
MAX_DAMAGED_REPEATS = 2
# A word of four letters or more that English writes this often is a word, whether the dictionary
# lists it or not: Hunspell leaves out old forms ("unto", 3.96: "wise unto sobriety"), and it is
# judged as strictly as a dictionary word. A scanner's residue this common is a short piece
# ("ing", "wa"); on the BLN600 fit articles no longer word this common was read.
WRITTEN_WORD_ZIPF = 3.9
WRITTEN_WORD_LETTERS = 4
# The frequency a dictionary word that wordfreq does not list is read at: the rarest it lists.
DICTIONARY_ONLY_ZIPF = 1.0


class Misreading(NamedTuple):
    intended: str
    gain: float  # Zipf points the intended word's prior beats the written word's by
    glyph: bool  # a confusion of glyph shapes, not any edit


class _Readings(NamedTuple):
    """The commonest word one glyph confusion away and the commonest one any edit away (either
    may be None), before any cost is asked: they depend on the word alone."""

    glyph: Misreading | None
    edit: Misreading | None


def damage_relief(share: float) -> float:
    """Zipf points off a misreading's cost on a page whose damaged share of words is `share`."""
    if share <= RELIEF_FROM:
        return 0.0
    return min(MAX_RELIEF, RELIEF_PER_DECADE * math.log10(share / RELIEF_FROM))


def likely_misreading(
    word: str,
    zipf: Zipf,
    in_dictionary: Callable[[str], bool] = lambda word: False,
    relief: float = 0.0,
) -> Misreading | None:
    """The common word that `word` (lower case, ASCII) is most likely a scanner's misreading of,
    if its prior beats the written word's by the cost of the misreading (`in_dictionary`: whether
    a dictionary of English words has `word`, which raises the cost; `relief`: Zipf points the
    page's damage takes off it, `damage_relief`)."""
    readings = _readings(word, zipf)
    if readings is None:
        return None
    glyph_gain, edit_gain = (
        (DICTIONARY_GLYPH_GAIN, DICTIONARY_EDIT_GAIN)
        if in_dictionary(word)
        else (GLYPH_GAIN, EDIT_GAIN)
    )
    best: Misreading | None = None
    for reading, cost in ((readings.glyph, glyph_gain), (readings.edit, edit_gain)):
        if reading and reading.gain >= cost - relief and (best is None or reading.gain > best.gain):
            best = reading
    return best._replace(gain=round(best.gain, 2)) if best else None


def _readings(word: str, zipf: Zipf) -> _Readings | None:
    memo = memo_of(zipf, "ocr_channel")
    if memo is not None and word in memo:
        return memo[word]  # type: ignore[no-any-return]
    found = _best_readings(word, zipf)
    if memo is not None:
        memo[word] = found
    return found


def _best_readings(word: str, zipf: Zipf) -> _Readings | None:
    written = zipf(word)
    if not 0 < written <= MAX_WRITTEN_ZIPF or not MIN_LETTERS <= len(word) <= MAX_LETTERS:
        return None
    best: dict[bool, Misreading] = {}
    common = common_words()
    plain = word.isascii() and word.isalpha() and word.islower()
    for candidate, glyph in _candidates(word, edits=not plain):
        if candidate not in common:
            continue  # most candidates are no word; a set answers faster than the lookup
        value = zipf(candidate)
        if value < MIN_TARGET_ZIPF:
            continue
        gain = value - written
        if gain > 0 and (glyph not in best or gain > best[glyph].gain):
            best[glyph] = Misreading(candidate, gain, glyph)
    if plain:
        edit = _best_plain_edit(word, written, zipf)
        if edit is not None:
            best[False] = edit
    return _Readings(best.get(True), best.get(False)) if best else None


def _best_plain_edit(word: str, written: float, zipf: Zipf) -> Misreading | None:
    """The edit `_candidates` would weigh best for the plain `word`: the greatest gain, the first
    edit in their order among equals. Its common edit neighbours come from the deletion index
    (some 3n lookups, where the edits are some 50n spellings: most of ocr.unlikely-word's time
    on a scanned page); the edits are made in order only to settle a tie."""
    gains = {}
    for candidate in edit_neighbours(word):
        # only the a-z letters are tried
        value = zipf(candidate) if candidate.isascii() and candidate.islower() else 0.0
        if value >= MIN_TARGET_ZIPF and value - written > 0:
            gains[candidate] = value - written
    if not gains:
        return None
    top = max(gains.values())
    tied = [candidate for candidate, gain in gains.items() if gain == top]
    first = tied[0] if len(tied) == 1 else next(filter(set(tied).__contains__, _edits(word)))
    return Misreading(first, top, False)


def common_words() -> frozenset[str]:
    """wordfreq's English words of Zipf MIN_TARGET_ZIPF or more: the only candidates worth a
    lookup (some seven thousand), read once per process from the list of them kept in the cache
    directory (`look_alikes.common_words`; picked out of the whole table, 0.03 s a process)."""
    return listed_common_words(MIN_TARGET_ZIPF)


def edit_neighbours(word: str) -> set[str]:
    """The common words (`common_words`) one dropped, added or changed letter from
    `word`, found through the words' single deletions (`_deletions`): a word with a letter added
    is a deletion of the token, one with a letter dropped has the token as a deletion, one with a
    letter changed shares a deletion at the same place. Some 3n lookups, not 50n candidates."""
    index = _deletions()
    common = common_words()
    found: set[str] = set()
    for at in range(len(word)):
        shorter = word[:at] + word[at + 1 :]
        if shorter in common:
            found.add(shorter)
        for candidate, where in index.get(shorter, ()):
            if where == at and candidate != word:
                found.add(candidate)  # the letter at `at` changed
    found.update(candidate for candidate, _ in index.get(word, ()))
    return found


@cache
def _deletions() -> dict[str, tuple[tuple[str, int], ...]]:
    """Each single deletion of a common word -> (the word, where the letter went), read once."""
    index: dict[str, list[tuple[str, int]]] = {}
    for word in common_words():
        if not word.isalpha():
            continue  # "men's": no scanner's one-letter misreading
        for at in range(len(word)):
            index.setdefault(word[:at] + word[at + 1 :], []).append((word, at))
    return {key: tuple(value) for key, value in index.items()}


def _candidates(word: str, edits: bool = True) -> Iterator[tuple[str, bool]]:
    """Every word one glyph confusion from `word` (True), then, unless `edits` is false, one
    dropped, added or changed letter (False); a word may come twice."""
    for printed, read in GLYPH_CONFUSIONS:
        at = word.find(read)
        while at != -1:
            yield word[:at] + printed + word[at + len(read) :], True
            at = word.find(read, at + 1)
    if edits:
        yield from zip(_edits(word), repeat(False))


def _edits(word: str) -> Iterator[str]:
    """Every spelling one added, dropped or changed letter (a to z) from `word`, in that order
    place by place; a spelling may come twice."""
    for at in range(len(word) + 1):
        for letter in _LETTERS:
            yield word[:at] + letter + word[at:]
        if at < len(word):
            yield word[:at] + word[at + 1 :]
            for letter in _LETTERS:
                if letter != word[at]:
                    yield word[:at] + letter + word[at + 1 :]


# A capitalised word that opens a sentence or a line and is followed by a lower-case one: the
# capital is the position's, not a name's ("Sinco then", "Ibe university"). After a title or an
# initial ("Mr. Paget") the word is a name.
_OPENING_WORD = compile_pattern(
    r"(?:^|(?<=\n)|(?<=\p{Ll}{3}[.!?][\"”’']?[ \t]))\p{Lu}\p{Ll}+(?=[ \t,;:]+\p{Ll})"
)


def unlikely_words(
    text: str, zipf: Zipf, in_dictionary: Callable[[str], bool], relief: float = 0.0
) -> Iterator[tuple[int, int, Misreading]]:
    """Rare words the page has once (a lower-case one no dictionary has, twice on a page with
    `relief`) that the channel reads as misreadings: lower-case words anywhere, and capitalised
    ones where a sentence or a line opens (judged as strictly as a dictionary word, since a name
    may stand there too). Left alone: an abbreviation before a number, a cut word's half at a
    line's edge (`_kept_in_place`). `relief`: see `likely_misreading`."""
    cores = [(m, strip_edges(m.group())) for m in TOKEN.finditer(text)]
    counts = Counter(core.lower() for _, core in cores)
    # A word a writer chose may recur; on a page the scanner damaged more (relief), the same
    # misreading of a common word recurs too ("thte" for "the" twice), though hardly three
    # times, and hardly as a word the dictionary has (a poem's "thy" twice is the poet's).
    most = MAX_DAMAGED_REPEATS if relief > 0 else 1

    def known(word: str) -> bool:
        common = len(word) >= WRITTEN_WORD_LETTERS and zipf(word) >= WRITTEN_WORD_ZIPF
        return common or in_dictionary(word)

    for match, core in cores:
        if not (core.isalpha() and core.islower() and core.isascii()) or counts[core] > most:
            continue
        if counts[core] > 1 and known(core):
            continue
        reading = _reading(core, zipf, known, in_dictionary, relief)
        if reading is None:
            continue
        start = match.start() + match.group().find(core)
        end = start + len(core)
        if not _kept_in_place(text, start, end, known, zipf):
            yield start, end, reading
    for match in _OPENING_WORD.finditer(text):
        word = match.group()
        lower = word.lower()
        if not word.isascii() or counts[lower] > 1 or core_damage(word, zipf):
            continue
        reading = likely_misreading(lower, zipf, _always, relief)
        if reading is not None and not _kept_in_place(
            text, match.start(), match.end(), known, zipf
        ):
            yield (
                match.start(),
                match.end(),
                reading._replace(intended=reading.intended.capitalize()),
            )


def _always(word: str) -> bool:
    return True


def _reading(
    core: str,
    zipf: Zipf,
    known: Callable[[str], bool],
    in_dictionary: Callable[[str], bool],
    relief: float,
) -> Misreading | None:
    """The channel's reading of a lower-case word no other rule names. A word the dictionary has
    and wordfreq lacks ("motlier", "deafer", which `ocr.non-word` leaves alone as words) is read
    as one of the rarest wordfreq lists (`DICTIONARY_ONLY_ZIPF`), at the dictionary word's cost."""
    kind = core_damage(core, zipf)
    if kind is None:
        return likely_misreading(core, zipf, known, relief)
    if kind != "non-word" or zipf(core) > 0 or not in_dictionary(core):
        return None  # a non-word or a misreading another rule names

    def floored(word: str) -> float:
        return DICTIONARY_ONLY_ZIPF if word == core else zipf(word)

    return likely_misreading(core, floored, _always, relief)


# The word across a line end after a word (a hyphen may stand before the line end), and the word
# before a line end that a word follows.
# A full stop and then a number after a word the dictionary has: an abbreviation ("Sec. 10,
# twp. 10", "No. 5", "vol. 3"). A word no dictionary has keeps its reading ("lis. 7d." for "11s.").
_STOP_BEFORE_NUMBER = compile_pattern(r"\.[ \t]*\d")


def _kept_in_place(
    text: str, start: int, end: int, known: Callable[[str], bool], zipf: Zipf
) -> bool:
    """Whether the word at `start:end`, which the channel reads as a misreading, is what its place
    shows it to be: an abbreviation (a word with a full stop before a number) or a cut word's
    piece (`newslint.ocr_fragments`)."""
    word = text[start:end].lower()
    if known(word) and _STOP_BEFORE_NUMBER.match(text, end):
        return True
    if text.startswith(".", end) and _abbreviation_of(word) is not None:
        return True
    return cut_fragment(text, start, end, zipf, known)


# A word of four letters or more before a full stop that opens a common word two letters longer or
# more is that word cut short: an abbreviation ("1st sess." for session, "Cong." for Congress), not
# a misreading of a word it happens to sit near ("less"). A misreading seldom keeps the opening of
# a longer common word ("tbe", "bouse", "lees" open none).
MIN_ABBREVIATED_LETTERS = 4
MIN_ABBREVIATED_CUT = 2


def _abbreviation_of(word: str) -> str | None:
    """The common word (Zipf MIN_TARGET_ZIPF or more) that `word` is the opening of, if any."""
    if len(word) < MIN_ABBREVIATED_LETTERS:
        return None
    longest = len(word) + MIN_ABBREVIATED_CUT
    ordered = _ordered_common_words()
    for at in range(bisect.bisect_left(ordered, word), len(ordered)):
        if not ordered[at].startswith(word):
            return None  # past the words that open so
        if len(ordered[at]) >= longest:
            return ordered[at]
    return None


@cache
def _ordered_common_words() -> tuple[str, ...]:
    return tuple(sorted(common_words()))
