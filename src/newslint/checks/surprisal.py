"""`surprisal`: words the context model finds far less likely where they stand than on their own.

Keys: `threshold` (nats, default 6.0): a word is reported when its surprisal in context, minus its
surprisal as a word of English in general (wordfreq), reaches the threshold — a word that is rare
anywhere is not suspicious for being rare here. `min_zipf` (default 3.0): words rarer than this
(names, jargon) are left alone. `capital_nats` (default 0): added to a capitalised word's
surprisal as a word of English, since wordfreq folds case and a capitalised occurrence (a name, a
title's word) is rarer than the folded frequency says. `cluster_size` (default 0, off), `cluster_threshold` (nats,
default 2.0) and `cluster_gap` (characters, default 100): a run of at least `cluster_size` words
each at least `cluster_threshold` surprising, none further than `cluster_gap` from the last, is
reported as one finding over the run — a garbled clause leaves several mildly surprising words,
where clean copy's surprises (a name, a turn of phrase) come one at a time. Findings are hints ("words missing or garbled nearby?"), so the
rule is meant for `info` severity and has no fix. Needs `--context`.

A pass over every token costs several times what judging the other rules' words does, so it runs
only when the settings ask for it (`context: {garbled: on}`). Otherwise a rule with a `budget`
(tokens per document, default 0: none) reads only the document's longest sentences, each alone
after `lead` tokens of context, while they fit in the budget, with its own `sampled_threshold` and
`sampled_cluster_threshold` (a sentence read nearly alone surprises the model more than one read
in its paragraph). Longest first because a garbled clause or a dropped word needs words around it
to show: on the real pages' dev half that order caught as many labels per token as any other
cheap one tried (rare words, other rules' findings, a word-frequency profile).

`scanned_threshold` and `scanned_capital_nats` (default: unset, the same as elsewhere): the single
word's threshold and `capital_nats` on a page the OCR gate reads as scanned. Misread words are
what the rule finds best, and a scan's damage is as likely in a capitalised word as in any other,
so a rule calibrated against clean web copy's names can be looser there.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newslint.checks import Check, Option, finding, render
from newslint.checks.context_rule import context_engine
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import NO_VOCABULARY, Vocabulary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.signals import DEFAULT_GATE, ocr_signal

if TYPE_CHECKING:
    from newslint.context.layout import TokenScores

# Rules of this kind run only when the context model is asked for (`--context`).
NEEDS_CONTEXT = True
# ... and only when the settings ask for them (`context: {garbled: on}`): they need the model's
# pass over every token of the document, several times the cost of judging the candidates.
OPT_IN = "garbled"

OPTIONS = {
    "threshold": Option((int, float), default=6.0, doc="nats of surprise beyond the word's rarity"),
    "min_zipf": Option((int, float), default=3.0, doc="skip words rarer than this (Zipf scale)"),
    "capital_nats": Option(
        (int, float), default=0.0, doc="nats a capitalised word is rarer than its folded frequency"
    ),
    "min_context": Option((int,), default=8, doc="tokens of context a word needs to be judged"),
    "cluster_size": Option((int,), default=0, doc="words in a run of surprises (0: off)"),
    "cluster_threshold": Option((int, float), default=2.0, doc="nats for a run's member"),
    "cluster_gap": Option((int,), default=100, doc="most characters between a run's members"),
    "budget": Option((int,), default=0, doc="tokens per document read without garbled: on"),
    "lead": Option((int,), default=8, doc="tokens of context before each sentence so read"),
    "sampled_threshold": Option((int, float), doc="`threshold` for the sentences so read"),
    "sampled_cluster_threshold": Option(
        (int, float), doc="`cluster_threshold` for the sentences so read"
    ),
    "scanned_threshold": Option((int, float), doc="`threshold` on a page read as scanned"),
    "scanned_capital_nats": Option((int, float), doc="`capital_nats` on a page read as scanned"),
    "model": Option((str,), doc="a Llama GGUF file; default: the packaged SmolLM2"),
}

_WORD = compile_pattern(r"\b[\p{L}][\p{L}'’]*\b")
_NATS_PER_ZIPF = math.log(10)


@dataclass(frozen=True)
class Bar:
    """What a word's excess surprisal must reach on one page: alone (`threshold`) or as a run's
    member (`cluster_threshold`), with `capital_nats` owed by a capitalised word."""

    threshold: float
    capital_nats: float
    cluster_threshold: float

    def lowest(self, clustering: bool) -> float:
        return min(self.threshold, self.cluster_threshold if clustering else math.inf)


class SurprisalCheck(Check):
    # A hint over a stretch of words, never in another finding's place: it gives way to none,
    # and, deferring, never makes another rule's finding give way to it. As a primary finding a
    # run over a scanned paragraph took the place of the OCR rules' word findings inside it (on
    # the real pages' dev half --context lost 80 findings so: 27 ocr.non-word, 22 furniture
    # blocks, 10 ocr.garbled-word).
    defers = True

    def gives_way(self, finding: Finding, inside: Sequence[Finding] | None, doc: Document) -> bool:
        return False

    def __init__(self, rule: Rule, vocabulary: Vocabulary = NO_VOCABULARY):
        super().__init__(rule, vocabulary)
        self.budget = int(rule.option("budget"))
        self.lead = int(rule.option("lead"))
        sampled = self.budget > 0
        threshold = rule.option("sampled_threshold") if sampled else None
        cluster_threshold = rule.option("sampled_cluster_threshold") if sampled else None
        self.min_zipf = float(rule.option("min_zipf"))
        self.min_context = int(rule.option("min_context"))
        self.cluster_size = int(rule.option("cluster_size"))
        self.cluster_gap = int(rule.option("cluster_gap"))
        self.bar = Bar(
            threshold=float(rule.option("threshold") if threshold is None else threshold),
            capital_nats=float(rule.option("capital_nats")),
            cluster_threshold=float(
                rule.option("cluster_threshold") if cluster_threshold is None else cluster_threshold
            ),
        )
        self.scanned_bar = self._scanned_bar(rule)

    def _scanned_bar(self, rule: Rule) -> Bar | None:
        threshold = rule.option("scanned_threshold")
        capital_nats = rule.option("scanned_capital_nats")
        if threshold is None and capital_nats is None:
            return None
        return Bar(
            threshold=self.bar.threshold if threshold is None else float(threshold),
            capital_nats=self.bar.capital_nats if capital_nats is None else float(capital_nats),
            cluster_threshold=self.bar.cluster_threshold,
        )

    def _bar_for(self, doc: Document) -> Bar:
        if self.scanned_bar is None:
            return self.bar
        if ocr_signal(doc.text, self.vocabulary.zipf).looks_scanned(*DEFAULT_GATE):
            return self.scanned_bar
        return self.bar

    def run(self, doc: Document) -> Iterator[Finding]:
        bar = self._bar_for(doc)
        surprises = list(self._surprises(doc, bar))
        in_runs = set()
        for run in self._runs(surprises, bar):
            in_runs.update(run)
            start, end, word, excess = max(run, key=lambda s: s[3])
            yield self._finding(run[0][0], run[-1][1], word, excess)
        for surprise in surprises:
            start, end, word, excess = surprise
            if excess >= bar.threshold and surprise not in in_runs:
                yield self._finding(start, end, word, excess)

    def _surprises(self, doc: Document, bar: Bar) -> Iterator[tuple[int, int, str, float]]:
        """Each word with its excess surprisal, where it is at least the lower of the two
        thresholds (the single word's and a run member's)."""
        from wordfreq import zipf_frequency

        lowest = bar.lowest(bool(self.cluster_size))
        scores = self._scores(doc)
        for match in _WORD.finditer(doc.text):
            start, end = match.span()
            if doc.is_masked(start, end):
                continue
            zipf = zipf_frequency(match.group(), "en")
            if zipf < self.min_zipf:
                continue
            if scores.span_context(start, end) < self.min_context:
                continue
            surprise = -scores.span_logprob(start, end)
            if math.isnan(surprise):
                continue
            # Zipf is log10 of frequency per billion words: its surprisal is (9 - zipf) * ln 10.
            # wordfreq folds case, so a capitalised word (a name, a title's word, a sentence's
            # first) is rarer than its folded frequency says: `capital_nats` adds that.
            expected = (9.0 - zipf) * _NATS_PER_ZIPF
            if match.group()[0].isupper():
                expected += bar.capital_nats
            excess = surprise - expected
            if excess >= lowest:
                yield start, end, match.group(), excess

    def _scores(self, doc: Document) -> TokenScores:
        engine = context_engine(self.rule)
        if not self.budget:
            return engine.token_scores(doc.text)
        sentences = [(s.start, s.end) for s in doc.sentences if not doc.is_masked(s.start, s.end)]
        longest = sorted(sentences, key=lambda s: -len(_WORD.findall(doc.text, *s)))
        return engine.sampled_scores(doc.text, longest, self.budget, self.lead)

    def _runs(
        self, surprises: list[tuple[int, int, str, float]], bar: Bar
    ) -> Iterator[list[tuple[int, int, str, float]]]:
        if not self.cluster_size:
            return
        run: list[tuple[int, int, str, float]] = []
        for surprise in (s for s in surprises if s[3] >= bar.cluster_threshold):
            if run and surprise[0] - run[-1][1] > self.cluster_gap:
                if len(run) >= self.cluster_size:
                    yield run
                run = []
            run.append(surprise)
        if len(run) >= self.cluster_size:
            yield run

    def _finding(self, start: int, end: int, word: str, excess: float) -> Finding:
        message = render(self.rule.message, match=word, excess=f"{excess:.1f}")
        return finding(self.rule, start, end, message)


def compile(rule: Rule, vocabulary: Vocabulary = NO_VOCABULARY) -> SurprisalCheck:
    return SurprisalCheck(rule, vocabulary)
