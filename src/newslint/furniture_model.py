"""A small logistic model over the shape of a page's blocks: how likely each block is furniture.

The hand-written evidence in `furniture_signals` names what it knows (clock times, separators,
credits); the sites nobody listed print furniture in shapes no one wrote down. This model scores a
block mostly from features that say nothing about its words, only its shape and its place, in the
spirit of jusText: length, stop-word density, capitalisation, figures and symbols, whether it ends a
sentence, whether it is only a date (a post's stamp), jusText's class, and the same facts about
its neighbours (furniture comes in runs, and
an article's paragraphs sit among paragraphs). Two features of a short block read its words, as
data learned from labelled pages of hundreds of sites, never a list written by hand: the share of
them a page's apparatus uses (`page_words`) and the mean learned weight of its tokens
(`page_tokens`); a longer block, up to a caption's or a site note's length, is read the same way
(`long_words`, `long_tokens`).

The weights are a rule option (`weights`), fitted by `benchmarks/train_furniture.py` on labelled
pages; the feature names below are the contract between the two.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Mapping, Sequence

import regex

from newslint.furniture_signals import line_evidence
from newslint.furniture_stamps import is_bare_date
from newslint.regex_store import compile_pattern
from newslint.textblocks import Block
from newslint.tokens import non_word_tail

WORD = compile_pattern(r"\p{L}[\p{L}'’-]*")
_DIGIT = compile_pattern(r"\d")
_SYMBOL = compile_pattern(r"[^\p{L}\p{N}\s.,;:'’\"“”()-]")
_LIST_MARK = compile_pattern(r"^(?:[•·▪●◦*–-]|\d{1,2}[.)])\s")

FEATURES = (
    "bias",
    "log_chars",
    "few_words",
    "stop_density",
    "ends_sentence",
    "capitalised",
    "digits",
    "symbols",
    "evidence",
    "multi_line",
    "class_bad",
    "class_good",
    "lower_start",
    "ellipsis_end",
    "list_mark",
    "blank_before",
    "page_words",
    "page_tokens",
    "bare_date",
    # a longer block's count of the apparatus's words and its mean token weight: a caption, a
    # cookie, copyright or scan note is too long for page_words and page_tokens
    "long_words",
    "long_tokens",
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
)
SHORT_WORDS = 6
# A date line is short ("Thursday, 3 June 2010", "• August 24, 2024 |"): a longer block is asked
# nothing, so prose is never searched for a date.
BARE_DATE_WORDS = 6


def _capitalised(words: list[str]) -> float:
    if not words:
        return 0.0
    return sum(w[0].isupper() for w in words) / len(words)


def _ratio(pattern: regex.Pattern[str], text: str) -> float:
    return len(pattern.findall(text)) / max(1, len(text))


# A page's buttons and labels are short: a paragraph that says "comment" or "photo" is no label.
PAGE_WORDS_LONGEST = 12


def _page_words(block: Block, words: list[str], page_words: Collection[str]) -> float:
    """The share of a short block's words that a page's own apparatus uses far more often than
    an article does ("comment", "click", "photo", "skip"): `page_words` is learned from labelled
    pages (`benchmarks/train_furniture.py --page-words`), each word kept only if it is furniture
    on several sites, so no one site's menu decides it. A longer block has none."""
    if not page_words or block.words > PAGE_WORDS_LONGEST:
        return 0.0
    if not words:
        return 0.0
    return sum(w.casefold() in page_words for w in words) / len(words)


# A block's tokens for the learned token weights: a word (casefolded), a run of digits (known by
# its length: "#2" a day or a count, "#4" a year) or a single symbol ("|", "»", "©", ":").
_TOKEN = compile_pattern(r"\p{L}[\p{L}'’-]*|\d+|[^\s\p{L}\p{N}]")


def block_tokens(text: str) -> set[str]:
    """The distinct tokens of a block's text, as the token weights name them."""
    return {f"#{min(len(t), 4)}" if t[0].isdigit() else t.casefold() for t in _TOKEN.findall(text)}


def _page_tokens(block: Block, token_weights: Mapping[str, float]) -> float:
    """The mean learned weight of a short block's distinct tokens: how much likelier each is in
    a page's apparatus than in an article's short lines (headlines, subheadings, one-line
    paragraphs), learned from labelled pages of hundreds of sites
    (`benchmarks/train_furniture.py --page-tokens`). Unknown tokens weigh 0; a longer block has
    none, like `page_words`."""
    if not token_weights or block.words > PAGE_WORDS_LONGEST:
        return 0.0
    tokens = block_tokens(block.text)
    if not tokens:
        return 0.0
    return sum(token_weights.get(t, 0.0) for t in tokens) / len(tokens)


# The features read from every character of a block's text (regex passes); all but page_tokens
# and long_tokens lie in [0, 1], those two between the token weights' least and greatest.
READ_FEATURES = (
    "capitalised",
    "digits",
    "symbols",
    "page_words",
    "page_tokens",
    "long_words",
    "long_tokens",
)
Read = tuple[float, float, float, float, float, float, float]
UNREAD: Read = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
# A long block (a caption, a disclaimer, a site's note) is read for the apparatus's words up to
# this length; an article's paragraph is longer or holds none.
LONG_WORDS_MOST = 60
# A web address in a longer block is the sentence's source ("… its own report. http://…"), not
# the page's apparatus: its pieces ("/", "www", the site's name) are not read as tokens.
_WEB_ADDRESS = compile_pattern(r"(?:https?://|www\.)\S+")


