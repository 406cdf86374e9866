"""A long run of letters without a space (a scraper's junk, a line glued whole, a stretched cry)
costs each check about its length, not its length squared. Checks that try every cut, every
deleted letter or every undone confusion of a token once held all of them at once: 1,500 random
letters after a capital took 38 s and 3.5 GB, 20,000 plain letters 70 s and 6 GB."""

from __future__ import annotations

import gc
import random
import tracemalloc

import pytest

from newslint.document import Document
from newslint.engine import Linter
from newslint.lexicon import LONGEST_WORD, Vocabulary, _table, zipf
from newslint.linters import load_rules
from newslint.parallel import preload_for_workers
from newslint.wordtable import WordTable

LENGTH = 1_000
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _runs() -> dict[str, str]:
    pick = random.Random(7)
    return {
        "one letter": "a" * LENGTH,
        "random letters": "".join(pick.choice(_LETTERS) for _ in range(LENGTH)),
        "random letters after a capital": "Q"
        + "".join(pick.choice(_LETTERS) for _ in range(LENGTH - 1)),
        "function words": "the" * (LENGTH // 3),
        "content words": "".join(
            pick.choice(["police", "said", "the", "government", "ministry"])
            for _ in range(LENGTH // 7)
        ),
    }


@pytest.fixture(scope="module")
def linter() -> Linter:
    linter = Linter(load_rules(), ignore=["grammar"])
    linter.lint(Document("The minister said so on Monday."))  # loads what every lint loads
    # And what a check loads at its first need, once per process (the part-of-speech tagger,
    # wordfreq's list): read from the cache folder it costs little, but built there afresh (a
    # fresh machine, CI) the tagger alone took 70 MB inside the first text's traced window.
    preload_for_workers()
    return linter


def _forget_process_memos() -> None:
    """Empty the memos every lint of the process fills: the frequency memo (an lru_cache of up to
    200,000 words) and each word table's memo of rows. Filled by every test before this one, a
    resize of one of them during the traced lint (~1.9 MB when it holds ~90,000) was charged to
    the text, so whether the test passed depended on the tests run before it: the zipf memo's at
    dddaa0a, then the English table's row memo in stop 50's suite (2.4 MB against 2 MB for
    'content words'). Emptied, they grow by this text's words alone, which the bound counts."""
    zipf.cache_clear()
    for table in (found for found in gc.get_objects() if isinstance(found, WordTable)):
        table._rows.clear()


@pytest.mark.parametrize("name", sorted(_runs()))
def test_a_long_run_of_letters_takes_memory_in_proportion(linter: Linter, name: str) -> None:
    text = f"The minister said {_runs()[name]} on Monday.\n"
    _forget_process_memos()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        linter.lint(Document(text))
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    # A few copies of the text and the memos of its words; the square of 1,000 letters is 1 MB
    # per set of variants, and the old checks held dozens of them.
    assert peak < 2_000_000, f"{peak:,} bytes"


def test_no_word_the_frequency_table_knows_is_longer_than_the_bound() -> None:
    assert max(len(word) for word in _table().words()) <= LONGEST_WORD


def test_an_accepted_word_longer_than_the_bound_raises_it() -> None:
    long_name = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogochcymru" + "x" * 10
    assert Vocabulary.of([long_name]).longest == len(long_name)
    assert Vocabulary().longest == LONGEST_WORD
