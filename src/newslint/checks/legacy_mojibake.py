"""`legacy-mojibake`: text of another script in a legacy encoding, decoded as Latin-1 or
Windows-1252: "Ìîñêâà çàÿâèëà" (Russian in cp1251), "ÖÐ»ªÈËÃñ" (Chinese in GBK),
"ÇÑ±¹¾î" (Korean in EUC-KR).

Every byte of such text is above 0x7F, so it reads as a run of accented letters and symbols that no
language spells with: French, German or Spanish words have one accented letter among plain ones.
A run is reported when most of its characters are Latin-1 letters and symbols and its bytes
decode, under one of the legacy encodings of the scripts news is translated from, into letters of
that one script; the decoded text is the suggestion. ftfy undoes UTF-8 read wrongly, not these.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import cache
from itertools import pairwise

import regex

from newslint.checks import Check, finding, render
from newslint.document import Document
from newslint.features import Needs
from newslint.finding import Finding
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.run_search import finditer_in_runs

OPTIONS: dict[str, object] = {}

# Legacy encodings of the scripts news copy is translated from: the script each holds and the
# languages whose word lists judge a decoding.
ENCODINGS = (
    ("cp1251", "CYRILLIC", ("ru", "uk", "bg")),
    ("koi8_r", "CYRILLIC", ("ru",)),
    ("gbk", "CJK", ("zh",)),
    ("big5", "CJK", ("zh",)),
    ("shift_jis", "CJK", ("ja",)),
    ("euc_kr", "HANGUL", ("ko",)),
    ("cp1253", "GREEK", ("el",)),
    ("cp1256", "ARABIC", ("ar",)),
    ("cp1255", "HEBREW", ("he",)),
)
MIN_KNOWN_SHARE = 0.3  # of the decoded words (character pairs, in CJK) the language's list has
MIN_KNOWN_FREQUENCY = 1e-7
# Two neighbouring characters of Windows-1252's upper half: every legacy-encoded letter is two.
_SEED = compile_pattern(
    r"[\u00a1-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u201a"
    r"\u201e\u2020\u2021\u2030\u2039\u203a\u20ac\u2122]{2}"
)
# A word with two characters above 0x7F or more, without the ASCII marks around it (no legacy
# double-byte code uses ",.;:!?" as a second byte).
_HIGH_TOKEN = compile_pattern(
    r"(?<!\S)[^\s,.;:!?()\"']*[^\x00-\x7f\s][^\s]*?[^\x00-\x7f\s][^\s,.;:!?()\"']*"
)
# Every `_HIGH_TOKEN` match lies in one run of non-space characters that holds such a character.
_HIGH = compile_pattern(r"[^\x00-\x7f\s]")
_TOKEN_AFTER = compile_pattern(r"\S*")
_TOKEN_BEFORE = compile_pattern(r"\S*", regex.REVERSE)
MIN_HIGH_CHARACTERS = 5  # in the run: the bytes of at least two or three letters
MIN_HIGH_SHARE = 0.5  # of a word's characters above 0x7F
MIN_SCRIPT_SHARE = 0.8  # of the decoded letters in the one script
MIN_LETTERS = 3  # decoded letters of that script


class LegacyMojibakeCheck(Check):
    LINE_LOCAL = True

    def feature_needs(self) -> Needs:
        return Needs(above="\xa0")  # `_SEED`: two characters from U+00A1 up

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if not _SEED.search(text):
            return  # the common case, found at the speed of one character class
        for start, end in _garbled_runs(text):
            run = text[start:end]
            if sum(1 for c in run if ord(c) > 0x7F) < MIN_HIGH_CHARACTERS:
                continue  # "ÀÉÎ" decodes into something in some code page
            decoded = decode_legacy(run)
            if decoded is None:
                continue
            message = render(self.rule.message, match=run, fix=decoded)
            yield finding(self.rule, start, end, message, suggestions=[decoded])


def _garbled_runs(text: str) -> Iterator[tuple[int, int]]:
    """Spans of words, one space apart, each mostly characters above 0x7F."""
    run: tuple[int, int] | None = None
    for token in high_tokens(text):
        word = token.group()
        if sum(1 for c in word if ord(c) > 0x7F) < MIN_HIGH_SHARE * len(word):
            continue
        if run and text[run[1] : token.start()] == " ":
            run = run[0], token.end()
            continue
        if run:
            yield run
        run = token.start(), token.end()
    if run:
        yield run


def high_tokens(text: str) -> Iterator[regex.Match[str]]:
    """`_HIGH_TOKEN`'s matches, searched only in the runs of non-space characters that hold one
    above 0x7F: over the whole text its look-behind was tried at every character (0.29 s for
    0.8 MB of copy with some legacy-looking pair in it)."""
    return finditer_in_runs(_HIGH_TOKEN, text, _HIGH, _TOKEN_BEFORE, _TOKEN_AFTER)


def decode_legacy(run: str) -> str | None:
    """The text `run` holds if it is another script's legacy encoding read as Windows-1252: the
    decoding into one script whose words that script's languages know best."""
    raw = _bytes_of(run)
    if raw is None:
        return None
    try:
        raw.decode("utf-8")
        return None  # UTF-8 read wrongly: `encoding.mojibake` repairs it
    except UnicodeDecodeError:
        pass
    best: tuple[float, str] | None = None
    for encoding, script, languages in ENCODINGS:
        try:
            decoded = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        letters = [c for c in decoded if c.isalpha()]
        native = sum(1 for c in letters if _script(c) == script)
        if native < MIN_LETTERS or native < MIN_SCRIPT_SHARE * len(letters):
            continue
        known = max(_known_share(decoded, script, language) for language in languages)
        if known >= MIN_KNOWN_SHARE and (best is None or known > best[0]):
            best = known, decoded
    return None if best is None else best[1]


def _known_share(decoded: str, script: str, language: str) -> float:
    """How much of `decoded` the language's word list has: its words, or in CJK (written without
    spaces) its pairs of neighbouring characters, which a real text often writes as one word and
    another script's bytes almost never."""
    units = _character_pairs(decoded) if script == "CJK" else decoded.split()
    if not units:
        return 0.0
    table = _frequencies(language)
    return sum(1 for unit in units if table.get(unit.lower(), 0.0) >= MIN_KNOWN_FREQUENCY) / len(
        units
    )


def _character_pairs(decoded: str) -> list[str]:
    return [a + b for a, b in pairwise(decoded) if a.isalpha() and b.isalpha()]


@cache
def _frequencies(language: str) -> dict[str, float]:
    from wordfreq import get_frequency_dict  # read once per language, only for garbage runs

    return get_frequency_dict(language)


def _bytes_of(run: str) -> bytes | None:
    try:
        return run.encode("cp1252")
    except UnicodeEncodeError:
        try:
            return run.encode("latin-1")
        except UnicodeEncodeError:
            return None


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    if name.startswith(("CJK", "HIRAGANA", "KATAKANA")):
        return "CJK"
    return name.split(" ", 1)[0]


def compile(rule: Rule) -> LegacyMojibakeCheck:
    return LegacyMojibakeCheck(rule)
