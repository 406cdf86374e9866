"""A one-sentence paragraph of prose whose full stop was dropped, and the lines without one that
are no sentences: headlines, list items, captions, hard-wrapped lines (texts written here)."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter

_RULE = "typography.sentence-paragraph-without-full-stop"
_BEFORE = "The ferry left Kiel at dawn with forty passengers and two lorries on board.\n\n"
_AFTER = "\n\nThe ferry docked at noon, an hour late.\n"


def _words(linter: Linter, text: str) -> list[str]:
    found = linter.lint(Document.from_raw(text))
    return [text[f.start : f.end] for f in found if f.rule == _RULE]


def test_a_prose_sentence_without_its_stop_between_paragraphs_is_reported(
    linter: Linter,
) -> None:
    line = (
        "In the captain's view, the new harbour lights improve safety for the crews and save "
        "fuel every winter"
    )
    assert _words(linter, _BEFORE + line + _AFTER) == ["winter"]


def test_headlines_list_items_and_run_on_lines_stay_silent(linter: Linter) -> None:
    lines = [
        "Passengers stranded, crews idle as storm shuts every harbour on the northern coast",
        "- new lights for the harbour, the quay and the two ferry ramps at the north end of town",
        "Captain Lena Holm, left, and the crew of the ferry wait on the quay at Kiel in the rain",
    ]
    for line in lines:
        assert _words(linter, _BEFORE + line + _AFTER) == [], line
    headline = (
        "After two storms, the harbour of Kiel honored for its courage at the northern maritime "
        "awards\n\nFriday, July 3, 2026\n\n"
    )
    assert _words(linter, _BEFORE + headline + "The crews of the ferries were thanked.\n") == []
    wrapped = (
        "The ferry left Kiel at dawn with forty passengers and two lorries\n"
        "on board. In the captain's view, the new harbour lights improve safety for the crews\n"
        "Port officials said the lights cost less than expected.\n"
        "The crews said the lights were brighter and\nclearer than before.\n"
    )
    assert _words(linter, wrapped) == []


def test_the_last_line_of_a_text_is_not_judged(linter: Linter) -> None:
    line = (
        "In the captain's view, the new harbour lights improve safety for the crews and save fuel"
    )
    assert _words(linter, _BEFORE + line + "\n") == []


def test_a_page_that_dropped_every_full_stop_is_reported_line_by_line(linter: Linter) -> None:
    lines = [
        "The harbour master said the ferry would be late because of the storm over the bay",
        "It was also reported that two of the crew had been taken to the hospital in town",
        "Thus the port authority asked all boats to stay in the harbour until the evening",
    ]
    text = _BEFORE + "\n\n".join(lines) + _AFTER
    assert _words(linter, text) == ["bay", "town", "evening"]


def test_a_deck_under_a_headline_stays_silent(linter: Linter) -> None:
    text = (
        "Storm closes every harbour on the northern coast as ferries wait for the wind to drop\n\n"
        "The harbour master said the ferry would be late because of the storm over the bay\n\n"
        "KIEL, July 3: The ferry left Kiel at dawn with forty passengers on board, officials said.\n"
    )
    assert _words(linter, text) == []
