"""The `lexicon` kind's thresholds and word lists (not a kind itself): each is a rule option.

Defaults are what the detectors were measured with on the development corpus; the reasons are
beside each one here, and `newslint rules show mt.glued-words` prints the values in force.
"""

from __future__ import annotations

from typing import Any

from newslint.misreadings import GLYPH_CONFUSIONS, LOWER_CASE_CONFUSIONS
from newslint.rules import Rule
from newslint.values import FrozenValue

Confusions = tuple[tuple[str, str], ...]

OCR_CONFUSIONS = (
    ("c", "e"), ("e", "c"), ("0", "o"), ("1", "l"), ("1", "i"), ("l", "i"), ("i", "l"), ("rn", "m"),
    ("m", "rn"), ("cl", "d"), ("li", "h"), ("b", "h"), ("h", "b"), ("vv", "w"), ("ii", "u"), ("n", "u"),
    ("u", "n"), ("tb", "th"), ("wb", "wh"), ("f", "t"),
)  # fmt: skip


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


class Tuned:
    """One of the tuning's fields: its name (the rule option's), its default and why."""

    __slots__ = ("default", "doc", "name")

    def __init__(self, name: str, default: Any, doc: str):
        self.name = name
        self.default = default
        self.doc = doc


# The fields of `Tuning`, in order, with their defaults and reasons.
TUNED: tuple[Tuned, ...] = (
    # glued
    Tuned(
        "glued_max_zipf",
        2.1,
        "glued pairs such as 'withthe' occur in careless web text: 'unknown' means this rare",
    ),
    Tuned(
        "capitalised_left_min_zipf",
        4.5,
        "a capitalised left half not used elsewhere in the document must be this common",
    ),
    Tuned(
        "auxiliary_left_min_zipf",
        1.5,
        "... or this common before a function word no name ends in: an auxiliary ('Tasmaniawas'), "
        "'by', 'and' (a name wordfreq knows: 'Kadyrov' 2.15; a seen token must also pass the "
        "independence odds, so 'Ashby' 2.96 is no 'Ash by')",
    ),
    Tuned(
        "function_pair_max_zipf",
        3.5,
        "two function words run together ('inthe' 2.6, 'ofthe' 3.3) are at most this common",
    ),
    Tuned(
        "function_pair_part_min_zipf",
        6.0,
        "... and both are among the commonest words of English",
    ),
    Tuned(
        "content_glue_min_zipf",
        3.8,
        "two content words glued ('aviationsector'): both halves at least this common",
    ),
    Tuned(
        "long_parts_min_zipf",
        3.2,
        "... or this common when both halves run to six letters or more, which no misspelling of "
        "one word leaves ('celebratespeople'; 'desport', 'carbones' have short halves)",
    ),
    Tuned(
        "function_left_min_zipf",
        2.5,
        "... a function word on the left ('andmobilize') needs the halves only this common",
    ),
    Tuned(
        "document_words_glue_min_zipf",
        2.5,
        "... and halves that stand alone elsewhere in the article only this common",
    ),
    Tuned(
        "the_glue_max_zipf",
        1.5,
        "'Thecity' and the like are frequent web typos: wordfreq has seen them up to this",
    ),
    Tuned(
        "likelier_split_min_ratio",
        2.4,
        "a lower-case token wordfreq has seen ('suchas' 1.2) is two words when the pair, as two "
        "independent words, is this many powers of ten likelier than the token (domain-grouped CV)",
    ),
    Tuned(
        "likelier_split_part_min_zipf",
        5.0,
        "... and both words are at least this common (domain-grouped CV; 'such' 5.8)",
    ),
    Tuned(
        "likelier_split_prefixes",
        _words("a be in on"),
        "function words that are also word-forming prefixes ('ingoing', 'abed'): never split off",
    ),
    Tuned(
        "segment_max_zipf",
        3.0,
        "the segmenter cuts only tokens rarer than this (web typos: 'inthe' 2.6, 'somuch' 1.4)",
    ),
    Tuned(
        "segment_unseen_zipf",
        1.0,
        "... reading a token wordfreq has never seen as a word this common (a name, a coinage)",
    ),
    Tuned(
        "segment_unseen_letters",
        8,
        "... up to this many letters; a longer lower-case token wordfreq never saw is read as "
        "rarer still, by `segment_unseen_letter_zipf` a letter: the longer a string of letters, "
        "the fewer of them are words, while two words run together are as long as their parts",
    ),
    Tuned(
        "segment_unseen_letter_zipf",
        0.6,
        "... Zipf taken off the unseen token's reading for each letter past that",
    ),
    Tuned(
        "segment_part_min_zipf",
        3.0,
        "... into words each at least this common",
    ),
    Tuned(
        "segment_min_odds",
        0.8,
        "... when the cut is this many powers of ten likelier than the token (clean corpus and "
        "dev sides: 'hastag' 0.3, a slip; two nouns, 'newsperson' 1.0, are a compound unless "
        "the page shows lost spaces; 'pastweek' 0.9, 'somuch' 2.1)",
    ),
    Tuned(
        "segment_capital_min_odds",
        2.5,
        "... or, for a capitalised token opening with a function word, this many (wordfreq's "
        "rare words: names reach 2.4, 'Hadas', 'Heras'; 'Onthe' 3.4)",
    ),
    Tuned(
        "segment_pair_min_odds",
        2.5,
        "... or, for four letters cut into two function words ('asof' 4.2), this many "
        "(wordfreq's rare words so made are other languages' words: 'todo' 1.8, 'tous' 1.8)",
    ),
    Tuned(
        "prefixes",
        _words(
            """anti counter cyber over under super inter multi non post pre self micro macro mega
            ultra out up down back cross semi sub bio eco geo hyper mini tele trans extra infra neo
            pan para poly proto pseudo tri uni mid off fore head home life work world"""
        ),
        "word-forming prefixes: 'cyberactivity' is how English makes new words, not a glue",
    ),
    Tuned(
        "suffix_words",
        _words(
            "hood ship like wise less ness dom ism ist ware wide able fold some ward wards man men"
        ),
        "word-forming endings that are words too ('lifehood')",
    ),
    Tuned(
        "name_endings",
        _words("well wood ford field land ton burg berg stone worth more ley ham son"),
        "surnames are built like compounds ('Goldwell'): these right halves are never split off",
    ),
    Tuned(
        "name_word_max_ending_rate",
        0.0,
        "a common word fewer than this many of 10,000 English words end in ('efficiency' 0,"
        " 'crisis' 0; 'bridge' 3.4, 'war' 2.1) ends no name: cut off an unseen capitalised token"
        " it is a lost space without other damage on the page ('Energyefficiency'). Off (0) by"
        " default: brands are built so too ('Clearscore', 'Bankinter', 'Brightwheel' in clean"
        " business copy), and held-out pages showed no gain; 1.0 turns it on for MT corpora",
    ),
    Tuned(
        "rare_ending_left_min_zipf",
        3.8,
        "... and the name or word before it must be this common ('Islamic' 4.4)",
    ),
    Tuned(
        "rare_ending_right_min_zipf",
        3.8,
        "... and the word itself this common (the table of endings holds words of Zipf 3 and up)",
    ),
    # split-word
    Tuned(
        "fragment_max_zipf",
        2.6,
        "a split word leaves a fragment that is no word of its own: at most this common",
    ),
    Tuned(
        "weak_fragment_max_zipf",
        3.3,
        "tokens up to this common are candidate fragments at all",
    ),
    Tuned(
        "common_join_min_zipf",
        3.8,
        "two uncommon words that join into one this common ('mig rants') are a split",
    ),
    Tuned(
        "non_word_join_min_zipf",
        2.0,
        "a half that is no word at all needs a join only this common ('nonprolifera tion')",
    ),
    Tuned(
        "suffixes",
        _words(
            """ing ings ed ly ment ments tion tions sion sions ness able ible ity ities ous ive ful
            less ize ise ized ised"""
        ),
        "bare suffixes, which never stand alone in prose ('comply ing', 'docu ments')",
    ),
    # confusion
    Tuned(
        "confusion_max_zipf",
        3.0,
        "a token at least this common is a word, never an OCR misreading",
    ),
    Tuned(
        "repair_margin_zipf",
        2.5,
        "a repair must be this much commoner than the token it replaces",
    ),
    Tuned(
        "short_name_length",
        4,
        "capitalised tokens this short ('Oli', 'Flt') are judged only in scanned text",
    ),
    Tuned(
        "confusions",
        OCR_CONFUSIONS,
        "OCR misreadings, [what the scanner wrote, what the page said]",
    ),
    Tuned(
        "lower_case_confusions",
        LOWER_CASE_CONFUSIONS,
        "OCR misreadings tried on lower-case tokens only (a capitalised one may be a name)",
    ),
    Tuned(
        "glyph_confusions",
        tuple((read, printed) for printed, read in GLYPH_CONFUSIONS),
        "every misreading of type's glyph shapes, [what the scanner wrote, what the page said]:"
        " tried one at a time on a long lower-case token no list has",
    ),
    Tuned(
        "glyph_min_length",
        5,
        "a token this long or longer that no list has is decisive alone: typed copy's names are"
        " capitalised, and chance seldom leaves a long non-word one glyph from a word",
    ),
    Tuned(
        "glyph_min_zipf",
        3.0,
        "the one word a glyph confusion reaches from such a token is at least this common",
    ),
)


