"""Faster paths give the results of the slow ones they replace (texts and names written here)."""

from __future__ import annotations

from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.checks.name_variants import candidate_pairs, variants

NAMES = [
    "Zelensky", "Zelenskyy", "Zelenskiy", "Erdoğan", "Erdogan", "Mohammed", "Muhammad",
    "Mohamed", "Lofven", "Lofevn", "Löfven", "Pokrovsk", "Pokrovsky", "Pokrovskaya", "Russia",
    "Russian", "Austria", "Australia", "Khamenei", "Khomeini", "Navalny", "Navalnyy", "Kuleba",
    "Kulebа", "Shoigu", "Shoygu", "Peskov", "Peskow", "Andersen", "Anderson", "Andresen",
]  # fmt: skip


def all_pairs(names: list[str]) -> list[tuple[str, str]]:
    return [(a, b) for a, b in combinations(names, 2) if variants(a, b)]


def indexed_pairs(names: list[str]) -> list[tuple[str, str]]:
    return [(a, b) for a, b in candidate_pairs(names) if variants(a, b)]


def test_the_name_index_finds_every_variant_pair_in_order() -> None:
    names = sorted(NAMES)
    expected = all_pairs(names)
    assert ("Zelensky", "Zelenskyy") in expected and ("Erdogan", "Erdoğan") in expected
    assert indexed_pairs(names) == expected


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text(alphabet="aeiouyklmnrsvzğöá", min_size=5, max_size=11).map(lambda s: "K" + s),
        min_size=2,
        max_size=25,
        unique=True,
    )
)
def test_the_name_index_agrees_with_comparing_all_pairs(names: list[str]) -> None:
    names = sorted(names)
    assert indexed_pairs(names) == all_pairs(names)
