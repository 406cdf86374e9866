"""`codepage-mojibake`: UTF-8 read through the code page of another script."""

from __future__ import annotations

import pytest

from .helpers import make_check, run, spans

ORIGINAL = "Under § 12, China’s café said “no” in 2010–2011 — and Zürich agreed…"


@pytest.mark.parametrize(
    "code_page", ["cp1251", "cp1253", "cp1256", "cp1257", "mac_roman", "cp437", "cp850", "koi8_r"]
)
def test_each_run_decodes_back_to_the_original(code_page: str) -> None:
    # Damage my own sentence the way a reader with the wrong code page does; characters the
    # code page cannot show are dropped, as a lenient decoder drops them.
    damaged = ORIGINAL.encode("utf-8").decode(code_page, errors="ignore")
    findings = run(make_check("codepage-mojibake"), damaged)
    assert findings
    repaired = damaged
    for found in sorted(findings, key=lambda f: -f.start):
        repaired = repaired[: found.start] + found.suggestions[0] + repaired[found.end :]
    restored = [word for word in repaired.split() if word in ORIGINAL.split()]
    assert len(restored) > len([word for word in damaged.split() if word in ORIGINAL.split()])


def test_real_words_of_other_scripts_and_latin_1_mojibake_are_not_read() -> None:
    text = "Москва, Αθήνα, ירושלים, القاهرة and กรุงเทพ met; 北京 too; the cafÃ© and donâ€™t."
    assert spans(make_check("codepage-mojibake"), text) == []
