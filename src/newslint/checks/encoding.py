"""`encoding`: text damaged by a wrong decode (mojibake) or by look-alike letters from other scripts.

Keys: `detect` (mojibake | mixed-script). Mojibake is repaired with ftfy's `fix_encoding`, which
only undoes encoding mistakes and leaves legitimate accented text alone. A Latin word with Cyrillic
or Greek look-alike letters inside is repaired letter by letter.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import regex

from newslint.checks import Check, Option, finding, render
from newslint.checks.quoted_printable import QP_BYTE, one_byte_escapes
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary, zipf
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.run_search import finditer_in_runs
from newslint.tokens import stretch_around

FIXES = True  # its findings carry fixes (see the rule's `applicability`)
OPTIONS = {
    "detect": Option(
        (str,),
        required=True,
        choices=(
            "mojibake",
            "broken-mojibake",
            "mixed-script",
            "html-entity",
            "escape",
            "c1-control",
        ),
    )
}

# A UTF-8 lead byte read as cp1252/Latin-1 (Â-ô) followed by a continuation byte read the same way.
_MOJIBAKE_HINT = compile_pattern(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
# A three-byte UTF-8 sequence (a lead byte E2-EF) read as Windows-1252.
_THREE_BYTE_MARK = compile_pattern(
    "[\u00e2-\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{2}"
)
# Named entities need their semicolon here: "AT&T" and "R&D" are prose, "&amp;" is not.
_ENTITY = compile_pattern(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{2,7}|#[xX][0-9A-Fa-f]{2,6});")
# "\\n" only between words or sentences ("C:\\new" is a path); "\\u" with exactly four hex digits;
# a quotation mark or apostrophe escaped by a program that quoted the text for a string or a
# database ("don\\'t", "said \\"no\\""), touching a letter or a sentence's mark; a straight
# apostrophe also where it opens or closes a quotation ("\\'no\\'"). A typographic mark is
# never a path's or a markup's escape, so it is an escaped quote wherever it stands: a program
# escaped every quotation mark after the text was given curly ones ("China\\’s").
# (Led by the backslash: a pattern that opens with a look-behind is tried at every character.)
_ESCAPE = compile_pattern(
    r"\\(?:u[0-9a-fA-F]{4}|(?<=[\p{L}.!?,;:”\"’]\\)[nrt](?=[\p{Lu}“\"\s\\]|$)"
    r"|[‘’“”]|(?<=\p{L}\\)'(?=[\p{L}\s.,;:!?]|$)|(?<=(?:^|[\s(\[])\\)'(?=\p{L})"
    r"|\"(?=\p{L})|(?<=[\p{L}.,!?]\\)\")"
)
# The UTF-8 bytes of one character or more above U+007F, each written "%E2", "\\xe2" or "=E2":
# a lead byte, then its continuation bytes, in one notation.
_BYTE_ESCAPES = compile_pattern(
    r"(?:%[C-Fc-f][0-9A-Fa-f](?:%[89ABab][0-9A-Fa-f]){1,3})+"
    r"|(?:\\x[c-fC-F][0-9a-fA-F](?:\\x[89abAB][0-9a-fA-F]){1,3})+"
    r"|(?:=[C-F][0-9A-F](?:=[89AB][0-9A-F]){1,3})+"
)
_HEX_PAIR = compile_pattern(r"%|\\x|=")
_IN_ADDRESS = compile_pattern(r"://|(?<!\S)www\.|[/?&=#][^\s]*%|@")
_LINE_ESCAPES = {"n": "\n", "r": "", "t": " "}  # "\\r\\n" becomes one line break
_FOREIGN_LETTER = compile_pattern(r"[\p{Cyrillic}\p{Greek}]")
_TOKEN_AROUND = compile_pattern(r"\S+")
_PUNCTUATION = compile_pattern(r"\p{P}+")
_WORD_WITH_FOREIGN = compile_pattern(r"[\p{L}\p{M}]*[\p{Cyrillic}\p{Greek}][\p{L}\p{M}]*")
# Every `_WORD_WITH_FOREIGN` match lies in one run of letters, marks and Cyrillic or Greek signs.
_SCRIPT_RUN = r"[\p{L}\p{M}\p{Cyrillic}\p{Greek}]*"
_SCRIPT_RUN_AFTER = compile_pattern(_SCRIPT_RUN)
_SCRIPT_RUN_BEFORE = compile_pattern(_SCRIPT_RUN, regex.REVERSE)
_LATIN_WORD = compile_pattern(r"\p{Latin}[\p{Latin}\p{M}'’]*")
# A short word that is mostly look-alikes ("а", "оf") is only a disguised English word when it
# reads as a common one and both neighbours are English: "а" between Russian words is Russian.
_COMMON_ZIPF = 4.0
_GREEK_SYMBOL = compile_pattern(r"\p{Greek}")  # α, ρ, ν alone are symbols, not disguised letters
# Cyrillic and Greek letters that look like Latin ones.
HOMOGLYPHS = dict(
    zip(
        "аеорсухіјѕԁһӏԛԝАВЕКМНОРСТХІЈЅУԜαορτυνικχΑΒΕΗΙΚΜΝΟΡΤΥΧΖ",
        "aeopcyxijsdhlqwABEKMHOPCTXIJSYWaoptuvikxABEHIKMNOPTYXZ",
        strict=True,
    )
)


_C1_RUN = compile_pattern(r"[\x80-\x9f]+")
# A UTF-8 lead byte as Latin-1 reads it, then continuation bytes, up to the run: UTF-8 mojibake.
_UTF8_LEAD_BEFORE = compile_pattern(r"[\u00c2-\u00f4][\u00a0-\u00bf]{0,2}$")


# What each detector reads first, and finds nothing without (mixed-script: a word holding a
# Cyrillic or Greek character).
_CANDIDATES = {
    "mojibake": (_MOJIBAKE_HINT,),
    "broken-mojibake": (_MOJIBAKE_HINT,),
    "html-entity": (_ENTITY,),
    "escape": (_ESCAPE, _BYTE_ESCAPES, QP_BYTE),
    "c1-control": (_C1_RUN,),
    "mixed-script": (_FOREIGN_LETTER,),
}


def load_ftfy() -> None:
    """Import what the mojibake and C1-control detectors import at their first suspect."""
    import ftfy.badness
    import ftfy.fixes

    import newslint.token_diff  # noqa: F401

    ftfy.fix_encoding("cafÃ©")


class EncodingCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.detect = rule.option("detect")

    def gate_patterns(self) -> list[regex.Pattern[str]]:
        """Every finding of a detector lies at a match of its candidate pattern, which it
        searches first: a page with none (most copy) is passed over in the gate's one pass."""
        return list(_CANDIDATES[self.detect])

    def run(self, doc: Document) -> Iterator[Finding]:
        if self.detect == "mojibake":
            yield from self._mojibake(doc.text)
        elif self.detect == "broken-mojibake":
            yield from self._broken_mojibake(doc.text)
        elif self.detect == "html-entity":
            yield from self._html_entities(doc.text)
        elif self.detect == "escape":
            yield from self._escapes(doc.text)
            yield from self._byte_escapes(doc.text)
            yield from self._quoted_printable(doc.text)
        elif self.detect == "c1-control":
            yield from self._c1_controls(doc.text)
        else:
            yield from self._mixed_script(doc.text)

    def _escapes(self, text: str) -> Iterator[Finding]:
        """`don\\u2019t`, `said.\\nThe`: a JSON or Python string pasted without decoding it.

        In Markdown and HTML the engine writes the character as that markup writes it literally
        (`\\u003c` becomes `&lt;`, `\\u005b` becomes `\\[`, `newslint.markup.written`): the
        reader sees the character it encodes, and the fix never turns text into a live tag or
        link."""
        for match in _ESCAPE.finditer(text):
            accent = _latex_accent(text, match.start(), match.end())
            if accent is not None:
                yield self._accent_finding(text, match.start(), *accent)
                continue
            escape = match.group()
            if escape[1] == "u":
                character = chr(int(escape[2:], 16))
            else:
                character = _LINE_ESCAPES.get(escape[1], escape[1])
            if escape[1] == "u" and not character.isprintable():
                continue
            fix = character
            message = render(self.rule.message, match=escape, fix=character)
            yield finding(
                self.rule, match.start(), match.end(), message, fix=fix, suggestions=[fix]
            )

    def _accent_finding(self, text: str, start: int, end: int, readings: list[str]) -> Finding:
        """LaTeX's accent on a letter ("Schr\\"odinger", "Andr\\'e"), reported with the letter
        it writes; an acute may also be an escaped apostrophe ("Hawai\\'i"), so both are offered."""
        message = render(self.rule.message, match=text[start:end], fix=readings[0])
        applicability = "unsafe" if len(readings) > 1 else None
        return finding(
            self.rule,
            start,
            end,
            message,
            fix=readings[0],
            suggestions=readings,
            applicability=applicability,
        )

    def _byte_escapes(self, text: str) -> Iterator[Finding]:
        """`don%E2%80%99t`, `don\\xe2\\x80\\x99t`, `don=E2=80=99t`: the UTF-8 bytes of a letter or
        mark left percent-, byte- or quoted-printable-encoded; in a link or path the percent form
        belongs there."""
        for match in _BYTE_ESCAPES.finditer(text):
            if _IN_ADDRESS.search(stretch_around(text, match.start(), match.end())):
                continue
            try:
                character = bytes.fromhex(_HEX_PAIR.sub("", match.group())).decode("utf-8")
            except (UnicodeDecodeError, ValueError):
                continue
            if not character.isprintable():
                continue
            fix = character
            message = render(self.rule.message, match=match.group(), fix=character)
            yield finding(
                self.rule, match.start(), match.end(), message, fix=fix, suggestions=[fix]
            )

    def _quoted_printable(self, text: str) -> Iterator[Finding]:
        """`and=20` at a line's end, `FCC=92s`: see `quoted_printable.one_byte_escapes`."""
        for start, end, character in one_byte_escapes(text):
            fix = character
            message = render(self.rule.message, match=text[start:end], fix=character)
            yield finding(self.rule, start, end, message, fix=fix, suggestions=[fix])

    def _c1_controls(self, text: str) -> Iterator[Finding]:
        """`minister\x92s`, `plan \x97 which`: a page in Windows-1252 decoded as Latin-1 keeps
        the code page's curly quotes, dashes, ellipsis and euro sign as C1 control characters,
        which no text uses; ftfy's `fix_c1_controls` reads them as Windows-1252 again. Right
        after a UTF-8 lead byte read as Latin-1 ("â\x80\x99") they are UTF-8 mojibake,
        `encoding.mojibake`'s to repair."""
        for match in _C1_RUN.finditer(text):
            start = match.start()
            if _UTF8_LEAD_BEFORE.search(text, max(0, start - 3), start):
                continue
            from ftfy.fixes import fix_c1_controls  # only when there is something to read

            for offset, control in enumerate(match.group()):
                fix = fix_c1_controls(control)
                if fix == control:
                    continue  # one of the five bytes Windows-1252 leaves undefined
                at = start + offset
                message = render(self.rule.message, match=f"U+{ord(control):04X}", fix=fix)
                yield finding(self.rule, at, at + 1, message, fix=fix, suggestions=[fix])

    def _html_entities(self, text: str) -> Iterator[Finding]:
        """`&amp;`, `&#8217;`, `&nbsp;` left by a scraper that did not unescape its text."""
        for match in _ENTITY.finditer(text):
            decoded = _unescape(match.group())
            if decoded == match.group() or (not decoded.isprintable() and decoded != "\xa0"):
                continue
            fix = " " if decoded == "\xa0" else decoded
            message = render(self.rule.message, match=match.group(), fix=fix)
            yield finding(
                self.rule, match.start(), match.end(), message, fix=fix, suggestions=[fix]
            )

    def _mojibake(self, text: str) -> Iterator[Finding]:
        done_until = 0
        for hint in _MOJIBAKE_HINT.finditer(text):
            if hint.start() < done_until:
                continue
            from ftfy import fix_encoding  # only when something looks like mojibake

            token = _token_at(text, hint.start())
            repaired = fix_encoding(text[token[0] : token[1]])
            done_until = token[1]
            if repaired == text[token[0] : token[1]]:
                repaired = _repair_marks(repaired)
            if repaired == text[token[0] : token[1]]:
                continue
            yield from self._diff_findings(text, token[0], repaired)

    def _broken_mojibake(self, text: str) -> Iterator[Finding]:
        """ "TomáÅ¡", "ÄŒTK": mojibake that ftfy cannot undo (the token also holds correct letters,
        or too little of it survives), judged by ftfy's badness measure or by the pair of
        characters decoding back to one letter."""
        done_until = 0
        for hint in _MOJIBAKE_HINT.finditer(text):
            if hint.start() < done_until:
                continue
            from ftfy import fix_encoding
            from ftfy.badness import is_bad

            start, end = _token_at(text, hint.start())
            done_until = end
            token = text[start:end]
            if fix_encoding(token) != token:
                continue  # encoding.mojibake repairs it
            if is_bad(token) or _decodes_to_letter(hint.group()):
                message = render(self.rule.message, match=token)
                yield finding(self.rule, start, end, message)

    def _diff_findings(self, text: str, offset: int, repaired: str) -> Iterator[Finding]:
        from newslint.token_diff import changed_spans  # only for text that needs repair

        original = text[offset : offset + _token_length(text, offset)]
        for start, end, fix in changed_spans(original, repaired):
            start, end = offset + start, offset + end
            message = render(self.rule.message, match=text[start:end], fix=fix)
            yield finding(self.rule, start, end, message, fix=fix, suggestions=[fix])

    def _mixed_script(self, text: str) -> Iterator[Finding]:
        for match in words_with_foreign_letters(text):
            word = match.group()
            foreign = _FOREIGN_LETTER.findall(word)
            if not all(c in HOMOGLYPHS for c in foreign):
                continue
            fixed = "".join(HOMOGLYPHS.get(c, c) for c in word)
            if len(foreign) * 2 >= len(word) and not _english_among_latin(text, match, fixed):
                continue
            message = render(
                self.rule.message, match=word, fix=fixed, letters=", ".join(sorted(set(foreign)))
            )
            yield finding(
                self.rule, match.start(), match.end(), message, fix=fixed, suggestions=[fixed]
            )


