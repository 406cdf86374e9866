"""`Document.names`: the runs as the name checks read them, cut once per document (issue 15)."""

from __future__ import annotations

import random

from newslint.document import Document
from newslint.name_contexts import NAME
from newslint.tokens import is_capital_run, is_lower_run


def _mentions_by_pattern(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in NAME.finditer(text)]


def test_mentions_are_the_name_patterns_matches() -> None:
    text = (
        "Abdel-Fattah el-Sisi met O'Brien and Zelensky in Kyiv's ex-Soviet hall.\n"
        "Jean-Claude Van-Damme-Smith, Erdoğan, ÉLAN and Mc1 stayed; Ab-cd and Xy-Zw-Q left."
    )
    doc = Document.from_raw(text)
    found = doc.names.mentions
    assert found == _mentions_by_pattern(text)
    written = [name for *_, name in found]
    assert "Abdel-Fattah" in written  # two capital runs joined by a hyphen: one mention
    assert "Jean-Claude" in written
    assert "Brien" not in written  # after an apostrophe
    assert "Soviet" not in written  # after a compound's hyphen
    assert "Van" not in written and "Damme" not in written  # a hyphen after the second run
    assert "Erdoğan" in written
    assert "Ab" not in written  # a hyphen joining no second capital run


def test_mentions_agree_with_the_pattern_on_random_text() -> None:
    rng = random.Random(15)
    pieces = [*"AaBb-'’ .\n1", "Éé", "ǅ", "ß", "İ", "Abc", "Def", "-Ghi", "o'", "Ĳ"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        assert Document.from_raw(text).names.mentions == _mentions_by_pattern(text), text


def test_spellings_and_case_classes_are_read_once_from_the_runs() -> None:
    doc = Document.from_raw("The state House met. State House staff, the house, x2 and Éric.")
    names = doc.names
    assert names.texts == {r.text for r in doc.runs}
    assert names.capital == {"The", "House", "State", "Éric"}
    assert names.lower == {"state", "met", "staff", "the", "house", "and"}
    assert doc.names is names  # built once per document


def test_case_classes_are_the_token_predicates() -> None:
    rng = random.Random(40)
    letters = [*"aAzZ1", "é", "É", "ß", "ǅ", "İ", "ı", "ﬁ", "Ω", "ω", "ª", "_"]
    words = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 5))) for _ in range(4000)}
    doc = Document.from_raw(" ".join(sorted(words)))
    texts = doc.names.texts
    assert doc.names.lower == {t for t in texts if is_lower_run(t)}
    assert doc.names.capital == {t for t in texts if is_capital_run(t)}
    assert doc.names.lower and doc.names.capital