class Tuning(FrozenValue):
    """The detectors' thresholds (Zipf values) and word lists: each field is a rule option of the
    same name (`TUNED`), defaulting to the value there."""

    FIELDS = tuple(spec.name for spec in TUNED)
    glued_max_zipf: float
    capitalised_left_min_zipf: float
    auxiliary_left_min_zipf: float
    function_pair_max_zipf: float
    function_pair_part_min_zipf: float
    content_glue_min_zipf: float
    long_parts_min_zipf: float
    function_left_min_zipf: float
    document_words_glue_min_zipf: float
    the_glue_max_zipf: float
    likelier_split_min_ratio: float
    likelier_split_part_min_zipf: float
    likelier_split_prefixes: frozenset[str]
    segment_max_zipf: float
    segment_unseen_zipf: float
    segment_unseen_letters: int
    segment_unseen_letter_zipf: float
    segment_part_min_zipf: float
    segment_min_odds: float
    segment_capital_min_odds: float
    segment_pair_min_odds: float
    prefixes: frozenset[str]
    suffix_words: frozenset[str]
    name_endings: frozenset[str]
    name_word_max_ending_rate: float
    rare_ending_left_min_zipf: float
    rare_ending_right_min_zipf: float
    fragment_max_zipf: float
    weak_fragment_max_zipf: float
    common_join_min_zipf: float
    non_word_join_min_zipf: float
    suffixes: frozenset[str]
    confusion_max_zipf: float
    repair_margin_zipf: float
    short_name_length: int
    confusions: tuple[tuple[str, str], ...]
    lower_case_confusions: tuple[tuple[str, str], ...]
    glyph_confusions: tuple[tuple[str, str], ...]
    glyph_min_length: int
    glyph_min_zipf: float

    def __init__(self, **values: Any):
        setter = object.__setattr__  # frozen, as a dataclass of these fields was
        for spec in TUNED:
            setter(self, spec.name, values.pop(spec.name, spec.default))
        if values:
            raise TypeError(f"Tuning has no field {next(iter(values))!r}")

    @classmethod
    def of(cls, rule: Rule) -> Tuning:
        values: dict[str, Any] = {}
        for spec in TUNED:
            value = rule.option(spec.name, spec.default)
            if spec.name in ("confusions", "lower_case_confusions", "glyph_confusions"):
                if not all(_is_pair(pair) for pair in value):
                    raise rule.error(f"{spec.name!r} is a list of [misread, meant] pairs of text")
                value = tuple((wrong, right) for wrong, right in value)
            elif isinstance(spec.default, frozenset):
                if not all(isinstance(word, str) and word for word in value):
                    raise rule.error(f"{spec.name!r} must be a list of words")
                value = frozenset(value)
            values[spec.name] = value
        return cls(**values)


def _is_pair(value: Any) -> bool:
    return (
        isinstance(value, (list, tuple))
        and len(value) == 2
        and all(isinstance(part, str) and part for part in value)
    )
