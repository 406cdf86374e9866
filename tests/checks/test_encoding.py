"""`encoding`: mojibake, look-alike letters from other scripts, HTML entities and escapes."""

from __future__ import annotations

import pytest

from newslint.document import Document

from .helpers import fixed, make_check, spans


@pytest.mark.parametrize(
    ("detect", "text", "repaired"),
    [
        ("mojibake", "The minister said itâ€™s over.", "The minister said it’s over."),
        ("mojibake", "The Acmeâ„¢ line sold out.", "The Acme™ line sold out."),
        ("mixed-script", "The Рresident spoke.", "The President spoke."),  # Cyrillic Р
        ("html-entity", "Tom &amp; Jerry met.", "Tom & Jerry met."),
        ("escape", "He said \\u2019no\\u2019 twice.", "He said ’no’ twice."),
        ("escape", "It isn%E2%80%99t the caf%C3%A9.", "It isn’t the café."),
        ("escape", "It isn\\xe2\\x80\\x99t the caf=C3=A9.", "It isn’t the café."),
    ],
)
def test_each_detector_repairs_its_damage(detect: str, text: str, repaired: str) -> None:
    check = make_check("encoding", detect=detect)
    assert fixed(check, text) == repaired
    assert spans(check, repaired) == []


@pytest.mark.parametrize(
    ("detect", "text"),
    [
        ("mojibake", "The café in Zürich is open."),
        ("mixed-script", "Путин и Зеленский; Athens and Αθήνα."),
        ("html-entity", "Tom & Jerry met at AT&T."),
        (
            "escape",
            "See https://x.org/caf%C3%A9, www.x.org/Z%C3%BCrich, a=C3 b and 50%E2 of it.",
        ),
    ],
)
def test_legitimate_text_is_left_alone(detect: str, text: str) -> None:
    assert spans(make_check("encoding", detect=detect), text) == []


def test_a_latex_accent_is_repaired_as_its_letter_not_as_an_escaped_quote() -> None:
    # An abstract pasted from LaTeX source: the escaped-quote repair made "Schr"odinger" and
    # "Andr'e" of it, a second damage harder to undo than the first.
    check = make_check("encoding", detect="escape")
    text = 'Schr\\"odinger and J\\"urgen M\\"uller; Andr\\\'e said "we don\\\'t know".'
    found = list(check.run(Document(text)))
    safe = [f for f in found if f.fix and f.fix.applicability == "safe"]
    repaired = {text[f.start : f.end]: f.fix.edits[0].replacement for f in safe if f.fix}
    assert repaired == {'\\"o': "ö", '\\"u': "ü", "\\'": "'"}
    acute = [f for f in found if text[f.start : f.end] == "\\'e"]
    assert [(f.fix.applicability, f.suggestions) for f in acute if f.fix] == [
        ("unsafe", ("é", "'e"))
    ]
