"""What `ocr.capital` and `ocr.stray-mark` report on a page that looks scanned, gathered from
the detectors of each kind: capitals the printed page did not have ("further Insure Itself
against", "SYstem"), and marks or letters standing alone between words (a full stop after "the",
a speck read as "a", an angle bracket, a hanging hyphen). The check (`checks/ocr_noise.py`)
turns the spans into findings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from newslint import cased_lexicon
from newslint.ocr_capitals import (
    i_shaped_capitals,
    open_class_capitals,
    paired_capitals,
    scanner_capital,
)
from newslint.ocr_context import context_traces, misplaced_capitals
from newslint.ocr_damage import Zipf
from newslint.ocr_specks import (
    hanging_hyphens,
    lone_quotes,
    marks_after_determiners,
    stops_before_lower_case,
    word_specks,
)
from newslint.regex_store import compile_pattern
from newslint.signals import document_marks
from newslint.tokens import beside_capitals

if TYPE_CHECKING:
    from newslint.vale.tagger import Tagger

TaggerOf = Callable[[], "Tagger | None"]

# An angle bracket alone between words, or an asterisk between lower-case words: a speck (no
# scanned page prints a comparison in running text, and print hangs its footnote star on a
# word); the OCR signal leaves both out, since web copy writes "a < b" and "5 * 3".
_SYMBOL_SPECK = compile_pattern(
    r"(?<=\p{L}[ \t]+)[<>]{1,2}(?=[ \t]+\p{L})|(?<=\p{Ll}[ \t]+)\*(?=[ \t]+\p{Ll})"
)
# A comma, semicolon or sentence-ending full stop with a space before it and after it: the space
# is typography.space-before-punctuation's finding, with its fix; a second finding on the mark
# would report one slip twice.
_SPACED_BEFORE = compile_pattern(
    r"(?<=[\p{L}\p{N}’”)\]] +)(?:[,;](?=\s|$)|\.(?! ?\.)(?=[ \t]*(?:\n|$)|\s+[\p{Lu}“\"]))"
)

# A printed rule (a column's or a story's divider) read as a run of hyphens or underscores inside a
# line of words ("NOVEMBER 2, 1930 ----------- Lumbermen"): no typeset sentence runs a rule
# through its words. Leaders before a page number ("Index ---- 5") and a rule on a line of its
# own (a wire story's separator) are layout, not a speck.
_RULE_SPECK = compile_pattern(
    r"(?<=[\p{L}\p{N}][.,;:]?[ \t]+)[-_=~]{4,}[^\s\p{L}\p{N}]{0,3}(?=[ \t]+\p{L})"
)


def shifted_capitals(text: str, zipf: Zipf, tagger: TaggerOf) -> list[tuple[int, int, bool]]:
    """(start, end, sure) of each word with capitals the printed page did not have, in text
    order; not sure of an "I"-shaped capital that may be a letter "l" (no fix offered)."""
    # A capitalised word between lower-case ones is reported only when a scanner could have made
    # its capital of a lower-case glyph (`scanner_capital`): "Him" in a hymn, "voted to Move On"
    # were printed so.
    between = [(m.start("word"), m.end("word")) for m in misplaced_capitals(text)]
    between += open_class_capitals(text, zipf, cased_lexicon.english(), tagger)
    found = [(start, end) for start, end in between if scanner_capital(text[start])]
    found += paired_capitals(text, zipf, cased_lexicon.english(), tagger)
    found += [(m.start, m.end) for m in document_marks(text, zipf) if m.kind == "shifted-capital"]
    unsure = set()
    for start, end, certain in i_shaped_capitals(text):
        found.append((start, end))
        if not certain:
            unsure.add(start)
    return [(start, end, start not in unsure) for start, end in sorted(set(found))]


# A word in capitals with one or two lower-case letters between two runs of two capitals or more
# ("BURGLARtIES", "CIEhLD", "IDUqDON"): a worn capital, on any page. Print mixes case so only
# after a name's prefix of one capital ("McDONALD", "DeSANTIS"), in an initialism's plural glued
# to the next word ("NGOsUN": a lone "s" is left alone), or in a code or an address (a slash,
# an equals sign, a dot or a digit beside the word).
_LOWERED_IN_CAPITALS = compile_pattern(
    r"(?<![\p{L}\p{N}/=?&#@._'’-])\p{Lu}{2,}(?P<lower>\p{Ll}{1,2})\p{Lu}{2,}"
    r"(?![\p{L}\p{N}/=?&#@_'’-])"
)


def lowered_in_capitals(text: str, zipf: Zipf) -> list[tuple[int, int]]:
    """Spans of words in capitals with a lower-case letter or two among them ("BURGLARtIES"):
    evidence alone, asked where the scan gate stays shut. A short one in running text is an
    abbreviation's own case ("the ECtHR ruled", "the DExEU minister": a function word's initial
    in lower case); a worn capital is read in a word of `LOWERED_MIN_LETTERS` or more, or beside
    another word in capitals ("THE CIEhLD"). Worn capitals at a word's edge too
    (`edge_lowered_capitals`: "PoiSONING", "LONDONr")."""
    found = [
        m.span()
        for m in _LOWERED_IN_CAPITALS.finditer(text)
        if m.group("lower") != "s"
        and (len(m.group()) >= LOWERED_MIN_LETTERS or beside_capitals(text, *m.span()))
    ]
    return sorted(found + edge_lowered_capitals(text, zipf))


# Worn capitals at a word's edge: after its first capital ("PoiSONING") or as its last letter
# ("LONDONr"). Print writes a capital and lower-case letters before capitals after a name's
# prefix ("McDONALD", "DeSANTIS", "MacARTHUR") and an initialism's plural ("NGOs"); neither reads
# as an everyday word in capitals, which a worn capital leaves ("POISONING", "LONDON").
_LOWERED_AFTER_FIRST = compile_pattern(
    r"(?<![\p{L}\p{N}/=?&#@._'’-])\p{Lu}\p{Ll}{1,3}\p{Lu}{3,}(?![\p{L}\p{N}/=?&#@_'’-])"
)
_LOWERED_LAST = compile_pattern(
    r"(?<![\p{L}\p{N}/=?&#@._'’-])(?P<capitals>\p{Lu}{4,})\p{Ll}(?![\p{L}\p{N}/=?&#@_'’-])"
)
# How common the word in capitals must be: an everyday word the dictionary writes in lower case
# ("poisoning" 3.8), or, written only with a capital, a capital city or a country ("london" 5.3);
# never a surname a prefix writes ("mcdonald" 3.8, "lebron" 3.9: the dictionary lacks them) nor a
# brand ("playstation").
EDGE_LOWERED_MIN_ZIPF = 3.0
EDGE_NAME_MIN_ZIPF = 4.5


def edge_lowered_capitals(text: str, zipf: Zipf) -> list[tuple[int, int]]:
    """Spans of words in capitals with worn capitals at an edge whose reading in capitals is an
    everyday word: "PoiSONING" (POISONING), "LONDONr" (LONDON; not "CEOs": a lone "s" is a
    plural's)."""
    found = [
        m.span() for m in _LOWERED_AFTER_FIRST.finditer(text) if _everyday(m.group().lower(), zipf)
    ]
    found += [
        m.span()
        for m in _LOWERED_LAST.finditer(text)
        if not m.group().endswith("s") and _everyday(m.group("capitals").lower(), zipf)
    ]
    return found


def _everyday(word: str, zipf: Zipf) -> bool:
    """Whether `word` (lower-cased) is an everyday word: `EDGE_LOWERED_MIN_ZIPF` and written in
    lower case, or `EDGE_NAME_MIN_ZIPF` and written only with a capital."""
    lexicon = cased_lexicon.english()
    rarity = zipf(word)
    if lexicon.is_lower_case_word(word):
        return rarity >= EDGE_LOWERED_MIN_ZIPF
    return lexicon.only_capitalised(word) and rarity >= EDGE_NAME_MIN_ZIPF


# The fewest letters of a word in capitals whose lower-case letter is a worn capital on its own:
# abbreviations that write a function word's initial in lower case are shorter ("ECtHR").
LOWERED_MIN_LETTERS = 6


def unshifted(word: str, zipf: Zipf) -> str | None:
    """The word as printed: its first letter's case and the rest lower case ("SYstem",
    "Itself"); where capitals are most of it, all capitals ("PoiSONING"), or, when that is no
    word English writes, the capitals alone: the lower-case letter was a speck read beside them
    ("BURGLARtIES": BURGLARIES, not BURGLARTIES). None when neither is a word ("CIEhLD": the
    worn capital may have been any letter)."""
    capitals = sum(1 for c in word if c.isupper())
    if capitals <= len(word) - capitals:
        return word[0] + word[1:].lower() if word[1].isupper() else word.lower()
    for reading in (word.upper(), "".join(c for c in word if not c.islower())):
        if zipf(reading) > 0:
            return reading
    return None


def stray_marks(text: str, zipf: Zipf, tagger: TaggerOf) -> list[tuple[int, int]]:
    """The spans of marks alone between words, a full stop after "the", a lone letter between
    words, in text order."""
    found = [
        (m.start, m.end)
        for m in document_marks(text, zipf)
        if m.kind == "lone-mark" and not _reported_as_spacing(text, m.start, m.end)
    ]
    found += [
        (t.start, t.end)
        for t in context_traces(text, zipf)
        if t.kind in ("stray-stop", "lone-letter")
    ]
    found += word_specks(text, tagger)
    found += (m.span() for m in _SYMBOL_SPECK.finditer(text))
    found += (m.span() for m in _RULE_SPECK.finditer(text))
    found += stops_before_lower_case(text, zipf)
    starts = {start for start, _ in found}
    found += (span for span in marks_after_determiners(text) if span[0] not in starts)
    found += lone_quotes(text)
    found += hanging_hyphens(text, zipf)
    return sorted(set(found))


def _reported_as_spacing(text: str, start: int, end: int) -> bool:
    """Whether the mark at `start:end` is a space-before-punctuation finding's mark."""
    match = _SPACED_BEFORE.match(text, start)
    return match is not None and match.end() == end
