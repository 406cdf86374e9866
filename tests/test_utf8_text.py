"""`utf8_readable` (`newslint.utf8_text`): what RE2 is handed keeps every offset. Texts written
for the tests."""

from __future__ import annotations

from newslint.utf8_text import utf8_readable


def test_a_lone_surrogate_becomes_one_replacement_character_in_place() -> None:
    text = "Delve \ud800into the tapestry."
    readable = utf8_readable(text)
    assert readable == "Delve \ufffdinto the tapestry."
    assert len(readable) == len(text)
    readable.encode()  # UTF-8 takes it now


def test_text_utf8_already_carries_is_returned_as_it_is() -> None:
    for text in ("plain ASCII copy", "café – “quoted”", ""):
        assert utf8_readable(text) is text
