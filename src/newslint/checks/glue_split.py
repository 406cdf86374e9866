"""How a glued token splits: the cuts of an unknown token into two words, and when a cut is a
glue rather than a name or a compound (used by `lexicon`'s `glued` detector)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

from newslint.checks.lexicon_tuning import Tuning
from newslint.lexicon import is_function_word
from newslint.regex_store import compile_pattern
from newslint.tokens import Run, stretch_around

Zipf = Callable[[str], float]

# Closed classes of English, not tunable: a determiner after a function word makes a real glue
# ("withthe"); "whoso" is archaic English, so "be", "is", "of", "to" and "and" join them.
DETERMINERS = frozenset("the a an this that these those his her their its our my your".split())
GLUED_FUNCTION_RIGHT = DETERMINERS | {"be", "is", "of", "to", "and"}
# Function words that are also word endings ("assignor", "Paulin", "manat"): a lower-case token
# wordfreq has seen that ends in one is a word of its own more often than a glue.
WORD_ENDINGS = frozenset("or on an us as is in at it".split())


def non_word_half(zipf: Zipf, left: str, right: str) -> bool:
    """ "as sociate": beside a function word, a half that is no word at all still marks a split."""
    return min(zipf(left), zipf(right)) == 0


# What ends a sentence before the next one's first word (its capital is then the sentence's).
_SENTENCE_BEFORE = compile_pattern(r"(?:\A|[.!?:\n]|[.!?:][\"”’')\]]?)[ \t\"“‘'(\[]*\Z")


def name_inside_sentence(text: str, start: int, repair: str) -> bool:
    """A capitalised token whose split would leave a capitalised function word inside a sentence
    ("and Youjin left" -> "and You jin"): English never capitalises "You" or "In" there, so the
    capital belongs to a name (romanised given names split into such pairs), not to a glue.
    An article is the exception: no name is built from "The" and an English word, while a
    capitalised "The" glued to its noun is the commonest glue MT leaves ("said Thestudy")."""
    left = repair.split(" ", 1)[0]
    if not left[:1].isupper() or not is_function_word(left.lower()) or left.lower() == "the":
        return False
    return _SENTENCE_BEFORE.search(text, max(0, start - 4), start) is None


def cuts(token: str, first: int, last: int, longest: int) -> range:
    """The cuts of `token` from `first` to `len(token) - last` that leave a right part of at
    most `longest` characters, the longest word with a frequency: a longer part is never a word,
    and trying every cut of a run of letters would cost its length squared."""
    return range(max(first, len(token) - longest), len(token) - last)


def function_pair(zipf: Zipf, token: str, tuning: Tuning, longest: int) -> tuple[str, str] | None:
    """Two function words run together ("inthe", "ofthe"): common enough on the web that wordfreq
    knows them, but never English. "thereon", "whereof" are real words, hence no there/where."""
    if not token.islower():
        return None
    for cut in cuts(token, 2, 1, longest):
        left, right = token[:cut], token[cut:]
        if (
            left not in ("there", "where")
            and is_function_word(left)
            and right in GLUED_FUNCTION_RIGHT
            and min(zipf(left), zipf(right)) >= tuning.function_pair_part_min_zipf
        ):
            return left, right
    return None


def content_split(
    zipf: Zipf,
    token: str,
    counts: Counter[str],
    tuning: Tuning,
    follows_a_subject: Callable[[str], bool],
    longest: int,
) -> tuple[str, str] | None:
    """(left, right) for a token wordfreq has never seen, made of two common words.
    `follows_a_subject(word)`: whether the word reads as a verb a name is the subject of."""
    if len(token) < 5 or not token[1:].islower() or zipf(token) > unseen_zipf(token, tuning):
        return None
    best: tuple[float, str, str] | None = None
    for cut in cuts(token, 2, 2, longest):
        left, right = token[:cut], token[cut:]
        # A name wordfreq knows that the page does not use alone ("Kadyrov" 2.15)
        known = (
            left[0].isupper()
            and not counts[left]
            and not is_function_word(left)
            and zipf(left) >= tuning.auxiliary_left_min_zipf
        )
        needed = _content_glue_threshold(left, right, counts, tuning, known)
        if needed is None:
            continue
        name = left[0].isupper() and (counts[left] or known)
        # A name the document establishes needs no frequency of its own ("Healdtold"); what is
        # glued to it must then be its verb: a name and a noun is how surnames and places are
        # built ("Ian Merrowgate" beside "Ms Merrow", "Kendalbridge"), whatever the noun. A name
        # only wordfreq knows always needs a verb, and one whose ending shows it ("Kadyrovannounced"),
        # not a word the tagger may read as one ("Castlefrank", "Marasites").
        if known and not right.endswith("ed"):
            continue
        if name and (known or zipf(left) < needed) and not follows_a_subject(right):
            continue
        score = zipf(right) if name else min(zipf(left), zipf(right))
        if score >= needed and (best is None or score > best[0]):
            best = (score, left, right)
    return (best[1], best[2]) if best else None


def likelier_split(zipf: Zipf, token: str, tuning: Tuning, longest: int) -> tuple[str, str] | None:
    """(left, right) for a lower-case token wordfreq has seen as a web typo ("suchas") whose two
    common halves, read as independent words, are far likelier than the token: Zipf values are
    log10 of a word's frequency per 10^9 words, so the pair's log-likelihood ratio against the
    token is zipf(left) + zipf(right) - 9 - zipf(token). Compounds and words English builds
    from a prefix ("cannot", "ingoing", "outride") fall well short of it, or start with a prefix."""
    whole = zipf(token)
    if not token.islower() or whole <= 0:
        return None
    best: tuple[float, str, str] | None = None
    for cut in cuts(token, 2, 1, longest):
        left, right = token[:cut], token[cut:]
        if (
            left in tuning.prefixes
            or left in tuning.likelier_split_prefixes
            or right in tuning.suffixes
            or right in tuning.suffix_words
            or right in tuning.name_endings
        ):
            continue
        ratio = independent_odds(zipf, left, right, whole)
        if (
            min(zipf(left), zipf(right)) >= tuning.likelier_split_part_min_zipf
            and ratio >= tuning.likelier_split_min_ratio
            and (best is None or ratio > best[0])
        ):
            best = (ratio, left, right)
    return (best[1], best[2]) if best else None


def independent_odds(zipf: Zipf, left: str, right: str, whole: float) -> float:
    """log10 of how much likelier `left right`, read as two independent words, is than the token
    whose Zipf value is `whole` (Zipf values are log10 of a frequency per 10^9 words)."""
    return zipf(left) + zipf(right) - 9.0 - whole


def unseen_zipf(token: str, tuning: Tuning) -> float:
    # "Thecity" and the like are frequent web typos, so wordfreq has seen a few of them.
    return tuning.the_glue_max_zipf if token[:3].lower() == "the" else 0.0


LONG_PART = 6  # letters of two halves no misspelling of one word leaves (`long_parts_min_zipf`)


def _content_glue_threshold(
    left: str, right: str, counts: Counter[str], tuning: Tuning, known_name: bool = False
) -> float | None:
    """How common both halves must be for this cut to be a glue, or None if it cannot be one.

    A function word on the left is strong evidence ("andmobilize", "Theyperpetrated"). Two
    content words must both be common; a capitalised left half must be a name this document uses
    on its own ("Anitaadvised") or a `known_name` (wordfreq's), because surnames are built
    exactly like compounds ("Goldwell").
    """
    if (
        left.lower() in tuning.prefixes
        or right in tuning.suffixes
        or right in tuning.suffix_words
        or right in tuning.name_endings
    ):
        return None
    if is_function_word(left):
        return tuning.function_left_min_zipf
    if (
        len(left) < 4
        or len(right) < 4
        or (left[0].isupper() and not counts[left] and not known_name)
    ):
        return None
    if counts[left] and counts[right]:
        return (
            tuning.document_words_glue_min_zipf
        )  # both halves stand alone elsewhere in this article
    if len(left) >= LONG_PART and len(right) >= LONG_PART:
        return tuning.long_parts_min_zipf
    return tuning.content_glue_min_zipf


# A possessive "'s" closing a lower-case run of five letters or more (found from the apostrophe:
# a pattern led by the run would be tried at every letter of the text).
_POSSESSIVE = compile_pattern(r"['’]s(?![\p{L}\p{N}])(?<=\p{Ll}{5}..)")
_BASE_START = compile_pattern(r"\p{Ll}+$")


HYPHEN_PART_MIN = 5  # letters of the shortest part of a hyphenated word read for a glue
# A token that is an address, a path, a handle, a file or a slug: its words are closed up by
# design.
_ADDRESS_CHUNK = compile_pattern(r"[/@#_\\=]|www\.|\.(?:com|org|net|html?|php)\b")


def possessive_bases(text: str) -> Iterator[Run]:
    """The lower-case runs before a possessive "'s" ("thecompany's"), which the document's words
    leave out (a run joined to the next by an apostrophe is not a word of its own): a glue is
    as likely before a possessive as anywhere."""
    for match in _POSSESSIVE.finditer(text):
        end = match.start()
        base = _BASE_START.search(text, max(0, end - 40), end)
        if base is None:
            continue
        start = base.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "'’.@/-"):
            continue  # part of a longer token: an address, a name with capitals
        yield Run(start, end, base.group())


def hyphen_parts(text: str, runs: list[Run]) -> Iterator[Run]:
    """The lower-case runs of letters joined to a neighbour by a hyphen ("well-knownauthor"),
    which the document's words leave out (a run joined so is part of a longer token): a glue is
    as likely inside a hyphenated word as anywhere. Runs of a token that is an address, a path,
    a handle or a file name ("example.com/the-phrasewe-story") are not read: slugs close words
    up by design."""
    last = len(runs) - 1
    for index, run in enumerate(runs):
        start, end, token = run
        if len(token) < HYPHEN_PART_MIN or not token.islower() or not token.isalpha():
            continue
        joined = (
            start and text[start - 1] == "-" and index and runs[index - 1].end == start - 1
        ) or (text[end : end + 1] == "-" and index < last and runs[index + 1].start == end + 1)
        if joined and not _ADDRESS_CHUNK.search(stretch_around(text, start, end)):
            yield run