def words_with_foreign_letters(text: str) -> Iterator[regex.Match[str]]:
    """`_WORD_WITH_FOREIGN`'s matches, searched only in the runs (`_SCRIPT_RUN`) that hold a
    Cyrillic or Greek character: over the whole text the regex tries every position, and from
    each the rest of its word again (0.3 s for 0.8 MB of copy quoting one Greek letter)."""
    return finditer_in_runs(
        _WORD_WITH_FOREIGN, text, _FOREIGN_LETTER, _SCRIPT_RUN_BEFORE, _SCRIPT_RUN_AFTER
    )


def _english_among_latin(text: str, match: regex.Match[str], fixed: str) -> bool:
    if zipf(fixed) < _COMMON_ZIPF or _GREEK_SYMBOL.fullmatch(match.group()):
        return False
    before = text[max(0, match.start() - 40) : match.start()].split()
    after = text[match.end() : match.end() + 40].split()
    return bool(before and after) and all(
        _LATIN_WORD.fullmatch(_PUNCTUATION.sub("", word) or "x") for word in (before[-1], after[0])
    )


def _repair_marks(token: str) -> str:
    """ "Brandâ„¢" is "Brand™": the three characters of a mark's UTF-8 bytes read as Windows-1252,
    which ftfy leaves alone in a short token; only a sequence that decodes to one mark."""
    return _THREE_BYTE_MARK.sub(lambda m: _as_mark(m.group()), token)


