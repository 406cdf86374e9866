"""`case-variety`: one term written in two cases inside one document ("COVID" beside "Covid",
"NATO" beside "Nato"; with `phrases`, "the state of emergency" ... "while the State of
Emergency is in place").

Copy joined from two sources leaves an acronym in capitals in one paragraph and written as a
word in another; machine translation from languages that capitalise the words of a measure's or
a body's name capitalises a common phrase at one mention only. The page's own forms of one key
(the term in lower case) are counted; no list of terms is consulted.

Only running text counts: a word after a lower-case word, a figure or a comma (never a
sentence's first word), outside headlines and short lines standing alone, on a line of
`min_line_words` words or more with at most `max_capital_share` of them capitalised, and not
beside a word in capitals.

- A word no English dictionary entry licenses in any case (Hunspell's en_US), at least
  `min_letters` long, written in capitals ("COVID") and also as a word ("Covid", "covid"): the
  form the page writes less often is reported; of two written equally often, neither (which is
  the house style needs a human). A capitalised word before a comma and a figure is a
  dateline ("MOSCOW, 13 Dec").
- `phrases` (off by default): a phrase of two or more ordinary words (Hunspell licenses each in
  lower case), every one but its function words capitalised, capitalised nowhere else on the
  page, where the page writes the same words in lower case. A phrase that runs on into a
  capitalised word ("Prime Minister Modi", "the National Security Agency's") or follows one
  past function words and commas ("Treaty on the Non-Proliferation of Nuclear Weapons") ends a
  name. It found the one such label of the real pages' dev half and, on pages held out, three
  findings on no label and none on one: professional copy capitalises a title or an office's
  name at one mention more often than such pages show, so it waits for better evidence.

- `lower_phrases` (on): a phrase of ordinary words capitalised in running text, after a
  lower-case word and before no capitalised one ("critics said the Supreme Court was late"),
  more often than the page writes it in lower case after "the" ("the supreme court clerk"):
  the lower-case mentions are reported. Only "the" counts ("a former prime minister" names no
  one, in every house style); a title before a name is house style; a tie is left alone. It
  found nothing on the real pages, the clean corpus or the held-out sets at 6f1649f (no page of
  them writes such a pair), so it is there for the pages that do, at 0.03 s of a clean megabyte.

The rarer form is reported with the page's other form as its suggestion; nothing is fixed.

Each finding points at the first places of the form it is measured against (related
locations), so the reader sees both.
"""

from __future__ import annotations

from collections.abc import Iterator

from newslint.cased_lexicon import CasedLexicon, english
from newslint.checks import Check, Option, finding, render
from newslint.checks.case_phrases import (
    WORD,
    RunningText,
    Token,
    after_lower_case_word,
    capitalised_phrases,
    case_shape,
    lower_twins,
)
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.regex_store import compile_pattern
from newslint.related_places import OtherForm, places_of
from newslint.rules import Rule
from newslint.tokens import beside_capitals

OPTIONS = {
    "phrases": Option(
        (bool,),
        default=False,
        doc="compare a common phrase capitalised once with its lower-case form (off: on pages"
        " held out it fired three times on no label and never on one)",
    ),
    "lower_phrases": Option(
        (bool,),
        default=True,
        doc="report a common phrase written in lower case after 'the' where the page"
        " capitalises it more often in running text",
    ),
    "min_letters": Option((int,), default=4, doc="the shortest acronym compared"),
    "min_line_words": Option(
        (int,), default=8, doc="the fewest words of a line that counts as running text"
    ),
    "max_capital_share": Option(
        (int, float),
        default=0.5,
        doc="the largest share of capitalised words of a line of running text",
    ),
}

# The marks `WORD` joins a compound's or a possessive's parts with.
_JOINERS = frozenset("-'’")
_DATELINE_AFTER = compile_pattern(r",? \d")
# "the" right before a phrase: the definite mention a capitalised one stands for.
_THE_BEFORE = compile_pattern(r"(?<![\p{L}-])the $")


class CaseVarietyCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.phrases = bool(rule.option("phrases"))
        self.lower_phrases = bool(rule.option("lower_phrases"))
        self.min_letters = int(rule.option("min_letters"))
        self.min_line_words = int(rule.option("min_line_words"))
        self.max_capital_share = float(rule.option("max_capital_share"))

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        lexicon = english()
        keys = self._written_in_two_cases(doc, lexicon)
        twins = lower_twins(text) if self.lower_phrases else {}
        if not keys and not self.phrases and not twins:
            return
        running = RunningText(text, self.min_line_words, self.max_capital_share)
        if twins:
            yield from self._lower_phrases(text, twins, running, lexicon)
        if not keys and not self.phrases:
            return
        hits = None if self.phrases else _occurrences(text, keys)
        if hits is None:
            tokens = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
            if self.phrases:
                yield from self._phrases(text, capitalised_phrases(text, tokens, running, lexicon))
            hits = _hits_among(tokens, keys)
        yield from self._acronyms(text, hits, running, keys)

    def _written_in_two_cases(self, doc: Document, lexicon: CasedLexicon) -> frozenset[str]:
        """The words (in lower case) of `min_letters` or more no dictionary entry licenses that
        stand in capitals and also, anywhere, in another case: only these can be reported, and
        most pages have none. Whole words from the C scanner and set arithmetic first, since
        reading every token's place in Python cost 0.4 s of a clean megabyte; and the scanner
        only where the page's shared runs allow a word in capitals (`_may_stand_in_capitals`)."""
        if not _may_stand_in_capitals(doc, self.min_letters):
            return frozenset()
        text = doc.text
        words = set(WORD.findall(text))
        capitals = {w.lower() for w in words if len(w) >= self.min_letters and w.isupper()}
        if not capitals:
            return frozenset()
        others = {word.lower() for word in words if not word.isupper()}
        return frozenset(key for key in capitals & others if not lexicon.has(key))

    def _phrases(
        self, text: str, capitalised: dict[str, list[tuple[int, int]]]
    ) -> Iterator[Finding]:
        for key, spans in capitalised.items():
            start, end = spans[0]
            # Capitalised anywhere else (again in running text, before a name, in a headline):
            # the page's name for something ("Space Shuttle Atlantis ... the last Space Shuttle
            # mission"), not a slip.
            if len(spans) != 1 or _written_whole(text, text[start:end]) != 1:
                continue
            if not _written_whole(text, key):
                continue
            message = render(self.rule.message, match=text[start:end], winner=key)
            note = f"written “{key}” here"
            related = OtherForm((s, e, note) for s, e in places_of(text, key)).related(start, end)
            yield finding(self.rule, start, end, message, suggestions=[key], related=related)

    def _lower_phrases(
        self,
        text: str,
        twins: dict[str, list[tuple[int, int]]],
        running: RunningText,
        lexicon: CasedLexicon,
    ) -> Iterator[Finding]:
        """A phrase of ordinary words the page capitalises in running text, after a lower-case
        word and before no name ("the Prime Minister said"), more often than it writes it in
        lower case after "the" ("the prime minister"): the lower-case mentions are the odd ones.
        Only "the" counts, since "a prime minister" or "former prime ministers" name no one and
        stay lower case in every house style; a tie is left alone."""
        for key, runs in twins.items():
            if not all(lexicon.is_lower_case_word(word) for word in key.split()):
                continue
            spans = [
                (start, end)
                for start, end in runs
                if running.free(start) and after_lower_case_word(text, start)
            ]
            lower = [
                (at, at + len(key))
                for at in _whole_at(text, key)
                if _THE_BEFORE.search(text, max(0, at - 4), at) and running.free(at)
            ]
            if not lower or len(lower) >= len(spans):
                continue
            winner = text[spans[0][0] : spans[0][1]]
            usual = OtherForm((s, e, f"written “{text[s:e]}” here") for s, e in spans)
            for start, end in lower:
                message = render(self.rule.message, match=text[start:end], winner=winner)
                related = usual.related(start, end)
                yield finding(self.rule, start, end, message, suggestions=[winner], related=related)

    def _acronyms(
        self, text: str, hits: list[Token], running: RunningText, keys: frozenset[str]
    ) -> Iterator[Finding]:
        forms: dict[str, dict[str, list[Token]]] = {}
        for start, end, word in hits:
            key = word.lower()
            if key not in keys:
                continue  # never in capitals and another case: nothing to compare
            shape = case_shape(word)
            if shape is None or len(word) < self.min_letters or not running.free(start):
                continue
            if shape == "upper" and (
                beside_capitals(text, start, end) or _DATELINE_AFTER.match(text, end)
            ):
                continue
            forms.setdefault(key, {}).setdefault(shape, []).append((start, end, word))
        for shapes in forms.values():
            if "upper" not in shapes or len(shapes) < 2:
                continue
            written = {shape: len(found) for shape, found in shapes.items()}
            most = max(written.values())
            winners = [shape for shape, count in written.items() if count == most]
            if len(winners) > 1:
                continue  # written equally often: which is the house style needs a human
            winner = shapes[winners[0]][0][2]
            usual = OtherForm((s, e, f"written “{w}” here") for s, e, w in shapes[winners[0]])
            for shape, found in shapes.items():
                if shape == winners[0]:
                    continue
                for start, end, word in found:
                    message = render(self.rule.message, match=word, winner=winner)
                    related = usual.related(start, end)
                    yield finding(
                        self.rule, start, end, message, suggestions=[winner], related=related
                    )


