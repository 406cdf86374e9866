"""A document-level verdict: how likely a text is machine-translated, OCR'd, scraped or LLM-processed.

Findings say what is wrong where; the verdict says what the document as a whole went through,
and why. Each kind adds up evidence, every item a weight times how often it occurs:

- `mt`: machine-translation findings (`mt.*`: glued words, mistranslated honorifics, scrambled
  attributions), text left in another language (`encoding.untranslated-run`,
  `encoding.foreign-script`), one name spelled two ways (`consistency.name-spelling`);
- `ocr`: the document-level OCR signal (the share of tokens that look like scanning damage,
  `newslint.signals.ocr_signal`) and the OCR findings (`ocr.*`);
- `scrape`: page furniture and markup left by a scraper (`scrape.*`, HTML entities, escapes);
- `llm`: assistant residue (`llm.*`): one refusal or request for the text is close to proof.

Evidence is weighed per 300 words (a short page with two glued words says more than a long one),
and a likelihood is `1 - exp(-evidence)`: 0 with no evidence, 0.63 at one unit, 0.95 at three.
The weights are set so that one unit is what a single unmistakable artifact of the kind is worth.
A text is given the kind with the highest likelihood when it reaches `VERDICT_AT`, else "none".
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from newslint.finding import Finding
from newslint.ocr_damage import Zipf
from newslint.signals import ocr_signal
from newslint.tokens import WORD

KINDS = ("mt", "ocr", "scrape", "llm")
VERDICT_AT = 0.5
# Evidence is counted per this many words, so that length does not decide.
REFERENCE_WORDS = 300
# Rule id prefixes and what one finding of them is worth, per kind (the longest prefix wins).
WEIGHTS: dict[str, dict[str, float]] = {
    "mt": {
        "mt": 0.5,
        "mt.glued-at-capital": 0.0,  # menu labels run together: a scraper's work
        "encoding.untranslated-run": 1.5,
        "encoding.foreign-script": 0.4,
        "consistency.name-spelling": 0.6,
        "structure.capital-after-comma": 0.4,
    },
    "ocr": {
        "ocr": 0.25,
        "ocr.ligature": 0.1,
        "ocr.stray-mark": 0.05,  # "|" between menu items is as often a scraper's
        "ocr.page-number": 0.5,
        "ocr.running-head": 0.5,
        "ocr.hyphen-break": 0.5,
        "encoding.mixed-script": 0.2,
    },
    "scrape": {
        "scrape": 0.6,
        "encoding.html-entity": 0.6,
        "encoding.escape-sequence": 0.6,
        "encoding.foreign-script": 0.3,
        "structure.repeated-line": 0.3,
        "mt.glued-at-capital": 0.3,
        "ocr.stray-mark": 0.1,
    },
    "llm": {"llm": 1.5, "llm.markdown-in-plain-text": 0.5, "llm.citation-marker": 1.0},
}
# The OCR signal at the scanned-text gate (share 0.015) is worth one unit.
OCR_SHARE_UNIT = 0.015
MIN_OCR_MARKS = 3  # one or two odd tokens are a typo or a name, not a scan


@dataclass(frozen=True)
class Judgement:
    kind: str
    likelihood: float
    evidence: dict[str, int] = field(default_factory=dict)  # rule id or signal -> count

    def as_json(self) -> dict[str, object]:
        return {"likelihood": self.likelihood, "evidence": self.evidence}


@dataclass(frozen=True)
class Verdict:
    words: int
    judgements: dict[str, Judgement]

    @property
    def kind(self) -> str:
        """The likeliest kind, or "none" when no kind reaches `VERDICT_AT`."""
        best = max(self.judgements.values(), key=lambda j: j.likelihood)
        return best.kind if best.likelihood >= VERDICT_AT else "none"

    def as_json(self) -> dict[str, object]:
        return {
            "verdict": self.kind,
            "words": self.words,
            "likelihood": {k: j.likelihood for k, j in self.judgements.items()},
            "evidence": {k: j.evidence for k, j in self.judgements.items() if j.evidence},
        }


def judge(
    text: str, findings: Iterable[Finding], zipf: Zipf | None = None, words: int | None = None
) -> Verdict:
    """The verdict on `text` from the findings a linter reported in it (`words`: its count of
    `WORD`s, when the caller has it)."""
    words = len(WORD.findall(text)) if words is None else words
    by_rule = Counter(f.rule for f in findings)
    scale = REFERENCE_WORDS / max(words, REFERENCE_WORDS)
    signal = ocr_signal(text, zipf) if zipf else ocr_signal(text)
    judgements = {}
    for kind in KINDS:
        evidence = {rule: n for rule, n in sorted(by_rule.items()) if _weight(kind, rule)}
        units = sum(_weight(kind, rule) * n for rule, n in evidence.items()) * scale
        if kind == "ocr" and signal.marks >= MIN_OCR_MARKS and signal.varied:
            evidence["signal:ocr-damaged-tokens"] = signal.marks
            units += signal.share / OCR_SHARE_UNIT
        judgements[kind] = Judgement(kind, round(1 - math.exp(-units), 3), evidence)
    return Verdict(words, judgements)


def _weight(kind: str, rule: str) -> float:
    weights = WEIGHTS[kind]
    parts = rule.split(".")
    for end in range(len(parts), 0, -1):
        prefix = ".".join(parts[:end])
        if prefix in weights:
            return weights[prefix]
    return 0.0
