"""structure.near-repeat: a copy printed again with words left out, found by its words in order."""

from __future__ import annotations

from random import Random

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.checks import near_repeat
from newslint.checks.near_repeat import _near, _tokens, near_copies
from newslint.document import Document

from .conftest import examples


def _copies(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in near_copies(Document.from_raw(text), 8)]


def test_a_caption_repeating_the_lead_without_a_clause_is_reported():
    text = (
        "Residents of Komani (formerly Queenstown) shut down the town centre on Thursday over the power cuts.\n\n"
        "Residents of Komani shut down the town centre on Thursday.\n\n"
        "They want the municipality dissolved.\n"
    )
    assert _copies(text) == ["Residents of Komani shut down the town centre on Thursday."]


def test_a_headline_printed_again_after_a_stamp_glued_to_its_first_copy():
    text = (
        "27 Sep 2020 Oil minister calls for total shift to clean fuels in tourist cities\n\n"
        "By News Desk\n"
        "Oil minister calls for total shift to clean fuels in tourist cities\n\n"
        "New Delhi, Sep 27: The minister spoke on Sunday.\n"
    )
    assert _copies(text) == ["Oil minister calls for total shift to clean fuels in tourist cities"]


def test_a_paraphrase_or_a_longer_later_copy_is_left_alone():
    # A headline and the lead that tells it with a word changed.
    assert not _copies(
        "President announces recipients of the Medal of Freedom\n\n"
        "WASHINGTON – Today the President named seventeen recipients of the Medal of Freedom.\n"
    )
    # Two items of minutes differ by a word.
    assert not _copies(
        "The minutes of the special meeting held on 25 July were approved and signed.\n"
        "The minutes of the last ordinary meeting held on 25 July were approved and signed.\n"
    )
    # A standfirst the story then tells in full.
    assert not _copies(
        "Egypt, the US and Qatar have mediated the ceasefire talks in Gaza for months\n\n"
        "Egypt, the US and Qatar have mediated the ceasefire talks in Gaza for months, including a plan for the release of hostages.\n"
    )
    # The subject spelt out is a headline repeating its lead, not a paste.
    assert not _near(
        _tokens("Anil Kapoor said Amitabh Bachchan told him not to take a break"),
        _tokens("Actor Anil Kapoor said Amitabh Bachchan told him not to take a break"),
    )


def test_a_teaser_cut_off_with_an_ellipsis_is_the_teaser_rules():
    text = (
        "OTTAWA, Oct. 30 - The Prime Minister today issued the following statement on the vote in Manitoba and...\n\n"
        "OTTAWA, Oct. 30 - The Prime Minister today issued the following statement on the vote.\n"
    )
    assert not _copies(text)


def test_words_are_folded_for_case_and_apostrophes():
    assert _tokens("Gov't to Scrap RED tape") == ["govt", "to", "scrap", "red", "tape"]


def test_a_long_line_of_repeated_sentences_holds_no_near_copy():
    # Its time is benchmarks/adversarial.py's sentence-line shape (no timed unit tests).
    sentence = "The council approved the harbour plan after a long debate on Monday evening. "
    found = list(near_copies(Document.from_raw(sentence * 7000), 8))  # 0.5 MB on one line
    assert not found  # copies equal word for word are the other rules'


def _reference_copies(doc: Document, min_words: int) -> list[tuple[int, int, int]]:
    """`near_copies` as first written: every shingle's earlier units walked back from the
    latest, each shingle sliced anew (the check now skips a shingle last seen too far back)."""
    units = near_repeat._units(doc, min_words)
    by_shingle: dict[tuple[str, ...], list[int]] = {}
    reported: set[int] = set()
    found = []
    for index, (start, end, words) in enumerate(units):
        candidates: dict[int, int] = {}
        for i in range(len(words) - near_repeat.SHINGLE + 1):
            for other in reversed(by_shingle.get(tuple(words[i : i + near_repeat.SHINGLE]), ())):
                if start - units[other][0] > near_repeat.NEAR_CHARS:
                    break
                candidates[other] = candidates.get(other, 0) + 1
        for other, shared in candidates.items():
            o_start, o_end, o_words = units[other]
            if shared < 2 or o_end > start:
                continue
            if len(o_words) <= len(words) or not set(words) <= set(o_words):
                continue
            if not _near(words, o_words) or near_repeat._CUT.search(doc.text, o_start, o_end):
                continue
            if start not in reported:
                reported.add(start)
                found.append((start, end, o_start))
        for i in range(len(words) - near_repeat.SHINGLE + 1):
            by_shingle.setdefault(tuple(words[i : i + near_repeat.SHINGLE]), []).append(index)
    return found


WORDS = "the council said it would vote on the budget Gov't O'Brien’s ferry late again 12".split()


@settings(max_examples=examples(300), deadline=None)
@given(
    st.lists(
        st.tuples(st.lists(st.sampled_from(WORDS), min_size=3, max_size=14), st.integers(0, 5)),
        min_size=1,
        max_size=5,
    ),
    st.randoms(use_true_random=False),
    st.sampled_from(["\n", " ", "\n\n"]),
    st.integers(3, 8),
)
def test_the_copies_are_those_the_plain_walk_over_every_shingle_finds(
    bases: list[tuple[list[str], int]], rng: Random, joiner: str, min_words: int
) -> None:
    units = []
    for base, copies in bases:
        for _ in range(copies + 1):  # copies of a unit with words added or left out
            words = list(base)
            for _ in range(rng.randint(0, 4)):
                words.insert(rng.randint(0, len(words)), rng.choice(WORDS))
            if rng.random() < 0.3:
                del words[rng.randrange(len(words))]
            units.append(" ".join(words) + rng.choice([".", "…", "", "!"]))
    doc = Document.from_raw(joiner.join(units))
    assert list(near_copies(doc, min_words)) == _reference_copies(doc, min_words)


def _units_read_one_by_one(doc: Document, min_words: int) -> list[tuple[int, int, list[str]]]:
    """The units as first read: each line's and sentence's own text tokenised again."""
    spans = {(m.start(), m.end()) for m in near_repeat._LINE.finditer(doc.text)}
    spans.update((s.start, s.end) for s in doc.sentences)
    units = []
    for start, end in sorted(spans):
        if end - start > near_repeat.MAX_WORDS * 20:
            continue
        words = _tokens(doc.text[start:end])
        if min_words <= len(words) <= near_repeat.MAX_WORDS:
            units.append((start, end, words))
    return units


def test_the_units_words_are_read_from_the_documents_runs_as_from_their_own_text():
    # Apostrophes between letters join a word ("Gov't"), and not after a figure or a space;
    # "İ" folds to a letter and a mark, "ͅ" (a mark) to a letter: those pages read each unit.
    pieces = ("Gov", "t", "'", "’", "O", "Brien", "12", "s", " ", " ", " ", "\n", "\n\n", ". ",
              "Mr. ", "…", "the", "council", "VOTE", "Straße", "ß", "-", "“", "x")  # fmt: skip
    rnd = Random(45)
    read = 0
    for _ in range(3_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 60)))
        if rnd.random() < 0.1:
            at = rnd.randint(0, len(text))
            text = text[:at] + rnd.choice(("İ", "ͅ")) + text[at:]
        doc = Document.from_raw(text)
        units = near_repeat._units(doc, 2)
        assert units == _units_read_one_by_one(doc, 2), text
        read += len(units)
    assert read > 5_000
