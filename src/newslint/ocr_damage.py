"""What scanning damage one token shows, if any (`damage_kind`): a lower-case non-word ("tliat"),
a word misread into another ("arc" for "are"), capitals where no word has them ("SYstem"),
digits inside a word ("wi1l", "2oth"), a symbol inside one ("th^"), or a mark standing alone
between words (" , "). A pure judgement of the token under a vocabulary's `Zipf`; the document's
signal (`newslint.signals.ocr_signal`) counts these over a whole text.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from newslint import cased_lexicon
from newslint.lexicon import is_function_word, memo_of
from newslint.lexicon import zipf as english_zipf
from newslint.misreadings import capital_glyph_misread, capital_misread, misread_of, near_word
from newslint.regex_store import compile_pattern

Zipf = Callable[[str], float]  # a linter's vocabulary.zipf: accepted words are common

TOKEN = compile_pattern(r"\S+")
_EDGE = "\"'“”‘’()[]{}.,;:!?…*"
# Characters str.split cuts at that `\s` does not match (a test compares every code point).
_SPLIT_ONLY_SPACES = "\x1c\x1d\x1e\x1f"


def tokens(text: str) -> list[str]:
    """`TOKEN.findall(text)`: str.split does the same seven times faster wherever none of the
    four separators it alone cuts at occurs (every text but a few control-character dumps)."""
    if any(c in text for c in _SPLIT_ONLY_SPACES):
        return TOKEN.findall(text)
    return text.split()


# "vostwJav", "SYstem": capitals inside a word where no name puts them (not "McCain", "iPhone").
_MIXED_CASE = compile_pattern(r"\p{Ll}{2}\p{Lu}\p{Ll}|^\p{Lu}{2}\p{Ll}{2}|^\p{Ll}{2,}\p{Lu}$")
# "SYstem", "THey": a known word whose second letter kept the capital (plural initialisms such as
# "MPs" and "CEOs" have one lower-case letter).
_SHIFTED = compile_pattern(r"\p{Lu}{2}\p{Ll}{2,}")
SHIFTED_MIN_ZIPF = 3.0
# "HIe", "WIe", "THr": two capitals and one lower-case letter. Print spells a token so only as an
# initialism's plural ("MPs", "IDs"), a unit or a degree ("GHz", "NOx", "MWh", "GPa", "MSc",
# "BEd"), a subtype numbered in Roman figures ("Phase IIb") or a chemical formula ("HCl", "KBr":
# a one-letter element's symbol, then a two-letter one's); otherwise a letter's stem was read as a
# capital I beside a capital, or a worn capital as another. The OCR'd BLN600 articles and the
# 1903 and 1911 archive pages hold 18 such tokens, every one a misreading (three spelt like a
# formula, "PAr" and "IHe", are left alone); their transcriptions, the clean corpus, the grammar
# corpora and the typed copy of the real pages' dev half hold none.
_TWO_CAPITALS_ONE_LOWER = compile_pattern(r"(?![IVX]{2})\p{Lu}{2}(?![sxz])\p{Ll}")
# Energy copy writes a plant's power by what it measures ("1,100 MWe", "3,400 MWt", "500 MWp":
# electric, thermal, peak), activity in becquerels ("10 GBq") and a London price in pence ("430
# GBp").
_UNIT_OR_DEGREE_TAILS = frozenset(("Wh", "We", "Wt", "Wp", "Bq", "Bp", "Pa", "Sc", "Ed"))
ONE_LETTER_ELEMENTS = frozenset("HBCNOFPSKVYIWU")
TWO_LETTER_ELEMENTS = frozenset(
    "He Li Be Ne Na Mg Al Si Cl Ar Ca Sc Ti Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Zr Nb Mo Tc "
    "Ru Rh Pd Ag Cd In Sn Sb Te Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta Re Os "
    "Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa Np Pu Am Cm Bk Cf Es Fm Md No Lr Rf Db Sg Bh Hs "
    "Mt Ds Rg Cn Nh Fl Mc Lv Ts Og".split()
)
# "PoiSONING", "BARxBY", "CIEhLD": a word set in capitals with a lower-case letter or two between
# capitals, misread from a worn capital (the word list lower-cases, so "poisoning" is a word).
# Print mixes case so only after a name's prefix ("McDONALD", "MacARTHUR", "DeSANTIS") or in an
# acronym of mostly lower case ("PhD", "GmbH"): the capitals must outnumber the rest by two.
_LOWER_AMONG_CAPITALS = compile_pattern(r"\p{Lu}\p{Ll}{1,2}\p{Lu}")
_NAME_PREFIX = compile_pattern(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O['’])\p{Lu}")
MIN_CAPITALS_LEAD = 2
# "cracK", "haNd", "tHe": one capital inside a lower-case word, misread from a speck or a worn
# letter. Brands put theirs second ("iPhone", "eBay", "kWh"), so there the word must be a function
# word.
_INNER_CAPITAL = compile_pattern(r"\p{Ll}+\p{Lu}\p{Ll}*")
_ALPHA_WORD = compile_pattern(r"\p{L}+(?:['’]\p{L}+)*")
# Digits beside letters the way a scanner mixes them (l/1, o/0, S/5), not the way English writes
# ordinals, units, model names or codes ("20th", "5km", "G7", "mp3", "COVID-19", "4K").
_DIGIT_INSIDE = compile_pattern(r"\p{Ll}\d+\p{L}|\p{Ll}{2}\d\p{Ll}|^\p{Ll}{3,}\d$")
# Digits then letters: "2oth", "196h" are misreadings, "4chan", "12noon" are not.
_DIGITS_THEN_LETTERS = compile_pattern(r"\d(\p{Ll}{2,})$")
_NUMBER_MISREAD = compile_pattern(
    r"\d{3,}\p{Ll}{1,2}"
)  # "196h", "1110re": a year or word read as digits
RARE_AFTER_DIGITS = 3.0
# A zero or a one between capitals: a scanner's O, I or L in a word set in capitals ("G0VERNMENT",
# "CHR01TCCLE"). A code ends on its digits or mixes others ("COVID19", "H1N1", "A380"), and an
# initialism with a digit is shorter ("B1B").
_DIGITS_IN_CAPITALS = compile_pattern(r"\p{Lu}+[01]{1,2}\p{Lu}+")
DIGITS_IN_CAPITALS_MIN_LENGTH = 5
_HEX = compile_pattern(r"[0-9a-f]{8,}")
_ORDINAL_OR_UNIT = compile_pattern(
    r"\d+(?:[:.]\d+)*(?:st|nd|rd|th|s|am|pm|km|kg|cm|mm|ml|mg|gb|mb|kb|tb|bn|mn|mph|kph|ft|lbs?|hrs?|mins?|secs?|yrs?|kw|mw|gw|hz|khz|mhz|ghz|px|pt|pc|x|k|m|b|p|c|g)\b",
    regex.IGNORECASE,
)
# A symbol no word contains, touching a letter ("th^", "energ}'", "*°u!d").
_SYMBOL_IN_WORD = compile_pattern(
    r"\p{L}[\^~*°»«{}|\\<>§]|[\^~*»«{}|\\<>§]\p{L}|°(?![CFcf]\b)\p{L}|\p{Ll}[!?,]\p{Ll}|\p{L};\p{L}"
    # a full stop inside a word: "Cor.trol", "Ar.d", "oonsiderat.lv" (not "e.g", "Ph.D", "a.m")
    r"|^\p{L}*\p{Ll}{2}\.\p{Ll}+$|^\p{Lu}\p{Ll}\.\p{Ll}+$"
    # a speck read as a sign between letters ("Gov©rnor", "w¢re") or after a short word ("On©");
    # a brand's mark follows a name ("Acme®", "IBM®")
    r"|\p{L}[©®¢£¥¤¦¬¶¿]\p{L}|^\p{Lu}?\p{Ll}{1,2}[©®¢¤¦¬¶¿]$"
)
# Web and e-mail addresses, file names, handles, HTML tags: a scraper's, never misreadings.
ADDRESS = compile_pattern(
    r"://|^www\.|@|/|_|</?\p{L}|\p{L}>|=\"|\">|\p{L}\.(?:com|org|net|gov|edu|int|mil|info|biz|io|co"
    r"|uk|us|ca|au|de|fr|in|ru|cn|jp|kr|eu|nz|sg|ie|za|html?|php|aspx?|js|pdf|onion)$"
)
_LONE_MARK = compile_pattern(r"[,.;^~°»«'\"!?]{1,3}")  # not ":" (" : " is French spacing), "*"
_CASE_PARTS = compile_pattern(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})")


def strip_edges(token: str) -> str:
    return token.strip(_EDGE)


def damage_kind(token: str, core: str, zipf: Zipf = english_zipf) -> str | None:
    if not core:
        return "lone-mark" if _LONE_MARK.fullmatch(token) and token != "..." else None
    if _ALPHA_WORD.fullmatch(core):
        if not _capital_inside_impossible(core):
            capitals = _capitals_kind(core, zipf)
            if capitals is not None:
                return capitals
        if core.islower() and len(core) > 1 and zipf(core) == 0:
            return "non-word"
        if core.islower():
            if misread_of(core, zipf):
                return "misread-word"
            return "near-word" if near_word(core, zipf) else None
        if capital_misread(core, zipf):
            return "misread-word"
        lexicon = cased_lexicon.english()
        glyph = capital_glyph_misread(core, zipf, lexicon.has, lexicon.only_lower_case)
        return "non-word" if glyph else None
    if ADDRESS.search(core):
        return None
    if _SYMBOL_IN_WORD.search(core):
        return "symbol-in-word"
    # "21st-century", "21.5-22pc": each part of a hyphenated compound on its own
    parts = core.split("-") if any(c.isdigit() for c in core) and not _HEX.fullmatch(core) else []
    return "digit-in-word" if any(_digits_misread(part, zipf) for part in parts) else None


def core_damage(core: str, zipf: Zipf) -> str | None:
    """`damage_kind(core, core, zipf)`, remembered in the vocabulary's "damage_core" memo, which
    the OCR signal fills as it judges a document's tokens (a token's kind is its core's whenever
    it has one): the non-word and channel checks then read most of their words from it."""
    cores = memo_of(zipf, "damage_core")
    if cores is None or not core:
        return damage_kind(core, core, zipf)
    kind = cores.get(core, False)
    if kind is False:
        kind = cores[core] = damage_kind(core, core, zipf)
    return kind  # type: ignore[no-any-return]


def _capital_inside_impossible(core: str) -> bool:
    """Whether `core` has no capital but perhaps its first letter, in ASCII: then none of the
    patterns of `_capitals_kind` can match (each needs a capital past the first letter or two
    capitals), and most words of a text are such."""
    return core.isascii() and (core.islower() or core[1:].islower())


def _capitals_kind(core: str, zipf: Zipf) -> str | None:
    """The damage a word's capitals show, if any (see the patterns)."""
    if _MIXED_CASE.search(core) and zipf(core) == 0 and not _camel_glue(core, zipf):
        return "non-word"
    if _TWO_CAPITALS_ONE_LOWER.fullmatch(core) and not _unit_or_formula(core):
        return "non-word"  # "hie" is listed, but no word is spelt "HIe"
    if _SHIFTED.fullmatch(core) and zipf(core) >= SHIFTED_MIN_ZIPF:
        return "shifted-capital"
    if _inner_capital(core, zipf) or _lower_among_capitals(core):
        return "shifted-capital"
    return None


