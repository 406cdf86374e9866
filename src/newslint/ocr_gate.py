"""The scan model: how likely a text is OCR output, weighed from the damage its signal counts.

The hand-set gate (`OcrSignal.looks_scanned`: a share and a count of damaged tokens, of more than
one kind) needs a page's worth of damage: a sentence or a short excerpt of a scan, with one
misread word, a speck and a full stop after "the", never reaches three damaged tokens, so every
strict word check stays silent on it. This model weighs each kind of damage by how much more
often scans show it than web copy does, against the length of the text (a long text shows the
odd slip anyway), and takes a text as scanned when the evidence outweighs its length. A text that
dates itself only before 1960 (an archive page's issue date) needs a little less evidence.

The weights are fitted by `benchmarks/train_ocr_gate.py` (logistic regression over windows of the
shared OCR files and the real pages' dev half against clean copy and web sentences; BLN600 held
out); the threshold is the lowest no held-out clean text reached in its cross-validation. The
feature order is the contract between the two: `EVIDENCE_KINDS`, then `EXTRA_FEATURES`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from newslint import cased_lexicon
from newslint.lexicon import is_function_word
from newslint.misreadings import misread_of, near_word
from newslint.regex_store import compile_pattern
from newslint.values import FrozenValue

# Distinct damaged tokens by kind, stray marks, traces between words, broken words: what the OCR
# signal (`newslint.signals.ocr_signal`) counts, one number each, in this order.
EVIDENCE_KINDS = (
    "non-word", "misread-word", "capital", "digit-in-word", "symbol-in-word", "lone-mark",
    "stray-stop", "lone-letter", "break",
)  # fmt: skip
EXTRA_FEATURES = ("kinds", "log_words", "dated_before_1960")
# More than this many of one kind adds nothing: a page of one habit (a writer's " , ") must not
# outweigh several kinds.
CAP = 3
MIN_WORDS = 10  # a shorter text counts as this long: one token alone proves little
LAST_SCANNED_YEAR = 1960
_YEAR = compile_pattern(r"(?<![\d.,$£€-])(?:1[5-9]|20)\d\d(?![\d%])")


def dated_before(text: str, year: int = LAST_SCANNED_YEAR) -> bool:
    """The text names years, and none of them is `year` or later ("MARCH 14, 1932")."""
    years = [int(y) for y in _YEAR.findall(text)]
    return bool(years) and max(years) < year


# "iPhone", "eBay", "iRobot": the "i" of the internet or the "e" of electronic before a capitalised
# word, as brands are spelt. A page whose damaged-looking tokens are no more than such brands is
# typed copy: its odd tokens are more names ("bunq", "a16z", "tado°"); a scan's damage outnumbers
# any brand it prints. Only the scan model, which weighs kinds of damage, may open the gate there.
_BRAND_SHAPE = compile_pattern(r"(?<![\p{L}\p{N}])[ie](\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}])")
MIN_BRANDS = 2


def brand_names(text: str, zipf: Callable[[str], float]) -> int:
    """How many distinct tokens of `text` are spelt the way brands are ("iPhone", "eBay")."""
    found = {m.group(): m.group(1) for m in _BRAND_SHAPE.finditer(text)}
    return sum(1 for word, tail in found.items() if brand_spelling(word[0], tail, zipf))


def brand_spelling(letter: str, word: str, zipf: Callable[[str], float]) -> bool:
    """Whether "i" or "e" before a capitalised `word` spells a brand ("iPhone"): the whole is a
    word the list knows and the dictionary does not, and not a scanner's: a speck before a word
    makes no listed word, or a misreading of a common one, or stands before a function word
    ("iThe"); a capital misplaced inside a word leaves a dictionary word ("iNto")."""
    whole = letter + word.lower()
    return (
        letter in "ie"
        and zipf(whole) > 0
        and not is_function_word(word.lower())
        and not cased_lexicon.english().has(whole)
        and misread_of(whole, zipf) is None
        and near_word(whole, zipf) is None
    )


_NO_SUPPORT_FOR_A_MISREAD_WORD = frozenset(
    EVIDENCE_KINDS.index(kind) for kind in ("misread-word", "lone-mark")
)


def features(counts: Sequence[int], words: int, dated: bool) -> list[float]:
    """Each kind's count (at most `CAP`), how many kinds, the log of the length, the dating.

    A misreading that is itself a word ("tie", "arc" for "the", "are") is evidence only beside
    damage no word explains: a short sentence about a tie vote and an arc of light is English.
    Nor does a mark standing alone explain it: a typist spaces a comma ("left en masse on Friday
    , after"), French spaces its question mark ("pourquoi pas ? dit-elle en riant"), and English
    writes "en route" and "en masse"."""
    misread = EVIDENCE_KINDS.index("misread-word")
    if not any(n for kind, n in enumerate(counts) if kind not in _NO_SUPPORT_FOR_A_MISREAD_WORD):
        counts = [0 if kind == misread else n for kind, n in enumerate(counts)]
    kinds = sum(1 for n in counts if n)
    return [float(min(n, CAP)) for n in counts] + [
        float(min(kinds, CAP)),
        math.log(max(words, MIN_WORDS)),
        float(dated),
    ]


class ScanModel(FrozenValue):
    """A logistic model's weights (one per feature of `features`), its bias and the score from
    which a text is taken as scanned."""

    FIELDS = ("weights", "bias", "threshold", "max_words")
    weights: tuple[float, ...]
    bias: float
    threshold: float
    # The longest scanned text it was fitted on: beyond it the length term is extrapolated (a
    # long page with one slip of each of four kinds is not thereby a scan).
    max_words: int

    def __init__(
        self, weights: tuple[float, ...], bias: float, threshold: float, max_words: int = 0
    ):
        setter = object.__setattr__  # keeps the instance's values inline, no dict object
        setter(self, "weights", weights)
        setter(self, "bias", bias)
        setter(self, "threshold", threshold)
        setter(self, "max_words", max_words)

    def score(self, counts: Sequence[int], words: int, dated: bool) -> float:
        values = features(counts, words, dated)
        return self.bias + sum(w * x for w, x in zip(self.weights, values, strict=True))

    def scanned(self, counts: Sequence[int], words: int, dated: bool) -> bool:
        if not self.weights or words > self.max_words:
            return False
        return self.score(counts, words, dated) >= self.threshold


# Fitted by `benchmarks/train_ocr_gate.py --l2 5` (its held-out table is in the commit message).
SCAN_MODEL = ScanModel(
    weights=(0.797, 2.036, 0.999, -0.352, 1.947, 0.961, 2.386, 0.729, 2.030, 1.271, -1.129, 1.029),
    bias=2.084,
    threshold=3.5,
    max_words=262,
)
