"""Long names and furniture scores worked out once per distinct thing, the same results (issue 15):
`name_form_variants` folds each distinct window of a page once, not every window of every run
(a long page names the same bodies again and again); a block's furniture score is one C-level
sum of the same products in the same order."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint import name_forms
from newslint.furniture_scores import _weighed
from newslint.name_forms import (
    _RUN,
    LONGEST,
    SHORTEST,
    FormVariant,
    _apostrophe_lost,
    _folded,
    _pairs,
    name_form_variants,
)

from .conftest import examples


def _one_by_one(text: str) -> Iterator[FormVariant]:
    """`name_form_variants` as it was: every window of every run folded and counted."""
    windows: list[tuple[int, int, tuple[str, ...]]] = []
    for run in _RUN.finditer(text):
        placed: list[tuple[int, str]] = []
        at = run.start()
        for word in run.group().split(" "):
            placed.append((at, word))
            at += len(word) + 1
        for size in range(SHORTEST, min(LONGEST, len(placed)) + 1):
            for first in range(len(placed) - size + 1):
                chosen = placed[first : first + size]
                start, end = chosen[0][0], chosen[-1][0] + len(chosen[-1][1])
                windows.append((start, end, tuple(word for _, word in chosen)))
    by_key: defaultdict[tuple[str, ...], Counter[tuple[str, ...]]] = defaultdict(Counter)
    for *_, words in windows:
        by_key[tuple(map(_folded, words))][words] += 1
    odd: dict[tuple[str, ...], tuple[str, ...]] = {}
    for forms in by_key.values():
        for a, b in _pairs(forms):
            changed = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
            if len(changed) != 1 or not 0 < changed[0] < len(a) - 1:
                continue
            word_a, word_b = a[changed[0]], b[changed[0]]
            if word_a.replace("’", "'") == word_b.replace("’", "'"):
                continue
            if forms[a] != forms[b]:
                rarer, usual = (a, b) if forms[a] < forms[b] else (b, a)
                odd.setdefault(rarer, usual)
            elif _apostrophe_lost(word_a, word_b):
                rarer, usual = (a, b) if "'" not in word_a and "’" not in word_a else (b, a)
                odd.setdefault(rarer, usual)
            else:
                odd.setdefault(a, b)
                odd.setdefault(b, a)
    reported: list[tuple[int, int]] = []
    for start, end, words in sorted(windows, key=lambda w: (w[0], -w[1])):
        if words in odd and not any(s <= start and end <= e for s, e in reported):
            reported.append((start, end))
            yield FormVariant(start, end, " ".join(words), " ".join(odd[words]))


WORDS = ["Harbour", "Harbours", "Harbour’s", "Trust", "Trusts", "Board", "Martyrs", "Martyrs’",
         "Day", "Days", "North", "Valley", "Valley's", "Water", "the", "and", ".", ",", "\n"]  # fmt: skip


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=60))
def test_distinct_windows_folded_once_find_what_every_window_did(words: list[str]) -> None:
    text = " ".join(words)
    assert list(name_form_variants(text)) == list(_one_by_one(text))


def test_each_distinct_word_is_folded_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: Counter[str] = Counter()

    def counted(word: str) -> str:
        calls[word] += 1
        return _folded(word)

    monkeypatch.setattr(name_forms, "_folded", counted)
    text = "The North Valley Water Board met.\n" * 30 + "The North Valleys Water Board left.\n"
    found = list(name_form_variants(text))
    assert found and all("Valleys" in variant.name for variant in found)
    assert max(calls.values()) == 1


@given(
    st.dictionaries(
        st.sampled_from("abcdefghij"), st.floats(-50, 50, allow_nan=False), max_size=10
    ),
    st.dictionaries(st.sampled_from("abcdefghij"), st.floats(-5, 5, allow_nan=False), max_size=10),
)
def test_a_weighed_row_is_the_sum_of_its_products_in_order(
    row: dict[str, float], weights: dict[str, float]
) -> None:
    assert _weighed(row, weights) == sum(weights.get(k, 0.0) * v for k, v in row.items())
