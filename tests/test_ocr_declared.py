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
