"""`spelling-variety`: one word spelled the British and the American way in one document
("colour" and "color", "travelled" and "traveled", "defence" and "defense").

British and American copy joined, or a spinner's substitutions, leave both spellings of one
word on a page. Each alternation is a shape, not a list: British -our and American -or after
the same stem ("neighbours"/"neighbors"; a stem ending in a vowel other than i is left out, so
"flour" and "floor" are never compared), a doubled l and a single one before an ending after
a stem ending in a vowel ("cancelling"/"canceling"; at least three letters before the l, so
"filled" and "filed" are never compared), -fence and -fense ("offences"/"offenses"),
-tre/-bre and -ter/-ber after a stem of three letters or more ("centre"/"center",
"centred"/"centered", "centring"/"centering", "kilometres"/"kilometers"; "metre" and "meter" are
two words in British copy), ae and e
("anaemia"/"anemia"), and -ogue and -og after four letters or more ("catalogue"/"catalog", "catalogued"/"cataloged").
Only a word the page writes both ways counts, so a British page's "actor" is no evidence, and
only a British form American spelling does not write too (Hunspell's en_US dictionary, as spylls
ships it): a shape also matches words of their own that both write, "timbre" beside "timber",
"daemon" beside "demon", "dialogue" beside "dialog", "glamour" beside "glamor". Only in
lower case: a name keeps its own spelling ("Labour", "Pearl Harbor", the US "Department of
Defense" in British copy). Per alternation, the page's own spelling (American or British, from
`Document.dialect`) wins, else the form the page writes more often, else the British one; each
occurrence of the other form is reported, with the winning spelling as its fix. The document's
distinct words (`Document.word_counts`, shared) are read once: no scan of the text.

Each finding points at the first places of the winning form (related locations, read in the
same pass over the words), so the reader sees both.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress, repeat
from operator import or_

from newslint import dialect
from newslint.cased_lexicon import english
from newslint.checks import Check, finding, render
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.regex_store import compile_pattern
from newslint.related_places import OtherForm
from newslint.rules import Rule

OPTIONS: dict[str, object] = {}
# Longer "words" are run-together text or code, never one spelling: the shapes' greedy stems
# made matching one of 200,000 letters take seconds.
MAX_WORD_LENGTH = 40
_ENDINGS = r"(?:s|ed|ing|ite|ites|able|ful|less|hood|hoods|al)?"
# (strings one of which every word of the shape holds, the British shape, how the American form is
# made from its groups; a group that took no part expands to nothing): each shape matches a whole
# word; the strings, tested first at C speed, rule out nearly every word of a page without a regex
# call.
_SHAPES = (
    (("our",), compile_pattern(rf"(\p{{Ll}}{{2,}}(?<![aeou]))our({_ENDINGS})"), r"\1or\2"),
    # ("lle", "lli": "ll" and the ending's first letter, which "ll" alone, in "all" and "will",
    # left to the regex on most pages)
    (("lle", "lli"), compile_pattern(r"(\p{Ll}{2,}[aeio])ll(ed|ing|er|ers)"), r"\1l\2"),
    (("fence",), compile_pattern(r"(\p{Ll}+)fence(s|less)?"), r"\1fense\2"),
    # British -tre/-bre and American -ter/-ber ("centres"/"centers", "calibre"/"caliber"): three
    # letters at least before the t or b, so "metre" and "meter" (a device in British copy too)
    # are never compared; "kilometres"/"kilometers" are.
    # The -d and -ing forms drop the British e and keep the American one ("centred"/"centered",
    # "centring"/"centering"), so they are their own branch, not an ending after "re".
    (
        ("tre", "bre", "trin", "brin"),  # the t or b with what follows: "are", "more" hold none
        compile_pattern(r"(\p{Ll}{3,}[tb])r(?:e(s)?|(ed|ing))"),
        r"\1er\2\3",
    ),
    # British ae and American e in words from Greek ("paediatric"/"pediatric",
    # "anaesthetic"/"anesthetic"); oe/e is left out, as "poets" and "pets" are two words.
    (("ae",), compile_pattern(r"(\p{Ll}*)ae(\p{Ll}{3,})"), r"\1e\2"),
    # British -ogue and American -og after four letters or more ("catalogue"/"catalog"; American
    # copy writes "analogue" too, so that pair is not compared); "rogue" and "vogue" are no such word.
    # "catalogued"/"cataloged" and "cataloguing"/"cataloging" drop the British "ue" whole.
    (("ogu",), compile_pattern(r"(\p{Ll}{4,})ogu(?:e(s)?|(ed|ing))"), r"\1og\2\3"),
)


class SpellingVarietyCheck(Check):
    def run(self, doc: Document) -> Iterator[Finding]:
        counts = doc.word_counts
        words = list(counts)
        for held, shape, american in _SHAPES:
            pairs: list[tuple[str, str]] = []
            for word in _holding(words, held):
                if not word[:1].islower() or len(word) > MAX_WORD_LENGTH:
                    continue
                match = shape.fullmatch(word)
                if (
                    match is not None
                    and (other := match.expand(american)) in counts
                    and not english().is_lower_case_word(word)
                ):
                    pairs.append((word, other))
            if pairs:
                yield from self._report(doc, pairs)

    def _report(self, doc: Document, pairs: list[tuple[str, str]]) -> Iterator[Finding]:
        """The losing forms' occurrences, for one alternation's (British, American) pairs."""
        british = sum(doc.word_counts[b] for b, _ in pairs)
        american = sum(doc.word_counts[a] for _, a in pairs)
        spelling = doc.dialect
        if spelling == dialect.AMERICAN or (spelling is None and american > british):
            losing = {b: a for b, a in pairs}
        else:
            losing = {a: b for b, a in pairs}
        winners = set(losing.values())
        reported: list[tuple[int, int, str]] = []
        places: dict[str, list[tuple[int, int, str]]] = {}
        for start, end, word in doc.words:
            if word in losing:
                reported.append((start, end, word))
            elif word in winners:
                places.setdefault(word, []).append((start, end, f"spelled “{word}” here"))
        others = {word: OtherForm(found) for word, found in places.items()}
        for start, end, word in reported:
            fixed = losing[word]
            message = render(self.rule.message, match=word, winner=fixed)
            related = others[fixed].related(start, end) if fixed in others else ()
            yield finding(
                self.rule, start, end, message, fix=fixed, suggestions=[fixed], related=related
            )


def _holding(words: list[str], held: tuple[str, ...]) -> Iterator[str]:
    """The `words` that hold one of the strings `held`, in their order. Tested in C calls over
    the whole list (`str.__contains__` mapped, `compress`): a Python call per word and shape cost
    a ~1 KB document 0.4 ms, as much as a `scan` spends on a tenth of its checks."""
    marks = map(str.__contains__, words, repeat(held[0]))
    for part in held[1:]:
        marks = map(or_, marks, map(str.__contains__, words, repeat(part)))
    return compress(words, marks)


def compile(rule: Rule, vocabulary: Vocabulary) -> SpellingVarietyCheck:
    return SpellingVarietyCheck(rule, vocabulary)
