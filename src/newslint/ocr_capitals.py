"""Capitals a scanner gave to ordinary verbs and adverbs: "to further Insure itself", "the telegram
is Partly in reply", "was Indicted to day" (a lower-case i or l read as a capital I).

A capital inside a sentence belongs to a name, a title or an institution ("the Court", "the
Federal government"). A verb or an adverb between lower-case words takes none, unless it is also
a name ("Will", "Grant") or the line is set in title case ("Records that are Expected to be
Reviewed"). Three sources of evidence decide, none of them a list: Hunspell's cased dictionary
(the word is an ordinary word and no one's name), the part-of-speech tagger (the word, lower-cased,
is a verb or an adverb where it stands) and the page itself (a name recurs; a misreading is a
one-off, and a title-case line has other capitals around it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol

from newslint.lexicon import is_function_word
from newslint.line_words import words_around
from newslint.ocr_context import CAPITAL_BETWEEN, CLOSED_CLASS
from newslint.regex_store import compile_pattern
from newslint.verb_forms import BE_FORMS, DO_FORMS, HAVE_FORMS

Zipf = Callable[[str], float]

MIN_ZIPF = 3.0  # the lower-case word is an everyday one
WINDOW = 3  # words each side that must carry no other capital (title case, a name's parts)
CONTEXT = 4  # words each side the tagger reads
_TAGS = ("VB", "RB")  # verbs and adverbs: never names, never institutions
_WORD = compile_pattern(r"\S+")


class Tagger(Protocol):
    def tag(self, words: list[str]) -> list[tuple[str, str]]: ...


class Names(Protocol):
    def only_lower_case(self, word: str) -> bool: ...


def open_class_capitals(
    text: str, zipf: Zipf, names: Names, tagger: Callable[[], Tagger | None]
) -> Iterator[tuple[int, int]]:
    """Spans of verbs and adverbs with a capital the printed page did not give them."""
    repeated: dict[str, bool] = {}  # each word's answer, read once from the text
    for match in CAPITAL_BETWEEN.finditer(text):
        word = match.group("word")
        lower = word.lower()
        if lower in CLOSED_CLASS or zipf(lower) < MIN_ZIPF:
            continue  # closed-class capitals are `misplaced_capitals`'; rare words may be names
        before = match.group("before")
        if len(before) <= 2 and not is_function_word(before):
            continue  # a speck before a sentence's first word
        if word not in repeated:
            repeated[word] = _written_twice(text, word)
        if repeated[word] or not names.only_lower_case(lower):
            continue
        left, right = words_around(text, match.start("word"), match.end("word"), _WORD, CONTEXT)
        if any(_capitalised(w) for w in left[-WINDOW:] + right[:WINDOW]):
            continue  # a title-case line or a name of several words
        model = tagger()
        if model is None:
            return
        tag = model.tag([*left, lower, *right])[len(left)][1]
        if tag.startswith(_TAGS):
            yield match.start("word"), match.end("word")


# Two capitalised words side by side between lower-case words: "to further Insure Itself <
# against" (a stray mark may stand before the next word). `CAPITAL_BETWEEN` wants a lower-case
# word on each side of one capital, so neither of the pair is read there. A name or a title of
# several words is built of nouns and adjectives; a pair whose every word is a small word
# (`CLOSED_CLASS`) or a verb or adverb by the same evidence as `open_class_capitals` is no name.
_PAIR_BETWEEN = compile_pattern(
    r"(?<=(?<!\p{L})(?P<before>\p{Ll}+)[ \t]+)(?P<first>\p{Lu}\p{Ll}+)[ \t]+"
    r"(?P<second>\p{Lu}\p{Ll}+)(?=[ \t]+(?:[^\s\p{L}\p{N}\"'“”‘’(\[][ \t]+)?\p{Ll})"
)


def paired_capitals(
    text: str, zipf: Zipf, names: Names, tagger: Callable[[], Tagger | None]
) -> Iterator[tuple[int, int]]:
    """Spans of both words of a capitalised pair between lower-case words ("further Insure Itself
    against") when neither word can be part of a name: each is a small word, or an everyday verb
    or adverb no one is named, written so once on the page."""
    for match in _PAIR_BETWEEN.finditer(text):
        before = match.group("before")
        if len(before) <= 2 and not is_function_word(before):
            continue  # a speck before a sentence's first word
        if not all(scanner_capital(match.group(w)[0]) for w in ("first", "second")):
            continue  # "voted to Move On": a capital no scanner makes of a lower-case letter
        pair = match.group("first").lower(), match.group("second").lower()
        if all(w in CLOSED_CLASS for w in pair):
            continue  # "Of The": a title's small words, or `misplaced_capitals`' shapes
        if not all(w in CLOSED_CLASS or _open_class_word(w, zipf, names) for w in pair):
            continue
        if _written_twice(text, match.group()):
            continue  # a name or a title the page repeats
        left, right = words_around(text, match.start(), match.end(), _WORD, CONTEXT)
        if any(_capitalised(w) for w in left[-WINDOW:] + right[:WINDOW]):
            continue  # a title-case line or a longer name
        model = tagger()
        if model is None:
            return
        tagged = model.tag([*left, *pair, *right])
        if _reads_as_name(tagged[: len(left)], tagged[len(left) + 2 :]):
            continue
        inside = [tag for _, tag in tagged[len(left) : len(left) + 2]]
        if all(
            w in CLOSED_CLASS or tag.startswith(_TAGS) for w, tag in zip(pair, inside, strict=True)
        ):
            yield match.start("first"), match.end("first")
            yield match.start("second"), match.end("second")


def _reads_as_name(left: list[tuple[str, str]], right: list[tuple[str, str]]) -> bool:
    """Whether the pair stands where a noun phrase does: after a noun it names ("the group Take
    That played") or before a verb it is the subject of. A misread verb phrase is led by what
    asks for a verb ("to further Insure Itself") and followed by its object or a preposition."""
    after = next((tag for word, tag in right if any(c.isalpha() for c in word)), "")
    return (bool(left) and _names_its_object(*left[-1])) or after.startswith(("VB", "MD"))


# The forms of be, have and do: a finite verb that leads another verb, not one that takes an
# object ("did Not Know" is a misread verb phrase; "performed Go Away" a title).
_AUXILIARY_FORMS = BE_FORMS | HAVE_FORMS | DO_FORMS


def _names_its_object(word: str, tag: str) -> bool:
    """Whether the word before the pair makes it a noun phrase: a noun it names ("the group Take
    That") or a finite verb other than an auxiliary, whose object it is ("they performed Go Away
    in the town", "she sang Come Back"): a bare verb right after a finite verb is no verb of the
    sentence, so an everyday pair there is a title."""
    if tag.startswith("NN"):
        return True
    return tag in ("VBD", "VBZ", "VBP") and word.lower() not in _AUXILIARY_FORMS


def _open_class_word(word: str, zipf: Zipf, names: Names) -> bool:
    """An everyday word the dictionary never writes as a name."""
    return zipf(word) >= MIN_ZIPF and names.only_lower_case(word)


# A lower-case i a scanner read as the capital I, on a small word the grammar around it keeps in
# lower case, where `CAPITAL_BETWEEN` (a lower-case word on each side) does not look: after a comma
# or semicolon inside a sentence ("of the award, Is a sophomore"), and after a capitalised word
# with two lower-case words following ("Mr. Taylor Is organist at", "Tuesday In the hall"), which
# a title-case line would have capitalised too. Only the I-shape: the capitals of "And", "The",
# "Nor" after a comma open the lines of verse a scanner runs together.
_I_AFTER_MARK = compile_pattern(r"(?<=\p{Ll}[,;][ \t]+)(?P<word>I\p{Ll}+)(?=[ \t]+\p{Ll})")
_I_AFTER_CAPITAL = compile_pattern(
    r"(?<=(?<!\p{L})\p{Lu}\p{Ll}+[ \t]+)(?P<word>I\p{Ll}+)(?=[ \t]+\p{Ll}+[ \t]+\p{Ll})"
)
# The same I-shape before a name, where `CAPITAL_BETWEEN` wants a lower-case word after: "began
# its sessions In Madison Square Garden", "boys and girls In Cleveland county". Two lower-case
# words before it rule out a title-case line ("Is Back and In Charge"), and a small word after it
# ("In The Mood") a title.
_I_BEFORE_NAME = compile_pattern(
    r"(?<=(?<!\p{L})\p{Ll}+[ \t]+\p{Ll}+[ \t]+)(?P<word>I\p{Ll}+)(?=\s+(?P<after>\p{Lu}\p{Ll}*))"
)


def i_shaped_capitals(text: str) -> Iterator[tuple[int, int, bool]]:
    """Spans of small words whose capital I was a lower-case i ("award, Is a", "Taylor Is
    organist"), each with whether the lower-case word is surely what was printed: after a comma
    the comma may be the misreading instead, of a full stop ("screen, In fact")."""
    for certain, pattern in ((False, _I_AFTER_MARK), (True, _I_AFTER_CAPITAL)):
        for match in pattern.finditer(text):
            if match.group("word").lower() in CLOSED_CLASS:
                yield match.start("word"), match.end("word"), certain
    for match in _I_BEFORE_NAME.finditer(text):
        if match.group("word").lower() in CLOSED_CLASS and not _small(match.group("after")):
            yield match.start("word"), match.end("word"), True


# Capitals a scanner makes of a lower-case glyph: the I of an "l", "i" or "1", and the letters
# whose capital is their lower-case shape writ large (c, o, s, v ...; p's bowl). A capital of
# another shape (the H of "Him" in a hymn, the M of "voted to Move On") was printed so.
_SCANNER_CAPITALS = frozenset("ICKOPSUVWXZ")


def scanner_capital(letter: str) -> bool:
    """Whether a scanner could have read the capital `letter` where a lower-case one stood."""
    return letter in _SCANNER_CAPITALS


def _written_twice(text: str, word: str) -> bool:
    """`text.count(word) > 1`, stopping at the second copy: count takes copies from the left
    without overlap, so a second one starts at or after the first one's end. Counting every copy
    read the whole page once per capital (0.4 s on the real page openings)."""
    first = text.find(word)
    return first >= 0 and text.find(word, first + len(word)) >= 0


def _small(word: str) -> bool:
    return word.lower() in CLOSED_CLASS


def _capitalised(token: str) -> bool:
    core = token.strip("\"'“”‘’()[],.;:!?")
    return core[:1].isupper() and core.lower() not in CLOSED_CLASS
