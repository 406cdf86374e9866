"""The furniture model's learned token weights (`page_tokens`): a short block's tokens, the mean
weight the model reads, the bound that rules blocks out before their text is read, and the
learner in benchmarks/_furniture_words.py (token weights learned on several sites, cross-fitted
by domain group)."""

from __future__ import annotations

from typing import Any

import pytest

from newslint.furniture_model import (
    FEATURES,
    READ_FEATURES,
    Page,
    block_features,
    block_tokens,
    read_features,
)
from newslint.furniture_scores import scores_at_least, token_room
from newslint.textblocks import blocks
from tests.benchmark_pages import PROSE, load_benchmark

WEIGHTS = {"comment": 2.0, "leave": 1.0, "said": -2.0, "|": 1.5}
TOKENS = READ_FEATURES.index("page_tokens")
LONG_WORDS = READ_FEATURES.index("long_words")
LONG_TOKENS = READ_FEATURES.index("long_tokens")
# a caption's or a site note's length: past page_tokens' twelve words, short of a long paragraph
NOTE = "Leave a comment below and we will reply to you by email within two working days of it"


def test_tokens_are_casefolded_words_digit_runs_by_length_and_single_symbols() -> None:
    assert block_tokens("Leave a Comment | 12 May 2021") == {
        "leave",
        "a",
        "comment",
        "|",
        "#2",
        "may",
        "#4",
    }
    assert block_tokens("") == set()


def test_a_short_block_reads_the_mean_weight_of_its_distinct_tokens() -> None:
    (block,) = blocks("Leave a comment")
    assert read_features(block, frozenset(), WEIGHTS)[TOKENS] == pytest.approx((1.0 + 0 + 2.0) / 3)
    (said,) = blocks("Leave it, she said")
    assert read_features(said, frozenset(), WEIGHTS)[TOKENS] < 0  # prose's words weigh against


def test_a_long_block_and_a_rule_without_weights_read_none() -> None:
    (long,) = blocks(f"Leave a comment. {PROSE}")
    assert read_features(long, frozenset(), WEIGHTS)[TOKENS] == 0.0
    (block,) = blocks("Leave a comment")
    assert read_features(block)[TOKENS] == 0.0


def test_a_longer_block_reads_the_long_features_and_a_short_one_none() -> None:
    (note,) = blocks(NOTE)
    read = read_features(note, frozenset({"comment", "email"}), WEIGHTS)
    assert read[TOKENS] == 0.0 and read[LONG_TOKENS] > 0
    assert read[LONG_WORDS] == pytest.approx(2 / 3)  # two of the three it counts up to
    (block,) = blocks("Leave a comment")
    short = read_features(block, frozenset({"comment"}), WEIGHTS)
    assert short[LONG_WORDS] == 0.0 and short[LONG_TOKENS] == 0.0
    (paragraph,) = blocks(" ".join([NOTE] * 4))  # an article's paragraph: past sixty words
    assert read_features(paragraph, frozenset({"comment"}), WEIGHTS)[LONG_TOKENS] == 0.0


def test_page_tokens_is_a_model_feature() -> None:
    assert "page_tokens" in FEATURES
    rows = block_features(blocks(f"Leave a comment\n\n{PROSE}"), token_weights=WEIGHTS)
    assert rows[0]["page_tokens"] > 0 and rows[1]["page_tokens"] == 0.0


def test_the_bound_leaves_room_for_what_the_tokens_can_add() -> None:
    """A block that reaches the threshold only through its tokens is still found: the bound
    that rules blocks out unread counts the most the tokens can add."""
    items = blocks(f"Leave a comment\n\n{PROSE}")
    page = Page(items, [False, False])
    weights = {"bias": -3.0, "page_tokens": 4.0}

    def read(block: Any) -> Any:
        return read_features(block, frozenset(), WEIGHTS)

    room = token_room(weights, WEIGHTS)
    assert room == pytest.approx(4.0 * 2.0)
    assert list(scores_at_least(page, [0, 1], weights, 0.6, read, room)) == [0]
    assert token_room(weights, {}) == 0.0 and token_room({}, WEIGHTS) == 0.0


def test_the_bound_leaves_room_for_what_a_longer_block_can_add() -> None:
    items = blocks(f"{NOTE}\n\n{PROSE}")
    page = Page(items, [False, False])
    weights = {"bias": -3.0, "long_words": 1.0, "long_tokens": 20.0}

    def read(block: Any) -> Any:
        return read_features(block, frozenset({"comment", "email"}), WEIGHTS)

    room = token_room(weights, WEIGHTS)
    assert room == pytest.approx(20.0 * 2.0)
    assert list(scores_at_least(page, [0, 1], weights, 0.5, read, room)) == [0]


def _page(domain: str, furniture: list[str], story: list[str]) -> dict[str, Any]:
    text = "\n\n".join([*furniture, *story, PROSE])
    labels = [
        {"family": "furniture", "start": text.index(x), "end": text.index(x) + len(x)}
        for x in furniture
    ]
    return {"domain": domain, "excerpt": text, "labels": labels}


def test_token_weights_are_learned_from_short_blocks_on_several_sites() -> None:
    words = load_benchmark("_furniture_words")
    pages = [
        _page(f"s{i}.example", ["Leave a comment"], [f"Ferry {i} timetable, the board said"])
        for i in range(3)
    ]
    pages.append(_page("s9.example", ["Quayside Gazette"], []))
    learned = words.learn_page_tokens(pages, sites=3, shrink=1.0)
    assert learned["comment"] > 0 and learned["leave"] > 0
    assert learned["said"] < 0  # the story's short lines say it on three sites
    assert "quayside" not in learned  # furniture on one site only


def test_each_page_reads_weights_learned_without_its_own_domain_group() -> None:
    words = load_benchmark("_furniture_words")
    pages = [_page(f"s{i}.example", ["Leave a comment"], []) for i in range(12)]

    def learn(records: list[dict[str, Any]]) -> dict[str, float]:
        return {str(r["domain"]): 1.0 for r in records}

    tables = words.cross_fitted(pages, learn)
    assert len(tables) == len(pages)
    for page in pages:
        assert page["domain"] not in tables[id(page)]
    assert any(len(table) > 0 for table in tables.values())


def test_a_longer_blocks_web_address_is_not_read_as_tokens() -> None:
    """A sentence citing its source by address is the story's: "/" and the site's name in the
    address do not count toward the long block's token weight."""
    (cited,) = blocks(f"{NOTE} http://example.com/a/b/c/d")
    (plain,) = blocks(NOTE)
    slashes = {**WEIGHTS, "/": 3.0}
    assert read_features(cited, frozenset(), slashes)[LONG_TOKENS] == pytest.approx(
        read_features(plain, frozenset(), slashes)[LONG_TOKENS]
    )
