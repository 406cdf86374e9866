"""`compound-variety`: one compound written closed up and with a hyphen in one document
("email" and "e-mail", "cooperate" and "co-operate", "lawbreakers" and "law-breakers").

Copy joined from two sources, or a translation engine that joins a compound afresh each time,
leaves both forms of one word on a page. The pairs are made from the page's own words, not a
list: a lower-case word of two parts joined by one hyphen ("e-mail") is compared with the word
its parts make closed up ("email"). Only a compound the page writes both ways counts.
A compound of four letters or fewer is not compared: closed up, so short a word is a word of
its own ("co-op" and a hen's "coop").

Hyphenated and spaced forms are compared only where they stand in one role: English hyphenates
a compound before the noun it modifies and spaces it elsewhere ("a long-term plan", "in the long
term"), and style guides leave a familiar compound open even before a noun ("air quality policy"
beside an "air-quality cleanup" is house style). So the two forms are one compound joined two
ways only before the same word ("top-line growth" and "top line growth": one phrase, two
joinings), or each standing alone between marks ("Bill; second-reading." beside "Bill; second
reading—", an order paper's items). On a tie the form against the role's usual style is
reported: the spaced one before a word other than a function word (a modifier takes its hyphen),
else the hyphenated one. Spaced and closed forms are not compared: a verb and its noun are
spelled so ("set up" and "setup", "break down" and "breakdown").

Headlines are left out (the first line, or a short line standing alone with no closing mark):
a live page's headlines are other stories, each its writer's. The form the page writes less often is reported, with the other as its fix; of two written
equally often, the hyphenated one (a pipeline drops a hyphen; none adds one). Which is right is
the desk's call, so the fix is applied only with --unsafe-fixes.

Each finding points at the first places of the form it is measured against (related
locations), so the reader sees both.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from operator import itemgetter

from newslint.checks import Check, finding, render
from newslint.checks.consistency import HEADLINE_LINES
from newslint.document import Document
from newslint.finding import Finding
from newslint.foreign_quotes import inside
from newslint.lexicon import Vocabulary, is_function_word
from newslint.necessary import Necessary
from newslint.regex_store import compile_pattern
from newslint.related_places import OtherForm
from newslint.rules import Rule

FIXES = True
OPTIONS: dict[str, object] = {}

# A lower-case word of two parts joined by one hyphen, not part of an address, of a longer
# compound ("mother-in-law") or of a suspended pair ("low- and zero-emission").
_HYPHENATED = compile_pattern(
    r"(?<![\p{L}\p{N}'’./@#_-])(?P<a>\p{Ll}+)[-‐](?P<b>\p{Ll}+)"
    r"(?![\p{L}\p{N}/@_-]|['’.-][\p{L}\p{N}])"
)
# The same matches found from their hyphen: `_HYPHENATED` tries its look-behind at every
# character of the text and backtracks through every lower-case word (0.1 s of a megabyte), this
# one looks only where a hyphen stands and reads the word before it backwards. Read by
# `_hyphenated`, which drops a match overlapping the one before, as `finditer` never finds.
_AT_HYPHEN = compile_pattern(
    r"[-‐](?<=(?<![\p{L}\p{N}'’./@#_-])(?P<a>\p{Ll}+)[-‐])(?P<b>\p{Ll}++)"
    r"(?![\p{L}\p{N}/@_-]|['’.-][\p{L}\p{N}])"
)

# What follows a form: the next word after one space, else a mark (or the line's end).
_NEXT = compile_pattern(r"[ ](?P<word>\p{L}+)|(?P<mark>[ ]?[^\s\p{L}\p{N}]|[ \t]*(?:\n|\Z))")
# What stands before a form: a mark (or a line's start), for a form standing alone.
_MARK_BEFORE = compile_pattern(r"(?:[^\s\p{L}\p{N}]|\n|\A)[ \t]*\Z")
# A suspended pair's second member ("low- and zero-emission") shares its hyphen with the first.
_SUSPENDED = compile_pattern(r"-,? (?:and|or|to) \Z")
ROLE_CONTEXT = 12  # characters read before a form for its role

_VOWELS = frozenset("aeiou")
SHORTEST_CLOSED = 5  # letters of the shortest closed-up compound compared ("email")

_HEADLINES = tuple(compile_pattern(p) for p in HEADLINE_LINES)

Form = tuple[int, int, str]  # start, end, as written
Span = tuple[int, int]


class CompoundVarietyCheck(Check):
    # On a scanned page a word hyphenated at a lost line break is the OCR rules' to name
    # ("infor-mation" beside "information"): any other rule's finding on it comes first.
    defers = True

    def necessary(self) -> Necessary:
        """Every pair compared holds a hyphenated form (`run` ends where the page has none)."""
        return Necessary(matches=(_HYPHENATED,))

    def run(self, doc: Document) -> Iterator[Finding]:
        joined: dict[tuple[str, str], list[Form]] = {}
        for pair, form in _hyphenated(doc.text):
            joined.setdefault(pair, []).append(form)
        if not joined:
            return
        headlines = _headlines(doc.text)
        for pair in joined:
            joined[pair] = [form for form in joined[pair] if not inside(headlines, form[0])]
        yield from self._closed(doc, joined, headlines)
        yield from self._spaced(doc, joined, headlines)

    def _closed(
        self, doc: Document, joined: dict[tuple[str, str], list[Form]], headlines: list[Span]
    ) -> Iterator[Finding]:
        """The compounds the page also writes closed up: the rarer form."""
        counts = doc.word_counts
        hyphenated = {
            first + second: forms
            for (first, second), forms in joined.items()
            if forms and first + second in counts and not _meaning_hyphen(first, second)
        }
        if not hyphenated:
            return
        closed_forms: dict[str, list[Form]] = {}
        for start, end, word in doc.words:
            if word in hyphenated and not inside(headlines, start):
                closed_forms.setdefault(word, []).append((start, end, word))
        for word, forms in hyphenated.items():
            if word in closed_forms:
                yield from self._report(closed_forms[word], forms)

    def _spaced(
        self, doc: Document, joined: dict[tuple[str, str], list[Form]], headlines: list[Span]
    ) -> Iterator[Finding]:
        """The compounds the page also writes spaced in one role: the rarer form there."""
        spaced: dict[tuple[str, str], list[Form]] = {}
        firsts = {first for first, _ in joined}
        words, text = doc.words, doc.text
        # The words' texts read in C (map, itemgetter): a Python loop over every word of a
        # megabyte cost more than the rest of the check.
        texts = list(map(itemgetter(2), words))
        texts[-1:] = []  # a last word opens no spaced pair
        for index in [i for i, word in enumerate(texts) if word in firsts]:
            first, second = words[index], words[index + 1]
            pair = (first.text, second.text)
            one_space = second.start == first.end + 1 and text[first.end] == " "
            if pair in joined and one_space and not inside(headlines, first.start):
                spaced.setdefault(pair, []).append(
                    (first.start, second.end, text[first.start : second.end])
                )
        for pair, forms in spaced.items():
            if joined[pair]:
                yield from self._same_role(text, joined[pair], forms)

    def _same_role(self, text: str, joined: list[Form], spaced: list[Form]) -> Iterator[Finding]:
        by_role: dict[str, tuple[list[Form], list[Form]]] = {}
        for forms, side in ((joined, 0), (spaced, 1)):
            for form in forms:
                role = _role(text, form, hyphenated=side == 0)
                if role is not None:
                    by_role.setdefault(role, ([], []))[side].append(form)
        for role, (hyphens, spaces) in by_role.items():
            if not hyphens or not spaces:
                continue
            if len(hyphens) == len(spaces):
                attributive = role != "alone" and not is_function_word(role)
                losing, winning = (spaces, hyphens) if attributive else (hyphens, spaces)
            else:
                losing, winning = sorted((hyphens, spaces), key=len)
            yield from self._flag(losing, winning[0][2], winning)

    def _flag(self, losing: list[Form], winner: str, winning: list[Form]) -> Iterator[Finding]:
        """Each losing form, fixed to `winner` and pointing at the `winning` forms' places."""
        usual = OtherForm((s, e, f"written “{w}” here") for s, e, w in winning)
        for start, end, written in losing:
            message = render(self.rule.message, match=written, winner=winner)
            related = usual.related(start, end)
            yield finding(
                self.rule, start, end, message, fix=winner, suggestions=[winner], related=related
            )

    def _report(self, closed: list[Form], joined: list[Form]) -> Iterator[Finding]:
        """Each occurrence of the form written less often (the hyphenated one on a tie)."""
        losing, winning = (closed, joined) if len(closed) < len(joined) else (joined, closed)
        winner = Counter(written for *_, written in winning).most_common(1)[0][0]
        yield from self._flag(losing, winner, winning)


def _role(text: str, form: Form, hyphenated: bool) -> str | None:
    """A form's role, read from its neighbours: the word after it (one space on), or "alone"
    when marks stand on both sides of it; None otherwise (before a capital, or after a word
    with a mark after it). A suspended pair's second member has no role of its own."""
    start, end, _ = form
    before = text[max(0, start - ROLE_CONTEXT) : start]
    if hyphenated and _SUSPENDED.search(before):
        return None
    after = _NEXT.match(text, end)
    if after is None:
        return None
    if after["word"] is not None:
        word = after["word"]
        return word if word.islower() else None
    return "alone" if _MARK_BEFORE.search(before) else None


def _hyphenated(text: str) -> Iterator[tuple[tuple[str, str], Form]]:
    """Each match of `_HYPHENATED` in `text`, as its two parts and its form (found from its
    hyphen: `_AT_HYPHEN`). A chain of parts joined by a hyphen that is not ASCII's ("a‐b‐c")
    gives "a‐b" there and nothing at "b‐c", which the overlap test drops."""
    last = 0
    for match in _AT_HYPHEN.finditer(text):
        start = match.start("a")
        if start < last:
            continue
        last = match.end()
        yield (match["a"], match["b"]), (start, last, text[start:last])


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
