"""Words and Penn Treebank part-of-speech tags, as Vale's `sequence` rules see them.

Vale splits a sentence with the Penn Treebank conventions (`don't` -> `do n't`, `endpoint's` ->
`endpoint 's`, `"` -> ``` `` ``` / `''`) and tags it with a greedy averaged perceptron, a Go port
of textblob-aptagger (Honnibal's design) with weights of its own, trained on the Wall Street
Journal treebank. We run the same algorithm with textblob-aptagger's own weights (the WSJ model
its wheel ships; a dependency, since default rules read grammar too); nothing is downloaded
at run time. The two models are siblings, not twins: every word both tag by lookup (1,500 of the
1,549 Vale's knows) gets the same tag, and Vale's bracket tags (`(`, `)`) are used where this
model says -LRB-/-RRB-; the remaining differences are guesses on unseen words. The model file is
a pickle of plain dicts and sets, read with an unpickler that refuses anything else, once:
`tagger_model` keeps a form that loads fast.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import regex

from newslint.regex_store import compile_pattern
from newslint.vale.tagger_model import CompactWeights, Model, TaggerUnavailable, load_model

__all__ = ["Model", "Tagger", "TaggerUnavailable", "load_model", "model_path", "treebank_words"]

MODEL_PACKAGE = "textblob_aptagger"
MODEL_FILE = "trontagger-0.1.0.pickle"
INSTALL_HINT = "needs the part-of-speech tagger textblob-aptagger (pip install textblob-aptagger)"
# How many guesses a tagger remembers (see Tagger._guesses); past it, it starts afresh.
GUESS_MEMO_LIMIT = 4096


# Penn Treebank tokenisation, in the order the conventions apply.
_QUOTES_OPEN = [(r'^"', "``"), (r"(``)", r" \1 "), (r'([ (\[{<])"', r"\1 `` ")]
_PUNCTUATION = [
    (r"([:,])([^\d])", r" \1 \2"),
    (r"([:,])$", r" \1 "),
    (r"\.\.\.", " ... "),
    (r"([;@#$%&?!])", r" \1 "),
    (r"([^.])(\.)([\]\)}>\"']*)\s*$", r"\1 \2\3 "),
    (r"([^'])' ", r"\1 ' "),
    (r"([\]\[(){}<>])", r" \1 "),
    (r"--", " -- "),
]
_QUOTES_CLOSE = [
    (r'"', " '' "),
    (r"(\S)('')", r"\1 \2 "),
    (r"([^' ])('[sSmMdD]|') ", r"\1 \2 "),
    (r"([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ", r"\1 \2 "),
]
_CONTRACTIONS = [
    r"(?i)\b(can)(not)\b", r"(?i)\b(d)('ye)\b", r"(?i)\b(gim)(me)\b", r"(?i)\b(gon)(na)\b",
    r"(?i)\b(got)(ta)\b", r"(?i)\b(lem)(me)\b", r"(?i)\b(mor)('n)\b", r"(?i)\b(wan)(na) ",
    r"(?i) ('t)(is)\b", r"(?i) ('t)(was)\b",
]  # fmt: skip


def treebank_words(sentence: str) -> list[str]:
    """One sentence split into Penn Treebank tokens."""
    before, after = _steps()
    text = sentence
    for pattern, replacement, needles in before:
        if any(needle in text for needle in needles):
            text = pattern.sub(replacement, text)
    text = f" {text} "
    for pattern, replacement, needles in after:
        if any(needle in text for needle in needles):
            text = pattern.sub(replacement, text)
    if not text.isascii():  # (?i) may match a letter outside ASCII ("ſ" for "s"): every step
        for pattern, replacement in _contractions():
            text = pattern.sub(replacement, text)
        return text.split()
    lower = text.lower()
    for (pattern, replacement), needle in zip(_contractions(), _CONTRACTED, strict=True):
        if needle in lower:
            text = pattern.sub(replacement, text)
            lower = text.lower()
    return text.split()


# Each convention with the strings one of which its pattern cannot match without: a sentence
# holding none is left as it is, unread (most steps find nothing in most sentences; running
# all of them was most of the tokenising). The contractions' own strings (`_CONTRACTED`) are
# looked for in the lower-cased sentence, as their patterns ignore case.
_NEEDLES = {
    r'^"': ('"',), r"(``)": ("``",), r'([ (\[{<])"': ('"',),
    r"([:,])([^\d])": (":", ","), r"([:,])$": (":", ","), r"\.\.\.": ("...",),
    r"([;@#$%&?!])": tuple(";@#$%&?!"), r"([^.])(\.)([\]\)}>\"']*)\s*$": (".",),
    r"([^'])' ": ("' ",), r"([\]\[(){}<>])": tuple("][(){}<>"), r"--": ("--",),
    r'"': ('"',), r"(\S)('')": ("''",), r"([^' ])('[sSmMdD]|') ": ("'",),
    r"([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ": ("'",),
}  # fmt: skip
_CONTRACTED = (
    "cannot", "d'ye", "gimme", "gonna", "gotta", "lemme", "mor'n", "wanna", " 'tis", " 'twas",
)  # fmt: skip


Steps = tuple[tuple[regex.Pattern[str], str, tuple[str, ...]], ...]


@cache
def _steps() -> tuple[Steps, Steps]:
    """The conventions compiled once, before and after the sentence is padded with spaces
    (`regex.sub` with a pattern string looks it up in regex's cache on every call: most of the
    tokenising of a short sentence), each with its `_NEEDLES`."""
    before = [*_QUOTES_OPEN, *_PUNCTUATION]
    return (
        tuple((compile_pattern(p), r, _NEEDLES[p]) for p, r in before),
        tuple((compile_pattern(p), r, _NEEDLES[p]) for p, r in _QUOTES_CLOSE),
    )


@cache
def _contractions() -> tuple[tuple[regex.Pattern[str], str], ...]:
    return tuple((compile_pattern(pattern), r" \1 \2 ") for pattern in _CONTRACTIONS)


def model_path() -> Path:
    spec = importlib.util.find_spec(MODEL_PACKAGE)  # finds the folder without importing it
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        path = Path(folder) / MODEL_FILE
        if path.is_file():
            return path
    raise TaggerUnavailable(INSTALL_HINT)


class Tagger:
    """Greedy left-to-right tagging: a word the model knows for certain takes its one tag, any
    other the class with the highest positive score for its context features."""

    def __init__(self, model: Model):
        self.model = model
        # The model's guess for each context it was asked about: the checks tag a window around
        # every suspect word, and the windows of one sentence overlap, so the same contexts (the
        # same words, the same two tags before) come back; a guess is the sum of the weights of
        # fourteen features, remembering it saves building and scoring them again.
        self._guesses: dict[tuple[str, ...], str] = {}

    @classmethod
    def installed(cls) -> Tagger:
        return cls(load_model(model_path()))

    def tag(self, words: list[str]) -> list[tuple[str, str]]:
        return list(self.iter_tags(words))

    def iter_tags(self, words: list[str]) -> Iterator[tuple[str, str]]:
        """The tags one by one, left to right: a caller that has its answer after the first
        few words (a line's grammar decided by its first verb) stops the tagging there."""
        words = [w for w in words if w]
        # The context words are normalised as far as a guess reads (two past the word): a
        # caller that stops early never pays for the rest of a long sentence.
        context = ["-START-", "-START2-"]
        ends = ["-END-", "-END2-"]
        tagdict = self.model.tagdict
        previous, before = "-START-", "-START2-"
        for index, word in enumerate(words):
            tag = _fixed_tag(word) or tagdict.get(word)
            if not tag:
                while len(context) < index + 5:
                    at = len(context) - 2
                    context.append(_normalize(words[at]) if at < len(words) else ends.pop(0))
                tag = self._guess(index + 2, word, context, previous, before)
            yield word, tag
            previous, before = tag, previous

    def _guess(self, i: int, word: str, context: list[str], previous: str, before: str) -> str:
        """`_predict` of the word's features, remembered by what those features are made of."""
        key = (word[-3:], word[0], previous, before, *context[i - 2 : i + 3])
        guesses = self._guesses
        tag = guesses.get(key)
        if tag is None:
            if len(guesses) >= GUESS_MEMO_LIMIT:
                guesses.clear()
            tag = guesses[key] = self._predict(_features(i, word, context, previous, before))
        return tag

    def _predict(self, features: list[str]) -> str:
        weights = self.model.weights
        if isinstance(weights, CompactWeights):
            tag = weights.best_label(features)
            return {"-LRB-": "(", "-RRB-": ")"}.get(tag, tag)
        scores: dict[str, float] = {}
        for feature in features:  # each feature once: their names never repeat
            for label, weight in weights.get(feature, {}).items():
                scores[label] = scores.get(label, 0.0) + weight
        best, tag = 0.0, ""
        for label in sorted(scores):
            if scores[label] > best:
                best, tag = scores[label], label
        return {"-LRB-": "(", "-RRB-": ")"}.get(tag, tag)


# Treebank's empty elements (`0`, `*`, `*T*-1`) and bracket tokens (`-LRB-`), tagged as Vale's
# tagger tags them before asking the model.
_EMPTY_ELEMENT = compile_pattern(r"0|\*[\w?]\*|\*-\d{1,3}|\*[A-Z]+\*-\d{1,3}|\*")
_BRACKET_TOKEN = compile_pattern(r"-[A-Z]{3}-")


# Vale's model tags brackets as themselves; this model learnt them as -LRB-/-RRB-.
_BRACKETS = {"(": "(", "[": "(", "{": "(", ")": ")", "]": ")", "}": ")"}


# The first characters of every word `_fixed_tag` tags ("0" apart): the others skip its patterns.
_FIXED_FIRSTS = frozenset("*-([{)]}")


def _fixed_tag(word: str) -> str | None:
    if word[:1] not in _FIXED_FIRSTS and word != "0":
        return None
    if _EMPTY_ELEMENT.fullmatch(word):
        return "-NONE-"
    if word in _BRACKETS:
        return _BRACKETS[word]
    return word if _BRACKET_TOKEN.fullmatch(word) else None


def _normalize(word: str) -> str:
    if "-" in word and word[0] != "-":
        return "!HYPHEN"
    if word.isdigit() and len(word) == 4:
        return "!YEAR"
    if word[:1].isdigit():
        return "!DIGITS"
    return word.lower()


def _features(i: int, word: str, context: list[str], previous: str, before: str) -> list[str]:
    return [
        "bias",
        f"i suffix {word[-3:]}",
        f"i pref1 {word[0]}",
        f"i-1 tag {previous}",
        f"i-2 tag {before}",
        f"i tag+i-2 tag {previous} {before}",
        f"i word {context[i]}",
        f"i-1 tag+i word {previous} {context[i]}",
        f"i-1 word {context[i - 1]}",
        f"i-1 suffix {context[i - 1][-3:]}",
        f"i-2 word {context[i - 2]}",
        f"i+1 word {context[i + 1]}",
        f"i+1 suffix {context[i + 1][-3:]}",
        f"i+2 word {context[i + 2]}",
    ]


@cache
def shared_tagger() -> Tagger:
    """The installed model's tagger for the checks that read grammar, loaded once per process;
    without the model, the backend is unavailable (the linter says so once for all of them)."""
    from newslint.errors import BackendUnavailable  # not newslint.grammar: no engine's code

    try:
        return Tagger.installed()
    except TaggerUnavailable as exc:
        raise BackendUnavailable(str(exc)) from None
