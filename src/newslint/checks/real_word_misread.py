"""`real-word-misread`: a real word a scanner made of another ("heat" for "hear", "ins" for
"his"), judged by the context model in text that looks scanned.

No word list can tell such a word: it is spelt right. The check asks the context model, as the
`confusion` kind does, but its suspects come from the page itself: in a document the OCR gate
judges scanned (`min_ocr_share`, `min_ocr_marks`, `scan_model`, as `ocr-noise`), each lower-case
word wordfreq lists (Zipf `min_zipf` or more, `min_letters` letters or more) is weighed against
the words one glyph confusion or one letter away (`newslint.ocr_real_words`; `both_ways` also
makes the confusions the other way round, "m" read where "rn" was printed). Only a word whose
commonest candidate is `min_gain` Zipf points commoner than itself is asked about, which keeps
the model to a few words per page. The model reads the sentence as written and with each
candidate (the paragraph before it, `right_words` after it) and the word is reported when a
candidate beats it by `margin` nats. Capitalised words are left alone: they are mostly names.
Under a `budget` (model tokens per text; `context_rule`) the words with the largest gain are
judged first.

The best candidate is often not the word the page printed ("heat" may be "hear", the model says
"eat"), so the candidates are offered as suggestions and nothing is fixed. Needs `--context`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from newslint.checks import Option, finding, render
from newslint.checks.context_rule import BUDGET, JudgedInContext, words_after
from newslint.checks.scanned_text import SCANNED_GATE_OPTIONS, gives_way_in_pack, scan_model
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import NO_VOCABULARY, Vocabulary
from newslint.ocr_real_words import real_word_candidates
from newslint.rules import Rule
from newslint.signals import ocr_signal

# Rules of this kind run only when the context model is asked for (`--context`).
NEEDS_CONTEXT = True

OPTIONS = {
    **SCANNED_GATE_OPTIONS,
    "margin": Option((int, float), default=6.0, doc="nats a candidate must win by"),
    "min_gain": Option(
        (int, float), default=1.0, doc="Zipf points the commonest candidate must beat the word by"
    ),
    "min_zipf": Option((int, float), default=2.0, doc="how common a written word must be"),
    "min_letters": Option((int,), default=2),
    "max_candidates": Option((int,), default=10),
    "both_ways": Option((bool,), default=False, doc="also make glyph confusions, not only undo"),
    "gate": Option((int, float), default=0.0, doc="log-probability above which a word is trusted"),
    "right_words": Option((int,), default=5),
    "budget": BUDGET,
    "model": Option((str,), doc="a Llama GGUF file; default: the packaged SmolLM2"),
}

# A run joined to a letter by an apostrophe or a hyphen is part of a longer word ("isn" of
# "isn't", "com" of "com-merce"): not a word to weigh alone.
_JOINERS = frozenset("'’-\u00ad")


class RealWordMisreadCheck(JudgedInContext):
    defers = True
    defers_in_pack = True  # one scanned token, one OCR finding: the default rules' come first
    judged_first = "the likeliest misreadings first"

    def __init__(self, rule: Rule, vocabulary: Vocabulary = NO_VOCABULARY):
        super().__init__(rule, vocabulary)
        self.zipf = vocabulary.zipf
        self.min_share = float(rule.option("min_ocr_share"))
        self.min_marks = int(rule.option("min_ocr_marks"))
        self.model = scan_model(rule)
        self.margin = float(rule.option("margin"))
        self.min_gain = float(rule.option("min_gain"))
        self.min_zipf = float(rule.option("min_zipf"))
        self.min_letters = int(rule.option("min_letters"))
        self.most = int(rule.option("max_candidates"))
        self.both_ways = bool(rule.option("both_ways"))
        self.gate = float(rule.option("gate"))
        self.budget = int(rule.option("budget"))
        # Each suspect's gain (how much commoner its commonest candidate is), for the text last
        # asked about: under a budget the likeliest misreadings are judged first.
        self._gains: dict[Any, float] = {}

    def gives_way(self, finding: Finding, inside: Sequence[Finding] | None, doc: Document) -> bool:
        return gives_way_in_pack(inside)

    def _suspects(self, doc: Document) -> Iterator[Any]:
        from newslint.context.layout import Suspect

        text = doc.text
        self._gains = {}
        if not self._looks_scanned(text):
            return
        for start, end, word in doc.words:
            if not self._weighed(text, start, end, word) or doc.is_masked(start, end):
                continue
            candidates, gain = real_word_candidates(word, self.zipf, self.both_ways, self.most)
            if candidates and gain >= self.min_gain:
                right = words_after(text, end, self.rule.option("right_words"))
                suspect = Suspect(start, end, candidates, right)
                self._gains[suspect] = gain
                yield suspect

    def _suspicion(self, suspect: Any) -> float:
        return self._gains.get(suspect, 0.0)

    def _looks_scanned(self, text: str) -> bool:
        signal = ocr_signal(text, self.zipf)
        return signal.looks_scanned(self.min_share, self.min_marks, self.model)

    def _weighed(self, text: str, start: int, end: int, word: str) -> bool:
        """A lower-case word on its own (not a piece of a contraction or a hyphenated or cut
        word) that wordfreq lists commonly enough."""
        if len(word) < self.min_letters or not (word.isalpha() and word.islower()):
            return False
        if text[start - 1 : start] in _JOINERS or text[end : end + 1] in _JOINERS:
            return False
        return self.zipf(word) >= self.min_zipf

    def _report(self, text: str, verdict: Any) -> Iterator[Finding]:
        suspect = verdict.suspect
        order = sorted(range(len(suspect.alternatives)), key=lambda i: -verdict.alternatives[i])
        if verdict.alternatives[order[0]] - verdict.written < self.margin:
            return
        best = suspect.alternatives[order[0]]
        written = text[suspect.start : suspect.end]
        message = render(self.rule.message, match=written, alternative=best)
        # Suggestions only, the model's likeliest first: its best is often not what was printed.
        likely = [
            suspect.alternatives[i] for i in order if verdict.alternatives[i] > verdict.written
        ]
        yield finding(self.rule, suspect.start, suspect.end, message, suggestions=likely)


def compile(rule: Rule, vocabulary: Vocabulary = NO_VOCABULARY) -> RealWordMisreadCheck:
    return RealWordMisreadCheck(rule, vocabulary)
