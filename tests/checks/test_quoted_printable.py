"""quoted_printable: one-byte quoted-printable escapes left in text. Texts written for the test."""

from __future__ import annotations

from newslint.checks.quoted_printable import one_byte_escapes


def _escapes(text: str) -> list[tuple[str, str]]:
    return [(text[start:end], character) for start, end, character in one_byte_escapes(text)]


def test_an_undecoded_mail_body_has_its_escapes_read() -> None:
    text = "The councils and=20\nnonprofits sued; Don't=20\nblame the FCC=92s order.\n"
    assert _escapes(text) == [("=20", " "), ("=20", " "), ("=92", "’")]


def test_a_formula_an_address_and_utf8_sequences_are_not_read() -> None:
    # One escape-like byte is a formula's; addresses and UTF-8 runs are other checks' or none.
    assert _escapes("The formula x=92 holds, and the total=20\nwas checked.\n") == []
    text = "See http://example.org/?a=92b and caf=C3=A9 and mail q=92@example.org today.\n"
    assert _escapes(text) == []
