"""An archive page that says its text is OCR output ("OCR Text", "Disclaimer: Computer generated
plain text may have errors") needs one damaged token, not a page's worth, to look scanned; a story
about OCR or about machine-written text is not such a page (own texts)."""

from __future__ import annotations

from newslint.ocr_gate import declares_ocr
from newslint.signals import DEFAULT_GATE, ocr_signal

STORY = (
    "The council met on Tuesday to hear the report of the committee on roads, and "
    "the members agreed that the bridge over the river should be repaired before the winter. "
    "The cost was put at two thousand dollars by the engineer, Mr. Hollis, whose survey "
    "was read in full. Tbe mayor thanked him.\n"
)


def test_archive_labels_and_disclaimers_declare_ocr() -> None:
    assert declares_ocr("Parent Issue\nOCR Text\n\nThe council met.")
    assert declares_ocr("Extracted Article Text (OCR)\n\nThe council met.")
    assert declares_ocr("Disclaimer: Computer generated plain text may have errors.\n")
    assert declares_ocr(
        "Note: The text was generated using artificial intelligence so there may be errors."
    )
    # the note of an archive's page on the text it shows, however long
    assert declares_ocr(
        "What follows below is the OCR text of this newspaper page, as the scanner read it in"
        " the year the collection was put online.\n\nThe council met."
    )


def test_stories_about_ocr_do_not_declare_it() -> None:
    assert not declares_ocr("Google adds OCR to its Lens app for phones\n\nThe update ships today.")
    assert not declares_ocr("Researchers said the OCR tool was fast.")
    assert not declares_ocr("Machine-generated text often contains factual errors, they said.")
    assert not declares_ocr(
        "This page explains how OCR works and why archives use it for old print."
    )
    assert not declares_ocr("Below is an example of poor OCR from a digitised newspaper of 1865.")
    # review41: a story's "below" is a preposition, not the note's pointer at the page's text
    assert not declares_ocr(
        "Each volunteer is shown a scanned page with the raw OCR output below it and asked to"
        " correct the errors line by line.\n\nThe project runs until 2026."
    )
    assert declares_ocr("The OCR text of the issue is shown below.\n\nThe council met.")


def test_one_misreading_on_a_declared_page_opens_the_gate() -> None:
    declared = "OCR Text\n\n" + STORY
    assert ocr_signal(declared).looks_scanned(*DEFAULT_GATE)
    assert not ocr_signal(STORY).looks_scanned(*DEFAULT_GATE)
    clean = "OCR Text\n\n" + STORY.replace("Tbe", "The")
    assert not ocr_signal(clean).looks_scanned(*DEFAULT_GATE)


def test_a_long_line_is_read_once() -> None:
    """Read back from a line's end (a greedy run before the words looked for), the regex module
    cost a 640 KB line its length again at each place it tried: 3.3 s for each of the first
    three texts. The fourth's look-ahead from each "OCR text" to the line's end cost more still:
    32 KB of them took 13 s, and a damaged page with a 36 KB such line took newslint 19 s.
    The time is measured by benchmarks/adversarial.py's words-line and ocr-text-line shapes."""
    body = "word other " * 58_000
    texts = ("OCR " + body, body + "\nOCR", "Note: " + body + " generated", "OCR text " * 70_000)
    assert [declares_ocr(text) for text in texts] == [False, True, False, False]


def test_naming_the_ocr_text_and_pointing_at_it_is_either_order() -> None:
    """The two searches made apart answer as the look-aheads they replace did."""
    import random

    import regex

    from newslint.ocr_gate import _POINTER, _names_its_ocr_text

    both = regex.compile(
        rf"\bOCR[- ](?:text|output)\b(?=.*\b{_POINTER})|\b{_POINTER}(?=.*\bOCR[- ](?:text|output)\b)"
    )
    pieces = ("OCR text", "OCR-output", "xOCR text", "this page", "This newspaper page", "below",
              "below is", "Below.", "below it", "word", " ", " ", "\t", ".", ",", "é")  # fmt: skip
    rnd = random.Random(44)
    agreed = 0
    for _ in range(20_000):
        line = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        assert _names_its_ocr_text(line) == (both.search(line) is not None), line
        agreed += _names_its_ocr_text(line)
    assert agreed > 1_000
