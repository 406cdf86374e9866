"""Token shapes print never shows: "W1alton-street,", "Po]ice", "`ry.", "guilty,.3ud", "6*".

A scanner that misreads a letter as a digit or a mark, or glues a speck to a word, leaves a token
whose *shape* — its letters, digits and marks in order, each letter written `a` or `A`, each digit
`9`, runs collapsed — no typeset English has. A token is read as three parts: the marks before
its first letter or digit, the core from there to its last letter or digit, and the marks after
it ("(Pkbott." is `(`, `Aa`, `.`); the openings and closings are looked up whole among those
printed text shows, the core by its every run of three shape symbols. Judging the parts apart
lets a known core take any known opening and closing ("(U.S.)" and "U.S.," share their core),
and runs let a core be new ("O'Brien's"), so the table generalises beyond the tokens it was
counted on.

The table (`newslint.ocr_shapes_data`) is counted by `benchmarks/train_print_shapes.py` on
born-digital copy (the clean corpus, web sentences, the real pages' dev half of other kinds) and
on the human transcription of half of the BLN600 newspaper articles, which shows how Victorian
print writes money ("£2 3s."), dates and names ("M'Carthy"); the other half is held out.

Web and mail addresses are left alone (their shapes are a program's), as are a decoder's damage
(U+FFFD, invisible characters, mojibake: the encoding rules' findings) and a token of marks alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from newslint.ocr_shapes_data import PRINTED_PARTS
from newslint.regex_store import compile_pattern
from newslint.values import FrozenValue

# Marks that print sets in several glyphs for one purpose count as one: a quote is a quote,
# a dash a dash, a currency sign a currency sign.
_ONE_CLASS = {
    **dict.fromkeys("'\"‘’“”´", "'"),
    **dict.fromkeys("-‐‑–—", "-"),
    **dict.fromkeys("$£€¥₹", "$"),
}
# A core is judged by its runs of this many shape symbols, so "O'Brien's" passes on the runs
# "O'Neill" and "don't" show, while "Po]ice" has a run ("a]a") that nothing printed has.
CORE_RUN = 3
_TOKEN = compile_pattern(r"\S+")
_NUMBER_SEPARATOR = compile_pattern(r"(?<=\d)[,.](?=\d)")
_PARTS = compile_pattern(r"(\P{Alnum}*)(?:(.*?\p{Alnum})(\P{Alnum}*))?")
_ADDRESS = compile_pattern(r"://|^www\.|@|\.(?:com|org|net|gov|edu|co\.uk|html?|php)\b|^#\w")
# Signs print sets on their own, in modern copy more than in the older print the table was mostly
# counted on: "AT&T", "2½", "4×4", "C++", "£45", "30°C", "F#". A scanner reads them as they are,
# so a token is judged in the pieces they separate. Marks a scanner makes of specks and strokes
# ("~", "<", "|", "/", a degree sign before letters) stay evidence.
_OWN_SIGNS = compile_pattern(r"(?:[&½¼¾⅓⅔×÷+£$€¥%]|(?<=\d)°|(?<=\p{L})#)+")
# Print's run-in dash: an em dash set straight after a sentence's mark, with no space, opens what
# follows a date, a salutation or a heading ("July 29.—The House", "Sir,—I write", "as
# follows:—"). Victorian and early modern print set it everywhere, the table's born-digital copy
# hardly ever, so the two sides are judged apart, as words beside an em dash already are.
_RUN_IN_DASH = compile_pattern(r"(?<=[.,:;!?])—")
# Damage from decoding, not scanning: U+FFFD, invisible and control characters ("pra\u00adctice"),
# and UTF-8 read as Windows-1252 ("Russiaâ€™s"); the encoding rules report these.
_ENCODING_DAMAGE = compile_pattern(
    r"[\ufffd\p{Cf}\p{Cc}\p{Co}]|[ÂÃâ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]"
)


# A closing bracket. Not a quotation mark: `shape` writes every quote and apostrophe as one
# class, and a scanner's specks pair them with any mark ("-'", ";'").
_CLOSERS = frozenset(")]")
_OPENERS = {")": "(", "]": "["}


def _glyph_class(char: str) -> str:
    if char.isalpha():
        return "A" if char.isupper() else "a"
    if char.isdigit():
        return "9"
    return _ONE_CLASS.get(char, char)


def shape(text: str) -> str:
    """`text` with each letter as `a`/`A`, each digit as `9`, like marks as one, runs collapsed;
    a number's group or decimal separator is part of the number ("25,922,066", "3.30" are `9`)."""
    out: list[str] = []
    for char in _NUMBER_SEPARATOR.sub("0", text):
        glyph = _glyph_class(char)
        if not out or out[-1] != glyph:
            out.append(glyph)
    return "".join(out)