def _may_stand_in_capitals(doc: Document, min_letters: int) -> bool:
    """Whether some `WORD` of the page may be in capitals (`str.isupper`) and `min_letters`
    long, told from the shared runs (`Document.names`) without the scanner, which cost a ~1 KB
    page 0.25 ms. A `WORD`'s parts are whole runs of letters (its look-arounds refuse a letter
    or digit beside it), and in one in capitals some part is too: that run, as long, or a run
    joined to another by a mark beside it."""
    upper = [run for run in doc.names.texts if run.isupper()]
    if any(len(run) >= min_letters for run in upper):
        return True
    if not upper:
        return False
    text, short = doc.text, frozenset(upper)
    return any(
        word in short and (text[start - 1 : start] in _JOINERS or text[end : end + 1] in _JOINERS)
        for start, end, word in doc.runs
    )


def _hits_among(tokens: list[Token], keys: frozenset[str]) -> list[Token]:
    """The tokens whose lower case is one of `keys`, read from the list of every token."""
    return [token for token in tokens if token[2].lower() in keys]


def _occurrences(text: str, keys: frozenset[str]) -> list[Token] | None:
    """`_hits_among` every token, without reading every token's place (0.1 s of a clean
    megabyte): each key is looked for in the lower-cased text and `WORD` matched where it
    stands. A match of `WORD` is a token wherever it starts, since none can start inside
    another (its look-behind refuses a letter, a mark it joins words with, or a full stop).
    None where lower-casing the text is not lower-casing each token: a letter that lower-cases
    to two ("İ"), or "Σ", which lower-cases by its neighbours."""
    lowered = text.lower()
    if len(lowered) != len(text) or "Σ" in text:
        return None
    hits: list[Token] = []
    for key in keys:
        at = lowered.find(key)
        while at >= 0:
            match = WORD.match(text, at)
            if match is not None and match.group().lower() == key:
                hits.append((match.start(), match.end(), match.group()))
            at = lowered.find(key, at + 1)
    hits.sort()  # by place: no two tokens start at one
    return hits


def _written_whole(text: str, words: str) -> int:
    """How often `words` stand in `text` as whole words, not inside a longer word or compound."""
    return len(_whole_at(text, words))


def _whole_at(text: str, words: str) -> list[int]:
    """Where `words` stand in `text` as whole words, not inside a longer word or compound."""
    found = []
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        if not (at and (text[at - 1].isalpha() or text[at - 1] == "-")) and not (
            end < len(text) and (text[end].isalpha() or text[end] == "-")
        ):
            found.append(at)
        at = text.find(words, at + 1)
    return found


def compile(rule: Rule, vocabulary: Vocabulary) -> CaseVarietyCheck:
    return CaseVarietyCheck(rule, vocabulary)
