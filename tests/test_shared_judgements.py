"""Judgements the checks now share or skip answer what each check worked out alone before
(issue 15: fewer Python steps in the checks of a scanned page)."""

from __future__ import annotations

import itertools
import random

from newslint import ocr_channel, ocr_token_model
from newslint.document import Document
from newslint.furniture_credits import REPORTING_VERBS
from newslint.furniture_story import _bare, _spoken_words
from newslint.lexicon import Vocabulary, _table, memo_of
from newslint.lexicon import zipf as english_zipf
from newslint.ocr_damage import core_damage, damage_kind
from newslint.signals import _any_damaged


def _spoken_words_every_word(text: str) -> list[str]:
    """What `_spoken_words` gave before it passed over a text with no reporting verb."""
    from newslint.furniture_story import _WORD

    words = [_bare(word) for word in _WORD.findall(text)]
    verbs = [word.casefold() in REPORTING_VERBS for word in words]
    last = len(words) - 1
    return [
        word
        for at, word in enumerate(words)
        if (at and verbs[at - 1]) or (at < last and verbs[at + 1])
    ]


def test_words_beside_a_reporting_verb_are_found_as_before() -> None:
    pieces = [
        "said", "Said's", "SAID", "said’s", "says", "told", "Mayor", "Ana", "the", "Ana's",
        "ſaid", "Straße", "-", "’", "'s",
    ]  # fmt: skip
    rng = random.Random(63)
    texts = [" ".join(p) for p in itertools.product(pieces[:6], repeat=3)]
    texts += [
        rng.choice(["", " "]).join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        for _ in range(3000)
    ]
    for text in texts:
        assert list(_spoken_words(text)) == _spoken_words_every_word(text), text


def test_a_cores_damage_read_from_the_signals_memo_is_its_own() -> None:
    # The OCR signal judges tokens with their marks ("tliat,"), keeping each core's kind; the
    # non-word and channel checks read the same memo by core.
    tokens = ["tliat,", "(Ihe", "said.", "Governinq", "th^e", "…", "rOTTGHT", "Nato's", "-"]
    zipf = Vocabulary.of(["zorb"]).zipf
    assert _any_damaged(tokens, zipf) in (True, False)
    assert memo_of(zipf, "damage_core")  # filled by the signal, read below
    fresh = Vocabulary.of(["zorb"]).zipf  # a vocabulary of its own: memos of its own, empty
    cores = [*(t.strip(",(.") for t in tokens), "zorb", "tne", "HIe", ""]
    for core in cores:
        expected = damage_kind(core, core, zipf)
        assert core_damage(core, zipf) == expected == core_damage(core, fresh), core
        assert core_damage(core, english_zipf) == damage_kind(core, core, english_zipf)


def test_the_ocr_models_lists_are_the_tables_words_that_common() -> None:
    # Both read look_alikes' cached list now; before, each picked its words out of the table.
    table = _table()
    for listed, floor in (
        (ocr_token_model._listed_words(), ocr_token_model.NEIGHBOUR_ZIPF),
        (ocr_channel.common_words(), ocr_channel.MIN_TARGET_ZIPF),
    ):
        least = round(floor * 100)
        built = {w for w, v in zip(table.words(), table.values, strict=True) if v >= least}
        assert listed == built


def test_a_documents_frequencies_are_looked_up_once_per_vocabulary() -> None:
    doc = Document("The cat sat.")
    vocabulary = Vocabulary.of(["zorb"])
    zipfs = doc.zipfs(vocabulary)
    assert zipfs["cat"] > 0
    assert doc.zipfs(vocabulary) is zipfs and doc.zipfs(Vocabulary.of(["zorb"])) is zipfs
    assert doc.zipfs(Vocabulary()) is not zipfs
