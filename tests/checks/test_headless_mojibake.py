"""`headless-mojibake`: Windows-1252 mojibake of a mark whose lead byte was lost."""

from __future__ import annotations

from .helpers import make_check, run, spans

ORIGINAL = "The council’s “plan” — its chief said — is done… and Brand™ agreed."


def test_each_mark_that_lost_its_lead_byte_is_found_with_its_mark() -> None:
    # Damage my own sentence: UTF-8 read as Windows-1252, then every "â" (or every "€") dropped.
    read = ORIGINAL.encode("utf-8").decode("cp1252", errors="ignore")
    for damaged in (read.replace("â", ""), read.replace("€", "")):
        findings = run(make_check("headless-mojibake"), damaged)
        assert {f.suggestions[0] for f in findings} >= {"’", "“", "—", "…"}


def test_whole_mojibake_is_left_to_the_mojibake_rule() -> None:
    read = ORIGINAL.encode("utf-8").decode("cp1252", errors="ignore")
    assert spans(make_check("headless-mojibake"), read) == []


def test_prices_and_quoted_euro_signs_are_not_read() -> None:
    text = "It cost 5€, then €10; the €–£ rate, “5€”, 5€–10€, 12bn€ and € ™ held; „Zeit“ and „Welt“ agreed."
    assert spans(make_check("headless-mojibake"), text) == []
