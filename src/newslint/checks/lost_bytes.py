"""`lost-bytes`: mojibake whose invisible bytes were dropped, so no decoder can undo it.

UTF-8 read as Latin-1 turns the second and third bytes of a curly quote or dash (0x80-0x9F) into
C1 control characters; a later step that strips controls leaves the lead byte alone: "don’t"
becomes "donât", "“We”" becomes "âWeâ", "2010–2011" becomes "2010â2011", "École" becomes "Ãcole",
and a no-break space's lead byte stays behind as a stray "Â". ftfy needs the lost bytes, so it
cannot repair these, and its badness measure sees nothing odd in one accented letter.

The lead byte is judged by where it stands, which also says what it probably was:
- "â" before an English clitic ("donât", "Poeâs", "Iâm") was an apostrophe;
- "â" between two digits, or alone between spaces, was a dash;
- "â" between two English words that make no word together ("wellâknown") was a dash;
- "â" opening a word English has never seen whose rest is an English word ("âWe") was an opening
  quote, and closing a word or a sentence ("see,â") a closing one;
- "Ã" before a lower-case letter or closing a lower-case word was an accented letter, the one
  that makes a known word ("Ãcole": École);
- "Â" between a lower-case letter, digit or punctuation mark and a space or mark was a no-break
  space.
Real uses of these letters stand elsewhere: "âge", "château", "Xuân", "SÃO PAULO", "ÂGE".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from newslint.checks import Check, finding, render
from newslint.document import Document
from newslint.features import Needs
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

OPTIONS: dict[str, object] = {}

# A lead byte with no visible continuation byte after it (those are the mojibake rule's).
_LONE_LEAD = compile_pattern(
    r"[âÃÂβтג](?![\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    r"\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122])"
)
# A word stops at another "â": a word quoted with lost bytes on both sides ("âRavenâ") is read
# as "Raven" between two quotes, not as one foreign word.
_WORD_AFTER = compile_pattern(r"(?:(?!â)[\p{L}\p{N}])+")
_WORD_BEFORE = compile_pattern(r"(?:(?!â)\p{L})+$")
_ALNUM_BEFORE = compile_pattern(r"[\p{L}\p{N}]+$")
_TOKEN_BEFORE = compile_pattern(r"(?:(?!â)\S)+$")
# What follows an apostrophe in English: "don't", "Poe's", "I'm", "we're", "I've", "he'll", "I'd".
# "m" only after "I" and "t" only after "n't": "Lâm" and "Tân" are Vietnamese.
_CLITICS = frozenset({"s", "t", "m", "re", "ve", "ll", "d"})
_CLOSING_AFTER = frozenset(".,;:!?")
_OPENING_BEFORE = frozenset("([{")
_COMMON_WORD_ZIPF = 3.0  # both halves of a dash-joined pair, and the rest of a quoted word
# The letters whose second UTF-8 byte (0x80-0x9F) is a C1 control, and "à" (0xA0, a no-break
# space that a later step turned into a space or dropped).
_ACCENTED_AFTER_C3 = "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞß"
_ACCENT_LANGUAGES = ("fr", "de", "es", "pt", "it")
# The lead byte of UTF-8 punctuation (0xE2) read as the ISO code page of another script, whose
# upper control range (0x80-0x9F) holds the rest of the character: Greek (ISO 8859-7), Cyrillic
# (8859-5) and Hebrew (8859-8) print it as a letter of their own script. Those letters are real in
# Greek-lettered science ("β-catenin", "Aβ42", "the α and β subunits"), so they are read only
# where such a use cannot stand: an English clitic after them, digits on both sides, two common
# English words joined, or a common English word they open or close.
_FOREIGN_LEADS = frozenset("βтג")
_CLOSING_OF = {"“": "”", "‘": "’"}
_LEADS = Needs("âÃÂβтג")  # the characters `_LONE_LEAD` matches


class LostBytesCheck(Check):
    LINE_LOCAL = True  # each lead byte is judged by its own word and neighbours

    def feature_needs(self) -> Needs:
        return _LEADS  # every finding is at a `_LONE_LEAD`

    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.zipf = vocabulary.zipf

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for lead in _LONE_LEAD.finditer(text):
            judged = self._judge(text, lead.start())
            if judged is None:
                continue
            start, end, meant = judged
            word, offset = text[start:end], lead.start() - start
            readings = [_restored(word, offset, option) for option in meant or ("",)]
            message = render(self.rule.message, match=word, fix=readings[0])
            yield finding(self.rule, start, end, message, suggestions=readings)

    def _judge(self, text: str, at: int) -> tuple[int, int, tuple[str, ...]] | None:
        """The span to report and what the lead byte probably was, or None for a real letter."""
        lead = text[at]
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if lead == "Â":
            return self._stray_no_break_space(text, at, before, after)
        if lead == "Ã":
            return self._accented_letter(text, at, before, after)
        if lead in _FOREIGN_LEADS:
            return self._foreign_quote_or_dash(text, at, before, after)
        return self._quote_or_dash(text, at, before, after)

    def _stray_no_break_space(
        self, text: str, at: int, before: str, after: str
    ) -> tuple[int, int, tuple[str, ...]] | None:
        if before.isupper() or after.isalnum():
            return None  # "ÂGE", "Âge"
        if not (
            before.islower() or before.isdigit() or _is_punctuation(before) or before.isspace()
        ):
            return None
        return at - len(_alnum_before(text, at)), at + 1, ()

    def _accented_letter(
        self, text: str, at: int, before: str, after: str
    ) -> tuple[int, int, tuple[str, ...]] | None:
        opens = not before.isalpha()
        if before.isspace() and after.isspace():
            return at, at + 1, ("à",)  # a word of its own: "à" with its 0xA0 turned into a space
        if not (after.islower() or (before.islower() and not after.isalpha())):
            return None  # "SÃO PAULO"
        if opens and not after.islower():
            return None
        start = at - len(_word_before(text, at))
        end = at + 1 + len(_word_after(text, at + 1))
        word = text[start:end]
        if not (word[: at - start] + word[at - start + 1 :]).isascii():
            return None  # a run of legacy-encoding garbage, not one lost letter
        offset = at - start
        candidates = [
            letter if offset or letter == "à" else letter.upper()
            for letter in (*_ACCENTED_AFTER_C3, "à")
        ]
        ranked = sorted(
            candidates,
            key=lambda letter: (
                -self._any_language_zipf(word[:offset] + letter + word[offset + 1 :])
            ),
        )
        best = [
            letter
            for letter in ranked[:2]
            if self._any_language_zipf(word[:offset] + letter + word[offset + 1 :]) > 0
        ]
        return start, end, tuple(best)

    def _any_language_zipf(self, word: str) -> float:
        from wordfreq import zipf_frequency  # only for a word that holds a lost letter

        key = word.casefold()
        return max(
            self.zipf(word),
            *(zipf_frequency(key, language) for language in _ACCENT_LANGUAGES),
        )

    def _quote_or_dash(
        self, text: str, at: int, before: str, after: str
    ) -> tuple[int, int, tuple[str, ...]] | None:
        if before.isdigit() and after.isdigit():
            return (
                at - len(_alnum_before(text, at)),
                at + 1 + len(_word_after(text, at + 1)),
                ("–",),
            )
        if before.isspace() and after.isspace():
            return at, at + 1, ("—", "–")
        left, right = _word_before(text, at), _word_after(text, at + 1)
        if not (left + right).isascii():
            return None  # inside a run of legacy-encoding garbage or a foreign word
        if left and right:
            return self._inside_word(at, left, right)
        if right and (before.isspace() or before in _OPENING_BEFORE or at == 0):
            return self._opening_quote(text, at, right)
        if (left or _is_mark(before)) and (after.isspace() or _is_mark(after)):
            # No English or Vietnamese word ends in "â", and a mark never stands before one.
            token = _token_before(text, at)
            if self._closes_quote_opened(text, at - len(token), token):
                return None  # reported with the quote it closes
            return at - len(token), at + 1, ("”", "’")
        return None

    def _closes_quote_opened(self, text: str, start: int, token: str) -> bool:
        """Whether the word before a closing lead was opened by one too ("âRavenâ")."""
        opener = start - 1
        if opener < 0 or text[opener] != "â" or not token:
            return False
        before = text[opener - 1] if opener else " "
        opened = before.isspace() or before in _OPENING_BEFORE
        return opened and self._opening_quote(text, opener, _word_after(text, start)) is not None

    def _foreign_quote_or_dash(
        self, text: str, at: int, before: str, after: str
    ) -> tuple[int, int, tuple[str, ...]] | None:
        if before.isdigit() and after.isdigit():
            return self._quote_or_dash(text, at, before, after)
        if before.isspace() and after.isspace():
            return self._alone_on_a_damaged_line(text, at)
        left, right = _word_before(text, at), _word_after(text, at + 1)
        if not (left + right).isascii():
            return None
        if left and right:
            return self._inside_word(at, left, right)
        if right and (before.isspace() or before in _OPENING_BEFORE or at == 0):
            if _plain(right) and self.zipf(right) >= _COMMON_WORD_ZIPF:
                return at, at + 1 + len(right), ("“", "‘")
            return None  # "βAPP", "β cells"
        closes = after.isspace() or _is_mark(after) or at + 1 == len(text)
        if closes and (
            _is_mark(before) or (left.islower() and self.zipf(left) >= _COMMON_WORD_ZIPF)
        ):
            return at - len(_token_before(text, at)), at + 1, ("”", "’")
        return None  # "Aβ", "IFNβ", "α,β-unsaturated"

    def _alone_on_a_damaged_line(
        self, text: str, at: int
    ) -> tuple[int, int, tuple[str, ...]] | None:
        """A lone foreign lead between spaces is a dash when its line also shows it standing for
        an apostrophe ("Chinaβs"); otherwise it may be a Greek letter named in the text."""
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        lead = text[at]
        for other in range(line_start, line_end):
            if text[other] == lead and other != at:
                left = _word_before(text, other)
                right = _word_after(text, other + 1)
                if left and right and left.isascii() and _takes_clitic(left, right.casefold()):
                    return at, at + 1, ("—", "–")
        return None

    def _inside_word(
        self, at: int, left: str, right: str
    ) -> tuple[int, int, tuple[str, ...]] | None:
        start, end = at - len(left), at + 1 + len(right)
        if _takes_clitic(left, right.casefold()) or (left == "O" and right[:1].isupper()):
            return start, end, ("’",)
        whole = left + "â" + right
        if (
            min(len(left), len(right)) >= 3
            and self.zipf(whole) == 0
            and min(self.zipf(left), self.zipf(right)) >= _COMMON_WORD_ZIPF
        ):
            return start, end, ("—", "–")
        return None  # "château", "Xuân"

    def _opening_quote(
        self, text: str, at: int, right: str
    ) -> tuple[int, int, tuple[str, ...]] | None:
        if right[0].isupper() or (
            len(right) > 1  # Vietnamese "ân", "âm", "âu": wordfreq counts "n" as a word
            and self.zipf("â" + right) == 0
            and self.zipf(right) >= _COMMON_WORD_ZIPF
        ):
            end = at + 1 + len(right)
            closing = text[end : end + 2]
            if closing[:1] == "â" and (len(closing) == 1 or not closing[1].isalnum()):
                end += 1  # a word quoted on both sides ("âRavenâ") is one finding
            return at, end, ("“", "‘")
        return None  # "âge"


def _restored(word: str, offset: int, meant: str) -> str:
    """The word with the lead at `offset` read as `meant`, and the lead closing a quoted word
    ("âRavenâ") as the matching closing mark."""
    restored = word[:offset] + meant + word[offset + 1 :]
    if offset == 0 and meant in _CLOSING_OF and len(word) > 2 and word.endswith("â"):
        restored = restored[:-1] + _CLOSING_OF[meant]
    return restored


def _word_before(text: str, at: int) -> str:
    match = _WORD_BEFORE.search(text, max(0, at - 40), at)
    return match.group() if match else ""


def _takes_clitic(left: str, clitic: str) -> bool:
    if clitic == "m":
        return left == "I"
    if clitic == "t":
        return left[-1:] in ("n", "N")
    return clitic in _CLITICS


def _alnum_before(text: str, at: int) -> str:
    match = _ALNUM_BEFORE.search(text, max(0, at - 40), at)
    return match.group() if match else ""


def _token_before(text: str, at: int) -> str:
    match = _TOKEN_BEFORE.search(text, max(0, at - 40), at)
    return match.group() if match else ""


def _word_after(text: str, at: int) -> str:
    match = _WORD_AFTER.match(text, at)
    return match.group() if match else ""


def _plain(word: str) -> bool:
    """Lower case, or capitalised with the rest lower case ("We", not "APP")."""
    return word.islower() or (word[:1].isupper() and (len(word) == 1 or word[1:].islower()))


def _is_mark(char: str) -> bool:
    return char in _CLOSING_AFTER


def _is_punctuation(char: str) -> bool:
    """Any punctuation mark or symbol ("—", "”", ")", "|"): no word of any language opens with a
    lone "Â" after one, so the "Â" is a no-break space's lead byte ("—Â The Straits Times")."""
    return unicodedata.category(char)[0] in "PS"


def compile(rule: Rule, vocabulary: Vocabulary) -> LostBytesCheck:
    return LostBytesCheck(rule, vocabulary)
