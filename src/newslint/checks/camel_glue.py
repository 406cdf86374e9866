"""`camel-glue`: words run together at a capital letter ("NewsCompaniesMarkets", "conferenceImage",
"ChairmanMr.", "5Photo"), the trace of navigation labels, captions and credits whose separating
markup a scraper dropped.

A token is split where a lower-case letter or a digit meets a capital followed by lower case. It is
reported when the whole token is not a word in its own right (brands written this way, "YouTube",
"PowerPoint", "iPhone", are common words in the frequency list) and each side is a known word, a
courtesy title or a function word. Prefixes of names (Mc, Mac, De, La, Van) are shorter than the
minimum left side. A lower-case function word of three letters or more before a capitalised word
("theKherson") is glue however rare the word after it (a romanised name): brands open lower case
with one letter. A two-part token with a capital on both sides ("MicroMega") in running prose is
taken for a name unless its right side is a title or function word ("ChairmanMr", "KansbergIn")
or the document writes both halves as words of their own ("OjewaleAlhaji" beside "Ojewale" and
"Alhaji"; a rare half the document uses on its own counts as a known word: "PressFahmi") or
both halves are everyday words (`everyday_pair_zipf`) in a token the frequency list has never
seen ("ExecutiveOrder"; brands so built that people write are in the list: "PowerPoint"),
and names the document spells this way more than once are left alone, unless the line holds
`min_line_glues` such tokens or more (a menu run together: "HoursSubmit a Press ReleasePress
Release Writing"); a possessive ends a name and starts none ("Ukraine'sPresident" is glue). An
acronym run into a
capitalised word ("AFPThe", "EDTFirst": a credit or a time stamp glued to the text after it) is
reported only when that word is a function word or about as common as "first": brands join an
acronym to rarer words ("CNNMoney").

Keys: `min_zipf` (how common each side must be), `min_zipf_run` (how common each part of three or
more must be: "ForexCryptocurrenciesCybersecurity"), `max_token_zipf` (a token at least this
common is a word, not a glue), `min_line_glues`, `everyday_pair_zipf`. A hyphenated compound is one token ("e-mailSend").
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

import regex

from newslint.cased_lexicon import english
from newslint.checks import Check, Option, finding, render
from newslint.checks.glue_names import reads_as_prose
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary, is_function_word
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

FIXES = True  # its findings carry fixes (see the rule's `applicability`)
OPTIONS = {
    "min_zipf": Option((int, float), default=3.0, doc="how common each side must be"),
    "max_token_zipf": Option((int, float), default=2.0, doc="a token this common is a word"),
    "min_zipf_run": Option(
        (int, float), default=2.5, doc="how common each of three or more glued words must be"
    ),
    "min_line_glues": Option(
        (int,), default=3, doc="two-part names on a line that make them glues"
    ),
    "everyday_pair_zipf": Option(
        (int, float),
        default=4.5,
        doc="two capitalised halves this common, in a token wordfreq never saw, are no name",
    ),
}

# A hyphenated compound is one token, so "e-mailSend" splits into "e-mail" and "Send".
_TOKEN = compile_pattern(
    r"(?<![\p{L}\d@#/_-])[\p{L}\d]+(?:-[\p{L}\d]+)*(?:[’'][\p{L}]+)?(?![\p{L}\d@/_-]|\.\w)"
)
_BOUNDARY = compile_pattern(r"(?<=[\p{Ll}\d])(?=\p{Lu}\p{Ll})|(?<=\p{Ll}{2})(?=\p{Lu}{2,}\b)")
# Where a capital meets lower case inside a run of letters: the only places worth a closer look.
# An acronym run into a two-letter word ("CFPIn") has a single lower-case letter at its end.
_CANDIDATE = compile_pattern(
    r"[\p{Ll}\d]\p{Lu}\p{Ll}|\p{Ll}{2}\p{Lu}{2}|\p{Lu}{2}\p{Ll}{2}|\p{Lu}{3}\p{Ll}(?!\p{L})"
)
# Every `_CANDIDATE` holds a capital right after a letter or digit, and only letters and digits:
# the runs of them around such a capital are the only text it can match in.
_CAPITAL_INSIDE = compile_pattern(r"(?<=[\p{L}\d])\p{Lu}")
_RUN_AFTER = compile_pattern(r"[\p{L}\d]*")
_RUN_BEFORE = compile_pattern(r"[\p{L}\d]*", regex.REVERSE)
# An agency credit or time zone run into the sentence after it ("AFPThe", "EDTFirst").
_ACRONYM_THEN_WORD = compile_pattern(r"(\p{Lu}{2,})(\p{Lu}\p{Ll}+)")
# A right side this common, or a function word, starts no brand ("CNNMoney", "DOSCareers" do).
ACRONYM_RIGHT_ZIPF = 6.0
# Capitals that spell an everyday word of four letters or more are a section label ("SPORTS"
# 4.9, "WORLD" 5.9), not an agency's or a brand's acronym ("CNN" 4.3, "DOS").
SECTION_LABEL_MIN = 4
SECTION_LABEL_ZIPF = 4.5
# A word in capitals and a space before the token: the token ends a heading in capitals.
_CAPITALS_BEFORE = compile_pattern(r"(?<![\p{L}\d])\p{Lu}{2,} \Z")
_TITLES = frozenset({"Mr", "Mrs", "Ms", "Dr", "St"})
_TITLE_WORD = compile_pattern(r"\p{Lu}\p{Ll}{2,}")
_POSSESSIVE = compile_pattern(r"\p{L}{2}[’']s$")
MIN_LEFT = 3
MIN_PARTICIPLE = 6  # "Posted", "Updated"; shorter -ed words are names ("Fred", "Reed")


class CamelGlueCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.min_zipf = float(rule.option("min_zipf"))
        self.max_token_zipf = float(rule.option("max_token_zipf"))
        self.min_zipf_run = float(rule.option("min_zipf_run"))
        self.min_line_glues = int(rule.option("min_line_glues"))
        self.everyday_pair_zipf = float(rule.option("everyday_pair_zipf"))

    def gate_patterns(self) -> list[regex.Pattern[str]]:
        # Every finding is judged from a `_CANDIDATE` match (`_candidates` searches it only in
        # whole runs of letters and digits, where its matches are those of the whole text).
        return [_CANDIDATE]

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        counts = doc.word_counts
        lines = _Lines(doc)
        done = 0
        names: list[_Name] = []  # two-part tokens in prose
        glues = 0  # tokens reported outside prose or as no name
        for candidate in _candidates(text):
            start = candidate.start()
            if start < done:
                continue  # another meeting point in a token already judged
            while start > 0 and (
                text[start - 1].isalnum()
                or (text[start - 1] == "-" and start > 1 and text[start - 2].isalnum())
                or (
                    text[start - 1] in "'’"
                    and text[start] == "s"
                    and text[start - 2 : start - 1].isalpha()
                )
            ):
                start -= 1
            match = _TOKEN.match(text, start)
            if match is None:
                continue
            done = match.end()
            token = match.group()
            acronym = _ACRONYM_THEN_WORD.fullmatch(token)
            if acronym is not None:
                heading = _CAPITALS_BEFORE.search(text, max(0, start - 30), start) is not None
                if self._acronym_glued(token, acronym[1], acronym[2], heading):
                    yield self._finding(token, match.start(), [acronym[1], acronym[2]])
                continue
            if len(token) < 5 or not _BOUNDARY.search(token):
                continue
            parts = [p for p in _BOUNDARY.split(token) if p]
            if len(parts) < 2:
                continue
            # A two-part token written so more than once is the document's spelling of a name,
            # unless its right side cannot start one ("ChairmanMr" in every line of a list).
            if counts.get(token, 0) > 1 and len(parts) == 2 and not _joins(parts[1]):
                continue
            if self.vocabulary.zipf(token) >= self.max_token_zipf or not self._glued(parts, counts):
                continue
            if _name_in_prose(parts, lines, match.start(), match.end()):
                # Held back as a name unless the document writes both halves on their own; it
                # counts towards its line's menu either way.
                everyday = self._everyday_pair(token, parts)
                names.append(
                    _Name(token, match.start(), parts, _both_alone(parts, counts), everyday)
                )
                continue
            glues += 1
            yield self._finding(token, match.start(), parts)
        yield from self._menu_names(lines, names, glues)

    def _menu_names(self, lines: _Lines, names: list[_Name], glues: int) -> Iterator[Finding]:
        """Two-part tokens in prose: those whose halves the document writes on their own
        (`vouched`), and the rest where their line holds `min_line_glues` of them or more: one
        such token in a sentence is a name ("MicroMega"), a line of them is a menu whose labels
        lost their separators ("HoursSubmit", "ReleasePress", "ListsReporters" in a row of
        links). Two everyday words (`everyday`) are a glue where the document has lost a space
        at a capital elsewhere (`glues`, or another such pair): alone, a brand as often
        ("VisualMaster")."""
        per_line = Counter(lines.index(name.start) for name in names)
        everyday = sum(name.everyday for name in names)
        for name in names:
            damaged = name.everyday and glues + everyday >= 2
            if name.vouched or damaged or per_line[lines.index(name.start)] >= self.min_line_glues:
                yield self._finding(name.token, name.start, name.parts)

    def _finding(self, token: str, start: int, parts: list[str]) -> Finding:
        message = render(self.rule.message, match=token, fix=" ".join(parts))
        return finding(
            self.rule,
            start,
            start + len(token),
            message,
            fix=" ".join(parts),
            applicability="unsafe",
            suggestions=[" ".join(parts)],
        )

    def _everyday_pair(self, token: str, parts: list[str]) -> bool:
        """Two everyday words run together at a capital in a token the frequency list has never
        seen ("ExecutiveOrder", "ViennaConvention"): a name built of two such words is a brand,
        and brands people write are in the list ("PowerPoint", "FaceTime"); names built of rarer
        words are names ("MicroMega", "ShinWon", "NuScale")."""
        zipf = self.vocabulary.zipf
        return zipf(token) == 0 and all(zipf(part) >= self.everyday_pair_zipf for part in parts)

    def _acronym_glued(self, token: str, capitals: str, word: str, heading: bool) -> bool:
        """ "CFPThe", "EDTFirst": an acronym and a word only prose starts with; brands join an
        acronym to a rarer word ("CNNMoney", "DOSCareers"). A section label printed in capitals
        is an everyday word, not an acronym ("SPORTSMessi", "POLITICSWhite House"): the headline
        after it is glued to it whatever its first word. Such a label that ends a line of
        capitals (`heading`: "WELCOME AT THE AIRPORTTunde Okonkwo") is a subheading run into the
        paragraph after it, so the paragraph's first word may be a name English seldom writes."""
        zipf = self.vocabulary.zipf
        if zipf(token) >= self.max_token_zipf:
            return False
        if len(word) == 2 and word.endswith("s"):
            return False  # an acronym's plural ("NASAs", "GPUs"), not "As" or "Us" glued on
        if is_function_word(word) or zipf(word) >= ACRONYM_RIGHT_ZIPF:
            return True
        label = capitals.lower()
        return (
            len(label) >= SECTION_LABEL_MIN
            and zipf(label) >= SECTION_LABEL_ZIPF
            and (heading or zipf(word) >= self.min_zipf)
        )

    def _glued(self, parts: list[str], counts: Counter[str]) -> bool:
        first = parts[0]
        if first.isalpha() and len(first) < MIN_LEFT:
            return False
        # A lower-case function word before a capitalised word ("theKherson", "fromNguyen"):
        # brands start lower case with one letter ("eBay"), so however rare the name after it
        # (a romanised one), the two are words run together.
        if len(parts) == 2 and first.islower() and is_function_word(first):
            return _TITLE_WORD.fullmatch(parts[1]) is not None or self._word(
                parts[1], False, self.min_zipf
            )
        # Three or more known words run together at capitals are no name: rarer words may count.
        # A name the document writes on its own is as good as a known word ("PressFahmi" on a
        # page that names "Fahmi Fadzil").
        floor = self.min_zipf if len(parts) == 2 else self.min_zipf_run
        return all(
            self._word(p, i == 0, floor) or _used_alone(p, counts) for i, p in enumerate(parts)
        )

    def _word(self, part: str, first: bool, floor: float) -> bool:
        if part.isdigit():
            return first
        if _POSSESSIVE.search(part):
            part = part[:-2]  # "Ukraine'sPresident", "repelledUkraine's": the word is the word
        if part in _TITLES or (len(part) >= 2 and part.isupper()):
            return not first or len(part) >= MIN_LEFT
        return is_function_word(part) or self.vocabulary.zipf(part) >= floor