def shape_parts(token: str) -> tuple[str, ...]:
    """The shapes of a token's leading marks ("L…") and trailing marks ("T…"), and each run of
    three in its core's shape, its edges marked ("C^Aa", "CAa'", "Ca's", "C's$"); a token of
    marks alone is one leading part."""
    match = _PARTS.fullmatch(token)
    if match is None or match.group(2) is None:
        return ("L" + shape(token),)
    lead, core, trail = match.group(1, 2, 3)
    if trail[:1] == "." and len(trail) > 1:
        trail = trail[1:]  # an abbreviation's full stop before the sentence's mark ("a.m.;")
    edged = "^" + shape(core) + "$"
    runs = tuple("C" + edged[i : i + CORE_RUN] for i in range(max(1, len(edged) - CORE_RUN + 1)))
    return ("L" + shape(lead), *runs, "T" + shape(trail))


class PrintShapes(FrozenValue):
    """The part shapes printed text shows (`PRINTED_PARTS` by default)."""

    FIELDS = ("printed",)
    printed: frozenset[str]

    def __init__(self, printed: frozenset[str] = PRINTED_PARTS):
        object.__setattr__(self, "printed", printed)

    def unprinted(self, token: str) -> bool:
        """Whether some part of `token` has a shape print never shows."""
        if _ENCODING_DAMAGE.search(token) or _ADDRESS.search(token):
            return False
        if token.endswith("¬"):  # the sign OCR engines write for a line break's hyphen
            token = token[:-1] + "-"
        return any(
            self._unprinted_piece(piece)
            for side in _RUN_IN_DASH.split(token)
            for piece in _OWN_SIGNS.split(side)
            if piece
        )

    def _unprinted_piece(self, piece: str) -> bool:
        parts = shape_parts(piece)
        # Marks alone (a bullet, a lone ";") are `ocr.stray-mark`'s: web pages set them too.
        if len(parts) == 1:
            return False
        if any(part not in self.printed for part in parts[:-1]):
            return True
        return not self._printed_trail(parts[-1], piece)

    def _printed_trail(self, trail: str, piece: str) -> bool:
        """Whether the marks after a token's core are printed: as counted, or as a bracket the
        token opened, closing beside marks of the sentence, each side printed ("(1853);",
        "(1853?),": the table has "T)", "T;", "T?" and "T),", not every pairing). A bracket the
        token did not open is often a misread letter ("Shadwel],")."""
        if trail in self.printed:
            return True
        marks = trail[1:]
        if not any(_OPENERS[closer] in piece for closer in _CLOSERS.intersection(marks)):
            return False
        return any(
            "T" + marks[:at] in self.printed and "T" + marks[at:] in self.printed
            for at in range(1, len(marks))
            if marks[at - 1] in _CLOSERS or marks[at] in _CLOSERS
        )

    def odd_tokens(self, text: str) -> Iterator[tuple[int, int]]:
        """Spans of the tokens of `text` with a part print never shows. Each distinct token is
        judged once (a page writes its words many times over: 59,000 tokens, 15,000 distinct on
        the real pages), and only the odd ones are looked for again."""
        odd = {token for token in set(_TOKEN.findall(text)) if self.unprinted(token)}
        if not odd:
            return
        for match in _TOKEN.finditer(text):
            if match.group() in odd:
                yield match.span()
