"""`sentence-case`: a sentence that starts in lower case after a full stop."""

from __future__ import annotations

from .helpers import fixed, make_check, spans


def test_a_lower_case_start_is_capitalised() -> None:
    check = make_check("sentence-case")
    assert fixed(check, "Talks ended. the minister left.") == "Talks ended. The minister left."


def test_addresses_abbreviations_and_sign_offs_are_not_sentences() -> None:
    check = make_check("sentence-case")
    assert spans(check, "See www.example.com. e.g. this.") == []
    assert spans(check, "Three died in the attack. dpa") == []
    assert spans(check, "He sold the iPhone. iPhones sell well.") == []
