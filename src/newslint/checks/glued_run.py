"""`glued-run`: several words run together in one case ("INTELLIGENCEMONOGRAPHSECRECY",
"VOLUNTEEROFFICERS", "TOTHE", "inthemiddleof"), found by segmenting the token by word frequency.

A capital letter shows where camel-cased glue breaks (`camel-glue`), and a two-word lower-case glue
is `lexicon`'s `glued`; a run in capitals (headings, the title pages of scanned reports) or of three
and more lower-case words has no such seam. Such a token is cut where the sum of its parts' costs
is least (a part costs 9 minus its Zipf frequency, the negative log of its probability up to a
constant, so common words and few parts win), the way word segmenters for unspaced text work.

It is reported when the token is not a word itself (a run of function words, "TOTHE", may be
rare web spelling, so only a common one counts as a word) nor a known word with a short prefix
or ending ("redisclose"), every part is a function word or a
common word of three letters or more, the document writes it only once (an acronym such as
"MININT" recurs) and it is not part of an address, a handle or a hyphenated compound. A run in
capitals is judged only beside another word in capitals (a heading, a title page); alone in
prose it is a name styled so ("the HEALTHWATCH scheme").

A page whose text lost every space (a PDF's text layer) runs names and acronyms into the words
too ("MayorsfromacrossNSWtravelledto…"): a token in mixed case is cut at its capitals, and it is
reported when one of its lower-case stretches (with the capital that may open it) is itself such
a run of three or more words, at least one a function word, which no brand or name is made of
("Nuclearelectrica" is "nuclear elect rica" to the segmenter, with no function word).
Keys: `min_zipf` (how common a part must be), `min_parts_lower` (a lower-case run needs this many
parts; two-word glue is the `glued` detector's).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import ClassVar

from newslint.checks import Check, Option, finding, render
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import MEMO_LIMIT, Vocabulary, is_function_word
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

OPTIONS = {
    "min_zipf": Option((int, float), default=3.5, doc="how common each part must be"),
    "min_parts_lower": Option((int,), default=3, doc="fewest parts of a lower-case run"),
}

# One case from end to end; a single hyphen before it joins a compound ("anti-NATO"), a dash of
# two ("FELLOWS--VOLUNTEEROFFICERS") separates.
_RUN = compile_pattern(
    r"(?<![\p{L}\p{N}@#/_.'’]|(?<!-)-)(?:\p{Lu}{5,}|\p{Ll}{5,})(?![\p{L}\p{N}@/_'’]|-\p{L}|\.\w)"
)
# The neighbouring words, across spaces and the marks between words of a heading.
_WORD_BEFORE = compile_pattern(r"(\p{L}{2,})[\s\d\"'’.,:;&()/\-–—]+$")
_WORD_AFTER = compile_pattern(r"[\s\d\"'’.,:;&()/\-–—]+(\p{L}{2,})")
# Zipf frequency is log10 of occurrences per billion words: 9 - zipf is a part's cost.
MAX_ZIPF = 9.0
LONGEST_PART = 18
# A run of function words ("tothe", 2.2; "inthe", 2.6) is web misspelling, not a word of English.
FUNCTION_RUN_MAX_ZIPF = 2.6
MIN_PART = 3
MIN_LOWER_PART = 4
# A known word (at least this common) with up to this many letters before or after it that are
# no function word is a derivation ("re" + "disclose"), not a glue.
MAX_AFFIX = 3
DERIVED_BASE_ZIPF = 3.0
MIN_BASE = 4  # "tot" + "he" derives nothing
# A mixed-case token this long may be text whose spaces were all lost; its lower-case stretches
# (a capital may open one) of this many letters are judged as runs.
MIN_MIXED = 12
_STRETCH = compile_pattern(r"(?:(?<!\p{Lu})\p{Lu})?\p{Ll}{8,}")
_CASE_RUN = compile_pattern(r"\p{Lu}+|\p{Ll}+")


class GluedRunCheck(Check):
    defers: ClassVar[bool] = True  # a rule that names the glue more precisely speaks first

    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.zipf = vocabulary.zipf
        self.min_zipf = float(rule.option("min_zipf"))
        self.min_parts_lower = int(rule.option("min_parts_lower"))
        # A token's parts depend only on the token, this rule's options and its vocabulary:
        # judged once per linter, so a keystroke's re-lint judges only the tokens it made.
        self._judged: dict[str, list[str] | None] = {}

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        judged = self._judged
        if len(judged) > MEMO_LIMIT:
            judged.clear()
        # The document's shared letter runs, each distinct token judged once: most are words.
        for run in doc.runs:
            token = run.text
            if len(token) < 5 or not token.isalpha():
                continue
            if not (token.islower() or token.isupper()):
                if len(token) >= MIN_MIXED and self._mixed_glue(token):
                    yield self._mixed_finding(text, run.start, run.end)
                continue
            if token not in judged:
                judged[token] = self._glued_parts(token)
            parts = judged[token]
            if not parts:
                continue
            if token.isupper() and not _in_capitals(text, run.start, run.end):
                continue  # "the HEALTHWATCH scheme": a brand styled in capitals, not a heading
            match = _RUN.match(text, run.start)
            if match is None or match.end() != run.end:
                continue  # part of an address, a handle or a hyphenated compound
            # Written twice, even as "MINFAR's", it is the document's acronym or name.
            if text.count(token, 0, run.start) + text.count(token, run.end):
                continue
            fix = " ".join(parts)
            message = render(self.rule.message, match=token, fix=fix)
            yield finding(self.rule, run.start, run.end, message, suggestions=[fix])

    def _mixed_glue(self, token: str) -> bool:
        """Whether a stretch of `token` between its capitals runs three words or more together,
        one of them a function word."""
        if token not in self._judged:
            self._judged[token] = next(
                (
                    parts
                    for stretch in _STRETCH.findall(token)
                    if (parts := self._glued_parts(stretch.lower())) is not None
                    and len(parts) >= self.min_parts_lower
                    and any(is_function_word(part) for part in parts)
                ),
                None,
            )
        return self._judged[token] is not None

    def _mixed_finding(self, text: str, start: int, end: int) -> Finding:
        token = text[start:end]
        fix = _spaced(token, self.segment)
        message = render(self.rule.message, match=token, fix=fix)
        return finding(self.rule, start, end, message, suggestions=[fix])

    def _glued_parts(self, token: str) -> list[str] | None:
        """The words `token` runs together (in its own case), or None if it is not a glue."""
        rarity = self.zipf(token)
        if rarity >= FUNCTION_RUN_MAX_ZIPF:
            return None
        # Lower-case fragments of three letters are suffixes more often than words ("author it
        # ive" is a misspelling); a lower-case run is cut into function words and longer words.
        parts = self.segment(token.casefold(), MIN_PART if token.isupper() else MIN_LOWER_PART)
        if parts is None or len(parts) < 2:
            return None
        if token.islower() and len(parts) < self.min_parts_lower:
            return None
        if self._derived(token.casefold()):
            return None
        if rarity > 0 and not (
            rarity < FUNCTION_RUN_MAX_ZIPF and all(is_function_word(p) for p in parts)
        ):
            return None
        if token.isupper():
            return [p.upper() for p in parts]
        return parts

    def _derived(self, word: str) -> bool:
        """ "redisclose", "decarbonize": a known word with a short prefix or ending that is no
        word of its own, which is how English derives words, not how glue looks."""
        for cut in range(1, MAX_AFFIX + 1):
            for affix, rest in ((word[:cut], word[cut:]), (word[-cut:], word[:-cut])):
                if (
                    len(rest) >= MIN_BASE
                    and not is_function_word(affix)
                    and self.zipf(rest) >= DERIVED_BASE_ZIPF
                ):
                    return True
        return False

    def segment(self, word: str, shortest: int = MIN_PART) -> list[str] | None:
        """The cheapest cut of `word` into allowed parts (dynamic programming over end points).

        Each end point keeps its cost and where its last part starts, not its parts: copying the
        parts to every end point cost a run's length squared (1 GB for 50,000 letters)."""
        costs: list[float | None] = [0.0] + [None] * len(word)
        starts = [0] * (len(word) + 1)  # where the cheapest cut's last part ending here starts
        for end in range(1, len(word) + 1):
            for start in range(max(0, end - LONGEST_PART), end):
                before = costs[start]
                if before is None:
                    continue
                cost = self._cost(word[start:end], shortest)
                if cost is None:
                    continue
                current = costs[end]
                if current is None or before + cost < current:
                    costs[end], starts[end] = before + cost, start
        if costs[-1] is None:
            return None
        parts, end = [], len(word)
        while end:
            parts.append(word[starts[end] : end])
            end = starts[end]
        return parts[::-1]

    def _cost(self, part: str, shortest: int = MIN_PART) -> float | None:
        if len(part) > 1 and is_function_word(part):
            return MAX_ZIPF - self.zipf(part)
        if len(part) < shortest:
            return None
        value = self.zipf(part)
        return MAX_ZIPF - value if value >= self.min_zipf else None


