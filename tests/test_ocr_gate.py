"""The scan model: a short text with a scan's kinds of damage opens the OCR gate; a short text
with a typist's or a specialist's odd words, or a long one with the same damage, does not."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules
from newslint.ocr_gate import SCAN_MODEL, ScanModel, dated_before, features
from newslint.signals import ocr_signal

# One sentence of a scanned police report: a misread word and a full stop a speck left after "the"
# (two damaged tokens: the hand-set gate asks for three).
SCANNED_SENTENCE = (
    "The constable said he found the prisoeer near the. brewery at four o'clock, "
    "and took him to the station."
)
# The same sentence with only the misread word: a typist's slip as often as a scanner's.
ONE_SLIP = (
    "The constable said he found the prisoeer near the brewery at four o'clock, "
    "and took him to the station."
)
# Two words no list has, of one kind, in a specialist's sentence.
SPECIALIST = "The clinic reported hypoproteinemia and hyperlipemia in the two patients on Tuesday."
FILLER = (
    "The council met on Tuesday and agreed the budget for the coming year after a long debate "
    "about roads, schools and the harbour, which the mayor said would be dredged in spring. "
)


def ocr_findings(text: str) -> list[tuple[str, str]]:
    linter = Linter(load_rules(), select=["ocr"])
    return [(f.rule, text[f.start : f.end]) for f in linter.lint(Document.from_raw(text))]


def test_a_scanned_sentence_opens_the_gate_the_hand_set_count_leaves_shut() -> None:
    signal = ocr_signal(SCANNED_SENTENCE)
    assert signal.marks < 3  # the hand-set gate alone stays shut
    assert signal.looks_scanned(0.015, 3)
    assert ("ocr.non-word", "prisoeer") in ocr_findings(SCANNED_SENTENCE)


def test_one_slip_or_a_specialists_words_do_not_open_it() -> None:
    words_misread_elsewhere = "The vote ended in a tie; an arc of light rose over the sea."
    for text in (ONE_SLIP, SPECIALIST, words_misread_elsewhere):
        assert not ocr_signal(text).looks_scanned(0.015, 3)
        assert ocr_findings(text) == []


def test_a_long_text_with_the_same_damage_is_left_to_the_hand_set_gate() -> None:
    text = FILLER * 12 + SCANNED_SENTENCE
    signal = ocr_signal(text)
    assert signal.words > SCAN_MODEL.max_words
    assert SCAN_MODEL.score(signal.counts, signal.words, signal.dated) < SCAN_MODEL.threshold
    assert not signal.looks_scanned(0.015, 3)


def test_a_text_dated_only_before_1960_needs_less_evidence() -> None:
    assert dated_before("Brooklyn, Monday, March 14, 1932. Page 17")
    assert not dated_before("From 1932 to 2021 the paper was printed in Brooklyn.")
    assert not dated_before("No year is named here, only 12,500 votes and $1,900.")
    early = "MARCH 14, 1932. The constable found the prisoeer near the brewery, and e fire began."
    late = "MARCH 14, 2022. The constable found the prisoeer near the brewery, and e fire began."
    assert ocr_signal(early).looks_scanned(0.015, 3)
    assert not ocr_signal(late).looks_scanned(0.015, 3)


def test_the_model_is_the_object_passed() -> None:
    signal = ocr_signal(SCANNED_SENTENCE)
    never = ScanModel(
        weights=SCAN_MODEL.weights, bias=SCAN_MODEL.bias, threshold=1e9, max_words=262
    )
    assert not signal.looks_scanned(0.015, 3, model=never)
    assert len(features(signal.counts, signal.words, signal.dated)) == len(SCAN_MODEL.weights)


def test_a_word_misreading_beside_a_spaced_mark_is_a_typists_text() -> None:
    # "en masse" / "en route" read as a misread "on", beside a comma a typist spaced or a
    # question mark French spaces: two of the model's kinds, no scan's damage.
    briefs = (
        "Delegates walk out\n\nThe delegates left en masse on Friday , after the chairman "
        "refused to hear the motion. Talks resume next week.\n",
        "Team bus delayed\n\nThe team bus was en route to the stadium when it broke down ; the "
        "match kicked off an hour late.\n",
        'Mayor keeps the lanes\n\n"Et pourquoi pas ? dit-elle en riant," the paper wrote of the '
        "mayor, whose lanes opened in 1911 as bridle paths.\n",
    )
    for text in briefs:
        assert not ocr_signal(text).looks_scanned(0.015, 3), text
        assert ocr_findings(text) == []


def test_a_word_misreading_still_counts_beside_a_scanners_damage() -> None:
    # The misread "arc" beside a full stop a speck left after "the": both a scan's.
    text = "The constable said the men arc near the. brewery and will be taken to the station."
    signal = ocr_signal(text)
    misread = features(signal.counts, signal.words, signal.dated)[1]
    assert misread == 1.0 and signal.looks_scanned(0.015, 3)


def test_one_kind_of_damage_a_typist_or_a_program_leaves_is_not_a_scan() -> None:
    # Symbols inside words, and nothing else: a tech brief's Windows paths, a mail merge's
    # placeholders, an abstract's LaTeX accents. The hand-set gate asks for more than one kind
    # of a typist's damage; the model weighed three such tokens alone as a scan.
    briefs = (
        "Patch fixes Windows flaw\n\nThe update removes C:\\Windows\\Temp\\setup.dll and resets "
        "C:\\Users\\Public\\Documents, the company said. Users of C:\\Program Files\\Acme should "
        "restart.\n",
        'Template bug hits mailings\n\nCustomers received letters opening "Dear {first}{last}" '
        "and signed {sender|name}, the bank said.\n",
    )
    for text in briefs:
        signal = ocr_signal(text)
        assert signal.kinds == 1 and signal.typed_like
        assert not signal.looks_scanned(0.015, 3), text
        assert ocr_findings(text) == []
