"""A small logistic model over the shape of a page's blocks: how likely each block is furniture.

The hand-written evidence in `furniture_signals` names what it knows (clock times, separators,
credits); the sites nobody listed print furniture in shapes no one wrote down. This model scores a
block from features that say nothing about its words, only its shape and its place, in the spirit
of jusText: length, stop-word density, capitalisation, figures and symbols, whether it ends a
sentence, jusText's class, and the same facts about its neighbours (furniture comes in runs, and
an article's paragraphs sit among paragraphs).

The weights are a rule option (`weights`), fitted by `benchmarks/train_furniture.py` on labelled
pages; the feature names below are the contract between the two.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

import regex

from newslint.furniture_notes import PROSE_WORDS
from newslint.furniture_signals import line_evidence
from newslint.furniture_voice import addresses_reader, story_addresses_reader
from newslint.lexicon import zipf
from newslint.page_layout import is_article, is_sentence
from newslint.regex_store import compile_pattern
from newslint.textblocks import Block

_WORD = compile_pattern(r"\p{L}[\p{L}'’-]*")
_DIGIT = compile_pattern(r"\d")
# Words as the frequency table keys them: letters, with an apostrophe inside (a hyphenated
# word's parts are looked up one by one; anything else would load wordfreq itself).
_LETTERS = compile_pattern(r"\p{L}+(?:['’]\p{L}+)*")
_SYMBOL = compile_pattern(r"[^\p{L}\p{N}\s.,;:'’\"“”()-]")
_ELLIPSIS_END = compile_pattern(r"(?:\.{2,}|…)\W*$")
_LIST_MARK = compile_pattern(r"^(?:[•·▪●◦*–-]|\d{1,2}[.)])\s")
_INNER_SENTENCE = compile_pattern(r"[.!?][\"”’)]?\s+[\"“‘(]?\p{Lu}")
# What an interface prints between or before its links ("/" is prose's too: "9/11", "and/or").
_UI_MARK = compile_pattern(r"[|»«›‹→←↑↓▶►◄▼▲©®@#>]")
# Any date or time of day, the way stamps and prose both write them (the model weighs them;
# `furniture_stamps` has the stricter shapes a stamp alone prints).
_DATE = compile_pattern(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\b\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}\b"
)
_TIME = compile_pattern(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b")

FEATURES = (
    "bias",
    "log_chars",
    "few_words",
    "stop_density",
    "ends_sentence",
    "capitalised",
    "digits",
    "symbols",
    "multi_line",
    "class_bad",
    "class_good",
    "lower_start",
    "ellipsis_end",
    "list_mark",
    "blank_before",
    "first",
    "last",
    "above_article",
    "below_article",
    "prev_evidence",
    "next_evidence",
    "prev_short",
    "next_short",
    "prev_good",
    "next_good",
    "prev_ends_sentence",
    "next_ends_sentence",
    "sentences",
    "addresses_reader",
    "ui_marks",
    "date_like",
    "clock",
    "rare_words",
    "mean_zipf",
    "position",
    "prev_log_chars",
    "next_log_chars",
    "prev_stop_density",
    "next_stop_density",
)
SHORT_WORDS = 6
RARE_ZIPF = 3.0
READ_CHARS = 200
# Furniture is short: on the labelled dev pages 9 furniture blocks in 478 run past 25 words
# (teasers), against 400 of the article's 975; a longer block is never judged by its shape.
MAX_WORDS = 25


def _capitalised(words: list[str]) -> float:
    if not words:
        return 0.0
    return sum(w[0].isupper() for w in words) / len(words)


def _ratio(pattern: regex.Pattern[str], text: str) -> float:
    return len(pattern.findall(text)) / max(1, len(text))


# The features read from every character of a block's text (regex passes); each lies in [0, 1].
READ_FEATURES = (
    "capitalised",
    "digits",
    "symbols",
    "ui_marks",
    "date_like",
    "clock",
    "sentences",
    "rare_words",
    "mean_zipf",
)
Read = tuple[float, ...]
UNREAD: Read = (0.0,) * len(READ_FEATURES)


def read_features(block: Block) -> Read:
    """The values of `READ_FEATURES` for a block, read from its first `READ_CHARS` characters
    (furniture is short; a long block's opening says what it is, and the cost stays bounded)."""
    head = block.text[:READ_CHARS]
    words = _LETTERS.findall(head)
    digits = _ratio(_DIGIT, head)
    return (
        _capitalised(words),
        digits,
        _ratio(_SYMBOL, head),
        float(bool(_UI_MARK.search(head))),
        float(bool(digits and _DATE.search(head))),  # a date and a time have figures
        float(bool(digits and _TIME.search(head))),
        min(1.0, len(_INNER_SENTENCE.findall(head)) / 3),
        *_frequencies(words),
    )


def _frequencies(words: list[str]) -> tuple[float, float]:
    """The share of words English rarely writes (names, foreign words) and the words' mean
    frequency, on wordfreq's Zipf scale over 8."""
    if not words:
        return 0.0, 0.0
    values = [zipf(w) for w in words]
    return sum(v < RARE_ZIPF for v in values) / len(values), min(1.0, sum(values) / len(values) / 8)


def own_features(block: Block, read: Read | None = None) -> dict[str, float]:
    """The features a block has by itself (a new dict: the caller adds its neighbours'), with
    `read` as its read features when the caller has them."""
    text = block.text
    values = dict(zip(READ_FEATURES, read_features(block) if read is None else read, strict=True))
    return values | {
        "bias": 1.0,
        "log_chars": math.log1p(len(text)),
        "few_words": float(block.words <= 3),
        "stop_density": block.stop_density,
        "ends_sentence": float(block.ends_sentence),
        "multi_line": float(block.lines > 1),
        "class_bad": float(block.cls == "bad"),
        "class_good": float(block.cls == "good"),
        "lower_start": float(text[:1].islower()),
        "ellipsis_end": float(bool(_ELLIPSIS_END.search(text))),
        "list_mark": float(bool(_LIST_MARK.match(text))),
        "blank_before": float(block.blank_before),
    }


def _neighbour(prefix: str, block: Block | None, evidence: bool) -> dict[str, float]:
    if block is None:  # the page's edge: nothing article-like beyond it
        return {
            f"{prefix}_evidence": 0.0,
            f"{prefix}_short": 1.0,
            f"{prefix}_good": 0.0,
            f"{prefix}_ends_sentence": 0.0,
            f"{prefix}_log_chars": 0.0,
            f"{prefix}_stop_density": 0.0,
        }
    return {
        f"{prefix}_evidence": float(evidence),
        f"{prefix}_short": float(block.words <= SHORT_WORDS),
        f"{prefix}_good": float(block.cls == "good"),
        f"{prefix}_ends_sentence": float(block.ends_sentence),
        f"{prefix}_log_chars": math.log1p(len(block.text)),
        f"{prefix}_stop_density": block.stop_density,
    }


def block_features(
    items: Sequence[Block],
    evidence: Sequence[bool] | None = None,
    own: Callable[[Block], dict[str, float]] | None = None,
) -> list[dict[str, float]]:
    """One feature vector per block, in the order of `FEATURES`; `evidence` (whether each block
    has `line_evidence`) and `own` (`own_features`, or a memo of it) when the caller has them."""
    if evidence is None:
        evidence = [line_evidence(b) is not None for b in items]
    own = own or own_features
    page = Page(items, evidence)
    return [page.row(i, own(block)) for i, block in enumerate(items)]


class Page:
    """A page's blocks, with what each block's features take from the others."""

    def __init__(self, items: Sequence[Block], evidence: Sequence[bool]):
        self.items = items
        self.evidence = evidence
        good = [i for i, b in enumerate(items) if b.cls == "good"]
        self.length = max(1, items[-1].end) if items else 1
        self.first_good, self.last_good = (good[0], good[-1]) if good else (len(items), -1)
        self._last_prose: int | None = None  # the last block a reader's address may not precede

    def address_tells(self, index: int) -> bool:
        """Block `index` speaks to the reader (`furniture_voice`) on a page whose story (its
        article paragraphs, first to last) does not, and no paragraph of prose that does not
        follows it: a speech or a guide says "you" throughout, an explainer's signpost ("Here's
        everything you need to know") has its story below it, and on a page with no article
        paragraph to compare (a transcript's short turns) the address tells nothing."""
        if not addresses_reader(self.items[index]):
            return False
        if self._last_prose is None:
            items = self.items
            article = [i for i, b in enumerate(items) if is_article(b)]
            story = items[article[0] : article[-1] + 1] if article else []
            prose = [
                i
                for i, b in enumerate(items)
                if is_sentence(b) and b.words >= PROSE_WORDS and not addresses_reader(b)
            ]
            speaks = not story or story_addresses_reader(story)
            self._last_prose = len(items) if speaks else max(prose, default=-1)
        return index > self._last_prose

    def row(self, i: int, own: dict[str, float]) -> dict[str, float]:
        """Block i's feature vector, in the order of `FEATURES`, from its own features."""
        items, evidence = self.items, self.evidence
        row = own
        row["first"] = float(i == 0)
        row["last"] = float(i == len(items) - 1)
        row["above_article"] = float(i < self.first_good)
        row["below_article"] = float(i > self.last_good)
        row["position"] = items[i].start / self.length
        row["addresses_reader"] = float(self.address_tells(i))
        before = items[i - 1] if i > 0 else None
        after = items[i + 1] if i + 1 < len(items) else None
        row |= _neighbour("prev", before, i > 0 and evidence[i - 1])
        row |= _neighbour("next", after, i + 1 < len(items) and evidence[i + 1])
        return row


def score(row: Mapping[str, float], weights: Mapping[str, float]) -> float:
    """The model's probability that the block is furniture."""
    return _logistic(sum(weights.get(name, 0.0) * value for name, value in row.items()))


def _logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


# Far more than the rounding of a sum of 28 products, far less than any weight.
_BOUND_MARGIN = 1e-6


def scores_at_least(
    page: Page,
    indices: Iterable[int],
    weights: Mapping[str, float],
    threshold: float,
    read: Callable[[Block], Read] = read_features,
) -> Iterator[int]:
    """The blocks among `indices` whose `score` reaches `threshold`. A block whose score stays
    below it even with its read features at their most incriminating values is ruled out before
    its text is read (an article's paragraphs, mostly); `read` may be a memo of `read_features`."""
    bounded = 0.0 < threshold < 1.0
    limit = math.log(threshold / (1.0 - threshold)) - _BOUND_MARGIN if bounded else 0.0
    read_weights = [weights.get(name, 0.0) for name in READ_FEATURES]
    headroom = sum(max(0.0, w) for w in read_weights)
    for i in indices:
        block = page.items[i]
        if block.words > MAX_WORDS:
            continue
        # the read features are 0 in this row: its sum is the rest of the score's
        unread = page.row(i, own_features(block, UNREAD))
        z = sum(weights.get(name, 0.0) * value for name, value in unread.items())
        if bounded and z + headroom < limit:
            continue
        z += sum(w * value for w, value in zip(read_weights, read(block), strict=True))
        if _logistic(z) >= threshold:
            yield i