def _spaced(token: str, segment: Callable[[str, int], list[str] | None]) -> str:
    """The token cut at its capitals, each stretch cut into words where it can be: an acronym
    keeps its capitals when the letters after it read as words ("NSWarebeing": "NSW are being"),
    else its last capital opens them."""
    words: list[str] = []
    runs = _CASE_RUN.findall(token)
    index = 0
    while index < len(runs):
        run = runs[index]
        lower = runs[index + 1] if run.isupper() and index + 1 < len(runs) else ""
        index += 2 if lower else 1
        stretch = run + lower
        if len(run) > 1 and lower:
            # an acronym before the stretch, or its last capital opening it
            head = run if segment(lower, MIN_LOWER_PART) else run[:-1]
            words.append(head)
            stretch = stretch[len(head) :]
        parts = segment(stretch.lower(), MIN_LOWER_PART)
        if parts:
            parts[0] = stretch[: len(parts[0])]  # the capital that opened the stretch
            words.extend(parts)
        else:
            words.append(stretch)
    return " ".join(words)


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the word before or after is in capitals too: a heading, a title page or a caps
    line, where spaces get lost; a lone capitals token in prose is a name styled so."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER.match(text, end)
    return any(m is not None and m.group(1).isupper() for m in (before, after))


def compile(rule: Rule, vocabulary: Vocabulary) -> GluedRunCheck:
    return GluedRunCheck(rule, vocabulary)
