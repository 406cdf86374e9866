"""The token model's gate route (`signals.misread_scanned`): a short, lightly damaged scan
whose only damage is two listed words a glyph confusion away from commoner ones ("io", "thia")
opens the OCR word checks that weigh such words and the check of shapes print never sets; one
such word, a typist's slips, or a long page do not; the bound asked first
(`sure_misreadings_at_most`) never falls below the model's count (own text)."""

from __future__ import annotations

from newslint import cased_lexicon
from newslint.document import Document
from newslint.engine import Linter
from newslint.lexicon import Vocabulary
from newslint.lexicon import zipf as english_zipf
from newslint.linters import load_rules
from newslint.ocr_token_model import probability, sure_misreadings, sure_misreadings_at_most
from newslint.ocr_token_model import tokens as model_tokens
from newslint.signals import (
    DEFAULT_GATE,
    MAX_SURE_WORDS,
    misread_scanned,
    ocr_signal,
    sure_readings,
)

OPENING = (
    "The county board met on Monday afternoon in the old hall above the bank, and most of its "
    "members came in from the farms through the snow. The chairman read the letters of the week, "
    "and the clerk gave an account of the money spent on the bridges since the autumn. A petition "
    "was read from the people of the north road, who ask that a new culvert be laid before the "
    "spring floods come down the valley. "
)
CLOSING = (
    "The matter of the poor farm was put over, since two of the members were absent, and the "
    "board heard that the keeper had asked for more coal. The sheriff told the members that the "
    "jail was full and that he had no room for the men sent to him from the towns. "
)
# Two scanner's readings: "io" for "to", "thia" for "this"; nothing else on the page is damaged.
SCAN = (
    OPENING
    + "The board agreed to send its surveyor io look at the place and report at the next meeting. "
    + CLOSING
    + "He asked thia board to consider a new wing, and the board adjourned."
)
ONE_READING = (
    OPENING
    + "The board agreed to send its surveyor io look at the place and report at the next meeting. "
    + CLOSING
    + "He asked this board to consider a new wing, and the board adjourned."
)
# A typist's slips: a doubled letter and swapped keys, no glyph look-alike.
TYPED = (
    OPENING
    + "The board agreed to send its surveyor too look at the place and report at teh meeting. "
    + CLOSING
    + "He asked the boaard to consider a new wing, and the board adjourned."
)


def ocr_findings(text: str) -> list[tuple[str, str]]:
    linter = Linter(load_rules(), select=["ocr"])
    return [(f.rule, text[f.start : f.end]) for f in linter.lint(Document.from_raw(text))]


def test_two_sure_readings_open_the_word_checks_the_counted_damage_leaves_shut() -> None:
    signal = ocr_signal(SCAN)
    assert not signal.looks_scanned(*DEFAULT_GATE)  # no kind of damage the gate counts
    assert sure_readings(SCAN) == 2 and misread_scanned(SCAN)
    found = {word for _, word in ocr_findings(SCAN)}
    assert {"io", "thia"} <= found


def test_a_token_of_a_shape_print_never_sets_is_reported_on_such_a_page_only() -> None:
    odd = "report at the meeting wh;ch follows"
    scan = SCAN.replace("report at the next meeting", odd)
    one_reading = ONE_READING.replace("report at the next meeting", odd)
    assert not ocr_signal(scan).looks_scanned(*DEFAULT_GATE)
    assert ("ocr.odd-shape", "wh;ch") in ocr_findings(scan)
    assert ("ocr.odd-shape", "wh;ch") not in ocr_findings(one_reading)


def test_one_sure_reading_is_not_a_scan() -> None:
    assert sure_readings(ONE_READING) == 1 and not misread_scanned(ONE_READING)
    assert ocr_findings(ONE_READING) == []


def test_a_typists_slips_are_no_glyph_readings() -> None:
    assert sure_readings(TYPED) == 0 and not misread_scanned(TYPED)
    assert not any(word in {"too", "teh", "boaard"} for _, word in ocr_findings(TYPED))


def test_readings_spread_thinner_than_one_in_150_words_do_not_open_it() -> None:
    padded = SCAN + " " + OPENING + CLOSING * 2
    assert ocr_signal(padded).words > 300 and sure_readings(padded) == 2
    assert not misread_scanned(padded)


def test_a_long_page_is_not_searched() -> None:
    long_page = SCAN + " " + OPENING * (MAX_SURE_WORDS // 60)
    assert ocr_signal(long_page).words > MAX_SURE_WORDS
    assert sure_readings(long_page) == 0


def test_the_bound_asked_first_is_never_below_the_models_count() -> None:
    """`misread_scanned` runs the model only where the page's distinct words could give enough
    sure readings: the bound holds under a vocabulary's memo, the bare lookup's and none, for a
    reading that opens a sentence ("Thia"), after a capitalised word, before a full stop and
    beside the commoner word written on the page (which raises a reading's probability), at
    every token's own probability as the floor; a typist's slips bound it below two."""
    has = cased_lexicon.english().has
    opening = SCAN.replace("He asked thia board", "Thia board asked him")
    # A few words each, so that the floor set at a token's own probability counts little else:
    # a capitalised word before the reading, its commoner word written beside it, a full stop.
    pages = (
        "The clerk met Smith thia morning.",
        "He went to the hall to look io it, to be sure.",
        "Thia board met, as io said.",
        SCAN,
        TYPED,
    )
    for zipf in (english_zipf, Vocabulary().zipf, lambda word: english_zipf(word)):
        for text in pages:
            for token in model_tokens(text, zipf, has, 0.0):
                floor = probability(token.features)
                found = sure_misreadings(text, zipf, has, floor)
                assert sure_misreadings_at_most(text, zipf, has, floor) >= found
        assert sure_misreadings(opening, zipf, has) == 2
        assert sure_misreadings_at_most(TYPED, zipf, has) < 2


def test_the_bound_looks_up_a_words_glyph_neighbour_once(monkeypatch) -> None:
    """A rare word not yet judged is told from its glyph neighbour before its edit neighbours
    are looked up; the neighbour found there is the one its evidence keeps, never sought again.
    The bound is what it was: under a fresh vocabulary's memo and without one."""
    import newslint.ocr_token_model as model

    has = cased_lexicon.english().has
    expected = {name: sure_misreadings_at_most(SCAN, zipf, has) for name, zipf in _fresh_lookups()}
    asked: list[str] = []
    found = model._best_glyph_neighbour

    def counted(word: str, zipf: object) -> tuple[float, str]:
        asked.append(word)
        return found(word, zipf)  # type: ignore[arg-type]

    monkeypatch.setattr(model, "_best_glyph_neighbour", counted)
    for name, zipf in _fresh_lookups():
        asked.clear()
        assert sure_misreadings_at_most(SCAN, zipf, has) == expected[name]
        assert "thia" in asked and len(asked) == len(set(asked)), name


def _fresh_lookups() -> list[tuple[str, object]]:
    """A fresh vocabulary (its memo empty) and a lookup with no memo at all."""
    return [("vocabulary", Vocabulary().zipf), ("no memo", lambda word: english_zipf(word))]
