"""The token model's gate route (`OcrSignal.misread_scanned`): a short, lightly damaged scan
whose only damage is two listed words a glyph confusion away from commoner ones ("io", "thia")
opens the OCR word checks that weigh such words and the check of shapes print never sets; one
such word, a typist's slips, or a long page do not (own text)."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules
from newslint.signals import DEFAULT_GATE, MAX_SURE_WORDS, ocr_signal

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
    assert signal.misread == 2 and signal.misread_scanned
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
    signal = ocr_signal(ONE_READING)
    assert signal.misread == 1 and not signal.misread_scanned
    assert ocr_findings(ONE_READING) == []


def test_a_typists_slips_are_no_glyph_readings() -> None:
    signal = ocr_signal(TYPED)
    assert signal.misread == 0 and not signal.misread_scanned
    assert not any(word in {"too", "teh", "boaard"} for _, word in ocr_findings(TYPED))


def test_readings_spread_thinner_than_one_in_150_words_do_not_open_it() -> None:
    padded = SCAN + " " + OPENING + CLOSING * 2
    signal = ocr_signal(padded)
    assert signal.words > 300 and signal.misread == 2
    assert not signal.misread_scanned


def test_a_long_page_is_not_searched() -> None:
    long_page = SCAN + " " + OPENING * (MAX_SURE_WORDS // 60)
    signal = ocr_signal(long_page)
    assert signal.words > MAX_SURE_WORDS
    assert signal.misread == 0
