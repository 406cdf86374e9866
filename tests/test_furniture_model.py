"""The furniture shape model's features: what each says of a block, and the bound that lets the
check skip reading a block."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.furniture_model import (
    FEATURES,
    MAX_WORDS,
    READ_FEATURES,
    Page,
    block_features,
    read_features,
    scores_at_least,
)
from newslint.textblocks import Block, blocks

STORY = (
    "The harbour board voted on Tuesday to close the old swing bridge to lorries from next month, "
    "after engineers found cracks in two of its supports, the chair of the board told reporters at "
    "the port, where the board meets every month to settle the harbour's accounts."
)
GUIDE = (
    "If you drive a lorry into the port, you will have to take the ring road from next month, and "
    "your permit stays valid for the new route until the bridge opens again in the spring, so you "
    "need not apply for another one before the summer, when the old bridge reopens."
)
PROMPT = "Did you find this story useful?"


def _row(page: str, line: str) -> dict[str, float]:
    items = blocks(page)
    index = next(i for i, b in enumerate(items) if b.text == line)
    return block_features(items)[index]


def test_a_line_addressing_the_reader_counts_only_on_a_page_whose_story_does_not() -> None:
    """A prompt speaks to the reader where the story speaks of others; a guide or a speech says
    "you" throughout, and a line saying it there tells nothing."""
    assert _row(f"Bridge to close\n\n{STORY}\n\n{STORY}\n\n{PROMPT}\n", PROMPT)["addresses_reader"]
    assert not _row(f"Bridge to close\n\n{GUIDE}\n\n{GUIDE}\n\n{PROMPT}\n", PROMPT)[
        "addresses_reader"
    ]
    # "Thank you" closes a speech: a formula, not an address
    thanks = "Thank you. (Applause.)"
    assert not _row(f"Bridge to close\n\n{STORY}\n\n{STORY}\n\n{thanks}\n", thanks)[
        "addresses_reader"
    ]


def test_a_signpost_to_the_reader_with_the_story_below_it_is_no_address() -> None:
    """An explainer's "Here's what you need to know" has its story below it; a prompt after the
    story's last paragraph has none."""
    signpost = "Here's what you need to know about the bridge."
    below = f"Bridge to close\n\n{STORY}\n\n{signpost}\n\n{STORY}\n"
    after = f"Bridge to close\n\n{STORY}\n\n{STORY}\n\n{signpost}\n"
    assert not _row(below, signpost)["addresses_reader"]
    assert _row(after, signpost)["addresses_reader"]


def test_a_block_longer_than_furniture_runs_is_never_scored_or_read() -> None:
    """Weights that call every block furniture still leave a long block alone, unread: the
    model was fitted only on blocks of at most `MAX_WORDS` words."""
    long_line = " ".join(["word"] * (MAX_WORDS + 1)) + "."
    items = blocks(f"Bridge to close\n\n{long_line}\n\nShare\n")
    read: list[str] = []

    def reading(block: Block) -> tuple[float, ...]:
        read.append(block.text)
        return read_features(block)

    page = Page(items, [False] * len(items))
    found = list(scores_at_least(page, range(len(items)), {"bias": 10.0}, 0.9, reading))
    assert [items[i].text for i in found] == ["Bridge to close", "Share"]
    assert long_line not in read


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab AB12:.,|»@#/\n\"'you©-–Jan May", max_size=400))
def test_read_features_lie_between_0_and_1(text: str) -> None:
    """The bound that skips reading a block counts each read feature at most 1."""
    for block in blocks(text):
        values = read_features(block)
        assert len(values) == len(READ_FEATURES)
        assert all(0.0 <= v <= 1.0 for v in values)


def test_every_feature_is_in_every_row() -> None:
    items = blocks(f"Bridge to close\n\n{STORY}\n\nUpdated 3 May 2024, 09:14\n")
    for row in block_features(items):
        assert set(row) == set(FEATURES)
