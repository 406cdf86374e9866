"""`compound-variety`: one compound written closed up and with a hyphen in one document
("email" and "e-mail", "cooperate" and "co-operate", "lawbreakers" and "law-breakers").

Copy joined from two sources, or a translation engine that joins a compound afresh each time,
leaves both forms of one word on a page. The pairs are made from the page's own words, not a
list: a lower-case word of two parts joined by one hyphen ("e-mail") is compared with the word
its parts make closed up ("email"). Only a compound the page writes both ways counts.
A compound of four letters or fewer is not compared: closed up, so short a word is a word of
its own ("co-op" and a hen's "coop").

Hyphenated and spaced forms are not compared: English hyphenates a compound before the noun it
modifies and spaces it elsewhere ("a long-term plan", "in the long term"), and style guides
leave a familiar compound open even before a noun ("air quality policy" beside an "air-quality
cleanup" is house style). Spaced and closed forms are not either: a verb and its noun are
spelled so ("set up" and "setup", "break down" and "breakdown").

Headlines are left out (the first line, or a short line standing alone with no closing mark):
a live page's headlines are other stories, each its writer's. The form the page writes less often is reported, with the other as its fix; of two written
equally often, the hyphenated one (a pipeline drops a hyphen; none adds one). Which is right is
the desk's call, so the fix is applied only with --unsafe-fixes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from newslint.checks import Check, finding, render
from newslint.checks.consistency import HEADLINE_LINES
from newslint.document import Document
from newslint.finding import Finding
from newslint.foreign_quotes import inside
from newslint.lexicon import Vocabulary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

FIXES = True
OPTIONS: dict[str, object] = {}

# A lower-case word of two parts joined by one hyphen, not part of an address, of a longer
# compound ("mother-in-law") or of a suspended pair ("low- and zero-emission").
_HYPHENATED = compile_pattern(
    r"(?<![\p{L}\p{N}'’./@#_-])(?P<a>\p{Ll}+)[-‐](?P<b>\p{Ll}+)"
    r"(?![\p{L}\p{N}/@_-]|['’.-][\p{L}\p{N}])"
)

_VOWELS = frozenset("aeiou")
SHORTEST_CLOSED = 5  # letters of the shortest closed-up compound compared ("email")

_HEADLINES = tuple(compile_pattern(p) for p in HEADLINE_LINES)

Form = tuple[int, int, str]  # start, end, as written


class CompoundVarietyCheck(Check):
    # On a scanned page a word hyphenated at a lost line break is the OCR rules' to name
    # ("infor-mation" beside "information"): any other rule's finding on it comes first.
    defers = True

    def run(self, doc: Document) -> Iterator[Finding]:
        counts = doc.word_counts
        hyphenated: dict[str, list[Form]] = {}
        headlines: list[tuple[int, int]] | None = None
        for match in _HYPHENATED.finditer(doc.text):
            closed = match["a"] + match["b"]
            if closed in counts and not _meaning_hyphen(match["a"], match["b"]):
                headlines = _headlines(doc.text) if headlines is None else headlines
                if inside(headlines, match.start()):
                    continue
                hyphenated.setdefault(closed, []).append(
                    (match.start(), match.end(), match.group())
                )
        if not hyphenated:
            return
        closed_forms: dict[str, list[Form]] = {}
        for start, end, word in doc.words:
            if word in hyphenated and not inside(headlines or [], start):
                closed_forms.setdefault(word, []).append((start, end, word))
        for word, joined in hyphenated.items():
            if word in closed_forms:
                yield from self._report(closed_forms[word], joined)

    def _report(self, closed: list[Form], joined: list[Form]) -> Iterator[Finding]:
        """Each occurrence of the form written less often (the hyphenated one on a tie)."""
        losing, winning = (closed, joined) if len(closed) < len(joined) else (joined, closed)
        winner = Counter(written for *_, written in winning).most_common(1)[0][0]
        for start, end, written in losing:
            message = render(self.rule.message, match=written, winner=winner)
            yield finding(self.rule, start, end, message, fix=winner, suggestions=[winner])


def _meaning_hyphen(first: str, second: str) -> bool:
    """Whether the hyphen after "re" keeps apart a word of its own ("re-sign" beside "resign",
    "re-form" beside "reform", "re-cover", "re-count"): style guides close re- up except before
    a vowel ("re-elect", "re-open") or where the closed form is another word, so a page's
    "re-" before a consonant is that other word's mark, not a second joining of one compound.
    So does the hyphen of a compound whose letters closed up make a word of four letters or
    fewer ("co-op" beside a hen's "coop"): so short a word is a word of its own, read another
    way, far more often than the compound run together."""
    if len(first) + len(second) < SHORTEST_CLOSED:
        return True
    return first == "re" and second[:1] not in _VOWELS


def _headlines(text: str) -> list[tuple[int, int]]:
    return sorted(m.span() for pattern in _HEADLINES for m in pattern.finditer(text))


def compile(rule: Rule, vocabulary: Vocabulary) -> CompoundVarietyCheck:
    return CompoundVarietyCheck(rule, vocabulary)
