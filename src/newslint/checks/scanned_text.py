"""The document-level gate of the checks whose strict word tests run only in text that looks
scanned (`ocr-noise`, `ocr-residue`, and `foreign-word`'s letters), and how their word findings
give way to one another."""

from __future__ import annotations

from collections.abc import Sequence

from newslint.checks import Check, Option
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.ocr_gate import SCAN_MODEL, ScanModel
from newslint.rules import Rule
from newslint.signals import misread_scanned, ocr_signal

# The document-level gate shared by the checks that judge words strictly only in scanned text.
SCANNED_GATE_OPTIONS = {
    "min_ocr_share": Option((float, int), default=0.015, doc="share of damaged tokens (gate)"),
    "min_ocr_marks": Option((int,), default=3, doc="fewest damaged tokens (gate)"),
    "scan_model": Option(
        (bool,), default=True, doc="also open the gate where the scan model weighs the damage"
    ),
}


class ScannedTextCheck(Check):
    """A check whose strict word tests run only where the document's OCR signal says scanned:
    the same words in born-digital copy are names, codes or style."""

    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.zipf = vocabulary.zipf
        self.detect = rule.option("detect")
        self.min_share = float(rule.option("min_ocr_share"))
        self.min_marks = int(rule.option("min_ocr_marks"))
        self.model = scan_model(rule)

    def looks_scanned(self, text: str) -> bool:
        signal = ocr_signal(text, self.zipf)
        if signal.looks_scanned(self.min_share, self.min_marks, self.model):
            return True
        return self.detect in _SURE_READINGS_OPEN and misread_scanned(text, self.zipf)


# The checks a page opens for when the token model is sure of two misreadings on it
# (`signals.misread_scanned`, asked by these alone): the word checks that weigh a listed word
# against a commoner one, and a token's shape print never sets (a bracket or a caret inside a
# word): on the shape sets the only other check to find a label on such a page; the rest stay
# shut (opening them all added findings off the labels on pages held out).
_SURE_READINGS_OPEN = frozenset({"learned-word", "unlikely-word", "odd-shape"})


def scan_model(rule: Rule) -> ScanModel | None:
    """The scan model a rule's gate also asks (`newslint.ocr_gate`), unless its options say not."""
    return SCAN_MODEL if rule.option("scan_model") else None


def gives_way_in_pack(inside: Sequence[Finding] | None) -> bool:
    """Whether an OCR word finding gives way to the findings overlapping it: to another OCR
    rule's; None (one starts before the word and reaches into it) is a cut word's span
    ("confer- ence" over "ence") or a longer one, and either way the token has its finding."""
    return inside is None or any(f.rule.startswith(_OWN_PACK) for f in inside)


_OWN_PACK = "ocr."
