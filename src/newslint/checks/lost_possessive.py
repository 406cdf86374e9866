"""`lost-possessive`: a name's possessive written without its apostrophe ("northeast Chinas
Heilongjiang Province", "Xinjiangs exports") on a page that otherwise keeps its apostrophes.

Feeds that rebuild English copy from another language's agency text, and hands that type
possessives by ear, drop the apostrophe of a name's possessive one word at a time, so the page as
a whole still writes apostrophes and `stripped-apostrophe` (a page with none) stays silent. A
capitalised word of a name plus "s" is reported when

- English rarely writes it ("Chinas": wordfreq zipf 2.2; a surname's plural "the Kennedys" is
  2.6, a demonym's "Cambodians" is commoner still),
- its possessive is at least as common ("China’s" 3.9; "Cambodian’s" 0.0 against "Cambodians"
  2.4, so a plural stays silent), and
- the page writes the name bare elsewhere ("Xinjiang … Xinjiangs exports"), or the possessive
  is common English and far commoner than the bare-s form ("Indonesia’s" 2.9 against 0.0);

and a word follows on its line: a possessive is followed by what it owns. A determiner before
it ("the Bidens", "both Koreas") makes it a plural, and the words `stripped-apostrophe` reports
on a page with no apostrophe at all are left to it. The fix writes the apostrophe; it is
offered, not applied, since a plural of the name can read the same.
"""

from __future__ import annotations

from collections.abc import Iterator

from newslint.checks import Check, finding, render
from newslint.checks.stripped_apostrophe import apostrophe_form, stripped_page
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

OPTIONS: dict[str, object] = {}

MAX_WORD_ZIPF = 2.5  # the name plus "s" is rare English ("Chinas" 2.2; "Americas" 3.7 is a name)
MIN_POSSESSIVE_ZIPF = 2.5  # without the bare name on the page, the possessive is common English
MIN_GAIN_ZIPF = 1.2  # and this much commoner than the bare-s form (16 times as frequent)
_CANDIDATE = compile_pattern(
    r"(?<![\p{L}\p{N}'’.\-])(?P<name>\p{Lu}\p{Ll}{2,}(?<!s))s(?=[ \t]+[\p{L}\p{N}])"
)
# A determiner or number before the word makes it a plural: "the Bidens", "both Koreas".
_PLURAL_BEFORE = compile_pattern(
    r"(?i)(?<![\p{L}'’])(?:the|both|all|these|those|many|several|two|three|four|five)[ \t]+$"
)


class LostPossessiveCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.zipf = vocabulary.zipf

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        stripped = stripped_page(text)
        counts = doc.word_counts
        judged: dict[str, str | None] = {}
        for match in _CANDIDATE.finditer(text):
            name = match.group("name")
            if name not in judged:
                # On a page with no apostrophe at all, what `stripped-apostrophe` restores is its.
                taken = stripped and apostrophe_form(name + "s", self.zipf) is not None
                judged[name] = None if taken else self._possessive(name, name in counts)
            form = judged[name]
            if form is None or _PLURAL_BEFORE.search(
                text, max(0, match.start() - 12), match.start()
            ):
                continue
            message = render(self.rule.message, match=match.group(), fix=form)
            yield finding(self.rule, match.start(), match.end(), message, suggestions=[form])

    def _possessive(self, name: str, written_bare: bool) -> str | None:
        form = name + "’s"
        word = self.zipf(name + "s")
        possessive = self.zipf(form)
        if word > MAX_WORD_ZIPF or possessive < word:
            return None
        if written_bare or (
            possessive >= MIN_POSSESSIVE_ZIPF and possessive - word >= MIN_GAIN_ZIPF
        ):
            return form
        return None


def compile(rule: Rule, vocabulary: Vocabulary) -> LostPossessiveCheck:
    return LostPossessiveCheck(rule, vocabulary)