def _candidates(text: str) -> Iterator[regex.Match[str]]:
    """`_CANDIDATE`'s matches in the text, searched only in the runs of letters and digits that
    hold a capital after a letter or digit (a match cannot reach outside its run): its leading
    class matches nearly every letter of prose, and searching the whole text cost 0.14 s a
    megabyte, where the runs cost a tenth of that."""
    searched = 0
    for capital in _CAPITAL_INSIDE.finditer(text):
        at = capital.start()
        if at < searched:
            continue  # in the run just searched
        start = _RUN_BEFORE.match(text, 0, at).start()  # type: ignore[union-attr]
        searched = _RUN_AFTER.match(text, at).end()  # type: ignore[union-attr]
        yield from _CANDIDATE.finditer(text, start, searched)


def _joins(part: str) -> bool:
    """A right side that cannot start a name: a title, a function word or a past participle
    ("ChairmanMr", "KansbergIn", "SmithPublished": a byline run into the page's time stamp)."""
    return part in _TITLES or is_function_word(part) or _participle(part)


def _used_alone(part: str, counts: Counter[str]) -> bool:
    """Whether the document writes the capitalised `part` as a word of its own."""
    return len(part) >= MIN_LEFT and part[:1].isupper() and counts.get(part, 0) > 0


def _both_alone(parts: list[str], counts: Counter[str]) -> bool:
    """Whether the document writes both halves of a two-part token as words of their own
    ("Ojewale" and "Alhaji" beside "OjewaleAlhaji"): a name spelt in one piece is not also
    written in two."""
    return all(_used_alone(part, counts) for part in parts)