def _as_mark(sequence: str) -> str:
    try:
        decoded = sequence.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return sequence
    marks = len(decoded) == 1 and unicodedata.category(decoded)[0] in "PS"
    return decoded if marks else sequence


def _decodes_to_letter(pair: str) -> bool:
    """Whether two characters are the two UTF-8 bytes of one letter read as Windows-1252."""
    try:
        decoded = pair.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return False
    return len(decoded) == 1 and decoded.isalpha()


def _token_at(text: str, index: int) -> tuple[int, int]:
    start = index
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return start, start + _token_length(text, start)


def _token_length(text: str, start: int) -> int:
    match = _TOKEN_AROUND.match(text, start)
    return match.end() - start if match else 0


def compile(rule: Rule, vocabulary: Vocabulary) -> EncodingCheck:
    return EncodingCheck(rule, vocabulary)


# LaTeX writes an umlaut and an acute as a command before the letter ("Schr\\"odinger",
# "Andr\\'e"): between two letters a quotation mark is never a program's escaped quote, and an
# apostrophe before a vowel is an accent as often as a contraction's ("don\\'t" is before a
# consonant).
_LATEX_ACCENTS = {'"': "\u0308", "'": "\u0301"}


def _latex_accent(text: str, start: int, end: int) -> tuple[int, list[str]] | None:
    """The end of a LaTeX accent command at `start` and the letter it writes (first), or None."""
    mark = text[start + 1 : end]
    if mark not in _LATEX_ACCENTS or end >= len(text) or not start:
        return None
    letter = text[end]
    if not (text[start - 1].isalpha() and letter.isalpha()):
        return None
    accented = unicodedata.normalize("NFC", letter + _LATEX_ACCENTS[mark])
    if len(accented) != 1:
        return None
    if mark == '"':
        return end + 1, [accented]
    if letter.lower() not in "aeiouy":
        return None
    return end + 1, [accented, "'" + letter]


def _unescape(entity: str) -> str:
    import html  # its entity table is loaded only when a document has an entity

    return html.unescape(entity)
