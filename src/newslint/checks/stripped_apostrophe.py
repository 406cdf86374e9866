"""`stripped-apostrophe`: a page whose apostrophes a pipeline removed ("Chinas economy", "dont").

A filter that keeps only letters, digits and a few marks, or an encoding step that drops the
curly apostrophe it cannot hold, removes every apostrophe of a page: possessives and contractions
are left as words of their own ("Chinas", "Russias", "dont", "theyre"). English news copy of any
length writes apostrophes, so a page with none at all is the evidence; on such a page a word is
reported when putting an apostrophe before its clitic ("s", "t", "re", "ve", "ll", "m", "d")
makes a form English writes far more often (wordfreq: "China's" 3.9 against "Chinas" 2.2,
"don't" 6.2 against "dont" 4.7). Plurals English writes as such stay silent ("governments",
"Koreas", "the Trumps"): their apostrophe forms are not that much commoner.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from newslint.checks import Check, finding, render
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

OPTIONS: dict[str, object] = {}

_APOSTROPHES = ("'", "’", "ʼ", "‘", "`", "´")
MIN_PAGE_CHARACTERS = 500  # a page this long writes an apostrophe somewhere
MIN_GAIN_ZIPF = 1.2  # the apostrophe form is this much commoner (16 times as frequent)
MIN_FORM_ZIPF = 3.0  # and common English itself
# What follows an apostrophe in English, longest first; "t" only after "n" ("don't").
_CLITICS = ("nt", "re", "ve", "ll", "s", "m", "d")
_PLAIN_WORD = compile_pattern(r"[A-Za-z][a-z]+")


class StrippedApostropheCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.zipf = vocabulary.zipf

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if not stripped_page(text):
            return
        restored = {}
        for word in doc.word_counts:
            if _PLAIN_WORD.fullmatch(word):
                form = apostrophe_form(word, self.zipf)
                if form is not None:
                    restored[word] = form
        for run in doc.words:
            form = restored.get(run.text)
            if form is not None:
                message = render(self.rule.message, match=run.text, fix=form)
                yield finding(self.rule, run.start, run.end, message, suggestions=[form])


def stripped_page(text: str) -> bool:
    """Whether the page is long enough to write an apostrophe and writes none."""
    return len(text) >= MIN_PAGE_CHARACTERS and not any(mark in text for mark in _APOSTROPHES)


def apostrophe_form(word: str, zipf: Callable[[str], float]) -> str | None:
    """The word with its apostrophe put back, when that form is far commoner."""
    for clitic in _CLITICS:
        if not word.endswith(clitic) or len(word) <= len(clitic):
            continue
        cut = len(word) - (1 if clitic == "nt" else len(clitic))
        if word[:cut] == "i":
            return None  # "ive", "im": the pronoun is a capital ("I've"); a cut "five"
        form = word[:cut] + "’" + word[cut:]
        gain = zipf(form) - zipf(word)
        if zipf(form) >= MIN_FORM_ZIPF and gain >= MIN_GAIN_ZIPF:
            return form
        return None
    return None


def compile(rule: Rule, vocabulary: Vocabulary) -> StrippedApostropheCheck:
    return StrippedApostropheCheck(rule, vocabulary)