def _name_in_prose(parts: list[str], lines: _Lines, offset: int, end: int) -> bool:
    """ "MicroMega", "ShinWon": two capitalised halves in running prose are a name; a
    possessive ends a name ("Ukraine'sPresident") and starts none. Three or more capitalised
    parts are a name only between lower-case words of a sentence ("which owns PrettyLittleThing
    and Debenhams"), where no row of links stands."""
    if not parts[0][0].isupper() or any(_joins(part) for part in parts[1:]):
        return False
    if len(parts) > 2 and not (
        all(part[:1].isupper() for part in parts) and _between_lower_case(lines.text, offset, end)
    ):
        return False
    if _POSSESSIVE.search(parts[0]):
        return False
    return lines.in_prose(offset)


_LOWER_BEFORE = compile_pattern(r"(?<![\p{L}\p{N}])\p{Ll}+ \Z")
_LOWER_AFTER = compile_pattern(r" \p{Ll}+\b")


def _between_lower_case(text: str, start: int, end: int) -> bool:
    """Whether a lower-case word and a space stand on each side of `text[start:end]`."""
    return (
        _LOWER_BEFORE.search(text, max(0, start - 30), start) is not None
        and _LOWER_AFTER.match(text, end) is not None
    )


def _participle(part: str) -> bool:
    """A past participle no name is ("Published", "Updated"; not "Ahmed", "Fred")."""
    return (
        len(part) >= MIN_PARTICIPLE
        and part.endswith("ed")
        and english().only_lower_case(part.lower())
    )


class _Name(NamedTuple):
    """A two-part token in prose, held back as a name until its document is read."""

    token: str
    start: int
    parts: list[str]
    vouched: bool  # the document writes both halves on their own
    everyday: bool  # two everyday words in a token the frequency list never saw


class _Lines:
    """A document's lines, found by the line index and each judged once: searching for the
    line's ends and reading it whole for every name on it cost a long line its length once per
    name (2,000 names on a 95 KB line took 1.4 s, four times 1,000 on half of it)."""

    def __init__(self, doc: Document):
        self.text = doc.text
        self.starts = doc.line_starts
        self._prose: dict[int, bool] = {}

    def index(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def in_prose(self, offset: int) -> bool:
        """Whether the line around `offset` reads as prose: long, or ending a sentence."""
        index = self.index(offset)
        if index not in self._prose:
            start = self.starts[index]
            end = self.starts[index + 1] - 1 if index + 1 < len(self.starts) else len(self.text)
            self._prose[index] = reads_as_prose(self.text[start:end])
        return self._prose[index]


def compile(rule: Rule, vocabulary: Vocabulary) -> CamelGlueCheck:
    return CamelGlueCheck(rule, vocabulary)
