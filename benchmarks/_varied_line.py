"""One very long line of varied prose, for the long-line row of `speed.py`.

A line of `word word …` reaches almost no rule: nothing in it is capitalised, rare, quoted or
a figure, so a rule that costs the whole line per rare capitalised word (the quadratic cost a
scraped page written as one line exposes) is never woken. This line is built of sentences with
common words, invented names and invented rare words, figures, quotations and brackets, from a
fixed seed, so every run reads the same text. All of it is generated here: no third-party text.
"""

from __future__ import annotations

import random

_COMMON = (
    "the a of to in and for on with at by from that said was is will has after over about "
    "more than city council minister report week year people police market court season "
    "plan water school price team government officials told reporters on Tuesday early "
    "late new old main public local national budget vote game road bridge harbour street"
).split()
_SYLLABLES = "ka lo mer vin dra sel tor pa qui ne zu bra ost lem fin gar hol ith ve run".split()
_ENDS = (".", ".", ".", ".", "?", "!")


def varied_line(size: int, seed: int = 15) -> str:
    """About `size` characters of varied sentences on one line (no newline inside or after)."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        sentence = _sentence(rng)
        parts.append(sentence)
        total += len(sentence) + 1
    return " ".join(parts)


def _sentence(rng: random.Random) -> str:
    words = [_word(rng) for _ in range(rng.randint(6, 18))]
    words[0] = words[0][:1].upper() + words[0][1:]
    body = " ".join(words)
    shape = rng.random()
    if shape < 0.12:  # a quotation and its speaker
        return f"“{body},” said {_name(rng)} {_name(rng)}."
    if shape < 0.2:  # an aside in brackets
        return f"{body} ({_name(rng)}, {rng.randint(1900, 2030)}){rng.choice(_ENDS)}"
    return body + rng.choice(_ENDS)


def _word(rng: random.Random) -> str:
    draw = rng.random()
    if draw < 0.6:
        return rng.choice(_COMMON)
    if draw < 0.75:
        return _name(rng)
    if draw < 0.8:
        return str(rng.randint(1, 99_999))
    return _invented(rng)


def _name(rng: random.Random) -> str:
    return _invented(rng).capitalize()


def _invented(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