def _long_words(block: Block, words: list[str], page_words: Collection[str]) -> float:
    """How many of a longer block's words the page's apparatus uses (the learned page words),
    up to three: a cookie, copyright or picture note speaks of the page ("image", "email",
    "click"), an article's paragraph seldom does."""
    if not page_words or not PAGE_WORDS_LONGEST < block.words <= LONG_WORDS_MOST:
        return 0.0
    return min(3, sum(w.casefold() in page_words for w in words)) / 3


def _long_tokens(block: Block, token_weights: Mapping[str, float]) -> float:
    """The mean learned token weight of a longer block's distinct tokens (`_page_tokens` for a
    block past its length)."""
    if not token_weights or not PAGE_WORDS_LONGEST < block.words <= LONG_WORDS_MOST:
        return 0.0
    tokens = block_tokens(_WEB_ADDRESS.sub(" ", block.text))
    return sum(token_weights.get(t, 0.0) for t in tokens) / max(1, len(tokens))


NO_TOKENS: Mapping[str, float] = {}


def read_features(
    block: Block,
    page_words: Collection[str] = frozenset(),
    token_weights: Mapping[str, float] = NO_TOKENS,
) -> Read:
    """The values of `READ_FEATURES` for a block, `page_words` and `token_weights` the rule's
    learned words and token weights."""
    text = block.text
    words = WORD.findall(text)  # read once for the three features that count words
    return (
        _capitalised(words),
        _ratio(_DIGIT, text),
        _ratio(_SYMBOL, text),
        _page_words(block, words, page_words),
        _page_tokens(block, token_weights),
        _long_words(block, words, page_words),
        _long_tokens(block, token_weights),
    )


def own_features(block: Block, evidence: bool, read: Read | None = None) -> dict[str, float]:
    """The features a block has by itself (a new dict: the caller adds its neighbours'), with
    `read` as its read features when the caller has them."""
    text = block.text
    capitalised, digits, symbols, page_words, page_tokens, long_words, long_tokens = (
        read_features(block) if read is None else read
    )
    return {
        "bias": 1.0,
        "log_chars": math.log1p(len(text)),
        "few_words": float(block.words <= 3),
        "stop_density": block.stop_density,
        "ends_sentence": float(block.ends_sentence),
        "capitalised": capitalised,
        "digits": digits,
        "symbols": symbols,
        "evidence": float(evidence),
        "multi_line": float(block.lines > 1),
        "class_bad": float(block.cls == "bad"),
        "class_good": float(block.cls == "good"),
        "lower_start": float(text[:1].islower()),
        "ellipsis_end": float(_ends_with_ellipsis(text)),
        "list_mark": float(bool(_LIST_MARK.match(text))),
        "blank_before": float(block.blank_before),
        "page_words": page_words,
        "page_tokens": page_tokens,
        "bare_date": float(block.words <= BARE_DATE_WORDS and is_bare_date(text)),
        "long_words": long_words,
        "long_tokens": long_tokens,
    }


def _ends_with_ellipsis(text: str) -> bool:
    """`(?:\\.{2,}|…)\\W*$`: an ellipsis among the marks that end the text."""
    tail = non_word_tail(text)
    return ".." in tail or "…" in tail


def _neighbour(prefix: str, block: Block | None, evidence: bool) -> dict[str, float]:
    if block is None:  # the page's edge: nothing article-like beyond it
        return {
            f"{prefix}_evidence": 0.0,
            f"{prefix}_short": 1.0,
            f"{prefix}_good": 0.0,
            f"{prefix}_ends_sentence": 0.0,
        }
    return {
        f"{prefix}_evidence": float(evidence),
        f"{prefix}_short": float(block.words <= SHORT_WORDS),
        f"{prefix}_good": float(block.cls == "good"),
        f"{prefix}_ends_sentence": float(block.ends_sentence),
    }


def block_features(
    items: Sequence[Block],
    evidence: Sequence[bool] | None = None,
    own: Callable[[Block, bool], dict[str, float]] | None = None,
    page_words: Collection[str] = frozenset(),
    token_weights: Mapping[str, float] = NO_TOKENS,
) -> list[dict[str, float]]:
    """One feature vector per block, in the order of `FEATURES`; `evidence` (whether each block
    has `line_evidence`) and `own` (`own_features`, or a memo of it) when the caller has them,
    `page_words` the rule's learned words otherwise."""
    if evidence is None:
        evidence = [line_evidence(b) is not None for b in items]
    own = own or _reading(page_words, token_weights)
    page = Page(items, evidence)
    return [page.row(i, own(block, evidence[i])) for i, block in enumerate(items)]


def _reading(
    page_words: Collection[str], token_weights: Mapping[str, float]
) -> Callable[[Block, bool], dict[str, float]]:
    """`own_features` with the words and token weights given."""

    def own(block: Block, evidence: bool) -> dict[str, float]:
        return own_features(block, evidence, read_features(block, page_words, token_weights))

    return own


class Page:
    """A page's blocks, with what each block's features take from the others."""

    def __init__(self, items: Sequence[Block], evidence: Sequence[bool]):
        self.items = items
        self.evidence = evidence
        good = [i for i, b in enumerate(items) if b.cls == "good"]
        self.first_good, self.last_good = (good[0], good[-1]) if good else (len(items), -1)

    def row(self, i: int, own: dict[str, float]) -> dict[str, float]:
        """Block i's feature vector, in the order of `FEATURES`, from its own features."""
        items, evidence = self.items, self.evidence
        row = own
        row["first"] = float(i == 0)
        row["last"] = float(i == len(items) - 1)
        row["above_article"] = float(i < self.first_good)
        row["below_article"] = float(i > self.last_good)
        before = items[i - 1] if i > 0 else None
        after = items[i + 1] if i + 1 < len(items) else None
        row |= _neighbour("prev", before, i > 0 and evidence[i - 1])
        row |= _neighbour("next", after, i + 1 < len(items) and evidence[i + 1])
        return row