def _unit_or_formula(core: str) -> bool:
    """A unit, a degree or a formula spelt with two capitals and one lower-case letter."""
    tail = core[1:]
    return tail in _UNIT_OR_DEGREE_TAILS or (
        core[0] in ONE_LETTER_ELEMENTS and tail in TWO_LETTER_ELEMENTS
    )


def _digits_misread(part: str, zipf: Zipf) -> bool:
    if _ORDINAL_OR_UNIT.fullmatch(part.replace(",", "")):
        return False
    if _DIGIT_INSIDE.search(part):
        return True
    if _NUMBER_MISREAD.fullmatch(part):
        return True
    if len(part) >= DIGITS_IN_CAPITALS_MIN_LENGTH and _DIGITS_IN_CAPITALS.fullmatch(part):
        return True
    letters = _DIGITS_THEN_LETTERS.search(part)
    return letters is not None and zipf(letters.group(1)) < RARE_AFTER_DIGITS


def _lower_among_capitals(core: str) -> bool:
    if len(core) < 5 or not _LOWER_AMONG_CAPITALS.search(core) or _NAME_PREFIX.match(core):
        return False
    capitals = sum(1 for c in core if c.isupper())
    return capitals >= len(core) - capitals + MIN_CAPITALS_LEAD


def _inner_capital(core: str, zipf: Zipf) -> bool:
    if not _INNER_CAPITAL.fullmatch(core) or zipf(core) < SHIFTED_MIN_ZIPF:
        return False
    return core[1].islower() or is_function_word(core.lower())


def _camel_glue(token: str, zipf: Zipf) -> bool:
    """ "contentSkip", "NewsEconomy": words a scraper glued at a capital, not a misreading."""
    parts = _CASE_PARTS.findall(token)
    return len(parts) > 1 and all(zipf(part) > 0 for part in parts)
