"""`headless-mojibake`: Windows-1252 mojibake of a curly quote or dash whose first byte was lost.

UTF-8 writes every curly quote, dash, ellipsis and bullet as three bytes, E2 80 xx (the trade
mark E2 84 A2); read as Windows-1252 they print "â€™", "â€œ", "â€”". A later step that drops or
replaces the accented letter (a filter for "non-English" letters, an ASCII folding that turns
"â" into an apostrophe) leaves the other two, "€™", "'€œ", and neither ftfy nor
`encoding.mojibake` can read a sequence without its lead byte. The structure still shows: two
characters that Windows-1252 writes as UTF-8 continuation bytes (0x80-0xBF) decode, after the
lost E2, into one typographic mark. Nothing else in English copy puts such a mark right after a
euro sign; a price ("5€”", "€–£") is told by the figure or the currency beside it.

A lone "€" glued to a word ("Jokowi'€ said", "plan€ was") is the same sequence that also lost
its last byte (0x9D, the closing quote's, which Windows-1252 does not define); "âœ", "â”" lost
the middle one (0x80, the euro sign).
"""

from __future__ import annotations

from collections.abc import Iterator

from newslint.checks import Check, finding, render
from newslint.document import Document
from newslint.features import Needs
from newslint.finding import Finding
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

OPTIONS: dict[str, object] = {}

# A character Windows-1252 writes as a UTF-8 continuation byte (0x80-0xBF).
_CONTINUATION = (
    r"[\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    r"\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
# The euro sign (0x80) or the low double quote (0x84) and a continuation, not after a lead byte
# (the whole sequence is `encoding.mojibake`'s); "â" and a continuation other than those two
# (the middle byte lost); a lone euro sign after a word (the first and last bytes lost).
_CANDIDATE = compile_pattern(
    rf"(?<![\u00c2-\u00f4])[€„]{_CONTINUATION}"
    rf"|â(?![€„]){_CONTINUATION}"
    r"|(?:(?<=\p{L}['’])|(?<=[a-z]{3}))€(?![\p{L}\p{N}])"
)
LEAD = b"\xe2"  # the lead byte of U+2000-U+2FFF, where every typographic mark of copy lies
MIDDLE = b"\x80"  # the second byte of every dash, quotation mark, bullet and ellipsis
# The marks copy writes that such a sequence may stand for: the dashes, the curly quotation
# marks, the bullet, the ellipsis, and the trade mark sign.
_MARKS = frozenset("–—‘’‚“”„•…™")
_LONE = "€"


class HeadlessMojibakeCheck(Check):
    LINE_LOCAL = True

    def feature_needs(self) -> Needs:
        return Needs(characters="€„â")

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for match in _CANDIDATE.finditer(text):
            found = match.group()
            if found == _LONE:
                mark = "”"  # its third byte, 0x9D, is the one Windows-1252 cannot print
            else:
                decoded = _restored(found)
                if decoded is None or not _glued(text, match.start(), match.end()):
                    continue
                mark = decoded
            message = render(self.rule.message, match=found, fix=mark)
            yield finding(self.rule, match.start(), match.end(), message, suggestions=[mark])


def _restored(pair: str) -> str | None:
    """The mark `pair` was before one of its bytes was lost (the lead byte, or the middle one
    after "â"), or None when it was none."""
    try:
        data = pair.encode("cp1252")
    except UnicodeError:
        return None
    data = LEAD + MIDDLE + data[1:] if pair[0] == "â" else LEAD + data
    try:
        decoded = data.decode("utf-8")
    except UnicodeError:
        return None
    return decoded if decoded in _MARKS else None


def _glued(text: str, start: int, end: int) -> bool:
    """Whether the sequence stands where a mark stands: touching a word (a letter or an
    apostrophe, the lead byte's stand-in, before it, or a letter after it), between figures (a
    range's dash) or spaced as a dash is. A price's euro sign has one figure beside it or a
    currency after it ("5€”", "the €–£ rate")."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before.isdigit() or after.isdigit():
        return before.isdigit() and after.isdigit()
    return (
        before.isalpha()
        or before in "'’?"
        or after.isalpha()
        or (before.isspace() and after.isspace())
    )


def compile(rule: Rule) -> HeadlessMojibakeCheck:
    return HeadlessMojibakeCheck(rule)
