"""`legacy-mojibake`: another script's legacy encoding read as Latin-1 or Windows-1252."""

from __future__ import annotations

import pytest

from .helpers import make_check, run, spans


@pytest.mark.parametrize(
    ("original", "encoding"),
    [
        ("Москва заявила", "cp1251"),
        ("Москва заявила", "koi8_r"),
        ("中华人民共和国外交部发言人表示", "gbk"),
        ("日本語のテキストです", "shift_jis"),
        ("한국어 뉴스 기사입니다", "euc_kr"),
    ],
)
def test_a_legacy_encoding_read_as_latin_1_is_reported_with_the_text_it_holds(
    original: str, encoding: str
) -> None:
    garbled = original.encode(encoding).decode("cp1252", errors="strict")
    text = f"The ministry said {garbled} on Monday."
    findings = run(make_check("legacy-mojibake"), text)
    assert [text[f.start : f.end] for f in findings] == [garbled]
    assert findings[0].suggestions == (original,)


def test_accented_words_and_utf8_mojibake_are_not_read_as_a_legacy_encoding() -> None:
    check = make_check("legacy-mojibake")
    text = (
        "The Zürich café served an été menu under the Ça ira banner in Åre and Þórshöfn; "
        "Ð¿Ñ€Ð¸Ð²ÐµÑ‚ is UTF-8 read wrongly, ¿Qué? is Spanish, and ÀÉÎ alone is nothing."
    )
    assert spans(check, text) == []
