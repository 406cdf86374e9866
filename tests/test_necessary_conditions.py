"""Necessary conditions (`newslint.necessary`, issue 15): every check that declares one finds
something only in documents that satisfy it. Each declared check is run ungated over every rule's
examples, mutations of them and texts drawn from pieces written here, and each document it finds
something in must satisfy its condition; gated and ungated linters must then report the same."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.checks import Check
from newslint.document import Document
from newslint.engine import Linter
from newslint.necessary import DocumentFeature, Necessary

from .conftest import examples
from .gate_linters import artifact_rules, gated_and_ungated

# The rules that declare a necessary condition: a kind that declares one, or drops one, changes
# this list on purpose. Pattern rules declare the literals their patterns need, read off the
# patterns themselves: tests/test_literals.py holds them to it.
DECLARED = {
    "consistency.compound-joining",
    "encoding.spaced-apostrophe",
    "llm.generated-page",
    "llm.reasoning-trace",
    "llm.source-talk",
    "ocr.broken-figure",
    "ocr.digit-glued",
    "ocr.drop-capital",
    "ocr.mark-on-word",
    "ocr.running-head-inline",
    "ocr.running-quote",
    "ocr.split-attested-word",
    "structure.lowercase-in-name",
    "structure.missing-sentence-break",
    "structure.repeated-headline-inside",
    "structure.repeated-line",
}


@cache
def _declared() -> tuple[tuple[Check, Necessary], ...]:
    found = []
    for check in gated_and_ungated()[1].checks:
        necessary = check.necessary() if check.rule.kind != "pattern" else None
        if necessary is not None:
            found.append((check, necessary))
    return tuple(found)


@cache
def _example_texts() -> tuple[str, ...]:
    return tuple(sorted({e.text for rule in artifact_rules() for e in rule.examples}))


def _mutations(text: str) -> Iterator[str]:
    """The text as scans, scrapers and careless typists reshape it: case changed, lines joined
    or broken, marks dropped or doubled, figures and quotation marks moved."""
    yield text
    yield text.upper()
    yield text.lower()
    yield text.replace("\n", " ")
    yield text.replace(". ", ".\n")
    yield text.replace(", ", ",\n")
    yield text.replace(".", "")
    yield text.replace(" ", "  ")
    yield text.replace("’", "'").replace("“", '"').replace("”", '"')
    yield text.replace(",", ", ")
    yield f"{text}\n\n{text}"
    words = text.split(" ")
    yield " ".join(w.upper() if i % 3 == 1 else w for i, w in enumerate(words))
    yield " ".join(w[1:] if i % 4 == 2 and w[:1].isupper() else w for i, w in enumerate(words))
    yield " ".join(f"{w}{i % 7}" if i % 5 == 3 else w for i, w in enumerate(words))


def _assert_holds(check: Check, necessary: Necessary, text: str) -> int:
    doc = Document(text)
    found = list(check.run(doc))
    if found:
        assert necessary.holds(Document(text)), (check.rule.id, text)
    return len(found)


def test_the_declared_rules_are_these() -> None:
    assert {check.rule.id for check, _ in _declared()} == DECLARED


@pytest.mark.parametrize("rule_id", sorted(DECLARED))
def test_the_rules_own_bad_examples_fire_and_satisfy_the_condition(rule_id: str) -> None:
    check, necessary = next((c, n) for c, n in _declared() if c.rule.id == rule_id)
    own = [e.text for e in check.rule.examples if e.bad]
    # So that the tests below are not vacuous for this rule.
    assert own and all(_assert_holds(check, necessary, text) for text in own), rule_id


def test_every_finding_on_the_examples_and_their_mutations_satisfies_the_condition() -> None:
    # Text by text, so that what the checks share for a text (the OCR signal) is worked out once.
    fired = 0
    for text in _example_texts():
        for mutated in _mutations(text):
            fired += sum(_assert_holds(c, n, mutated) for c, n in _declared())
    assert fired


# Words, figures and marks written here that the declared checks look for or come close to.
PIECES = [
    "The", "council", "said", "it would appear that", "CARDIFF RURAL SANITARY DISTRICTS.",
    "NEWS SUMMARY.", "BBC NEWS", "OTICE is hereby given", "MERICAN GIRL", "HOPETOUN,", "Office4",
    "Section1", "CIA5", "Ar15", "$900, 000", "170,\n000", "23.000 teachers", "2.125 inches",
    " .apostle", "..are", "_There", "•Give", "those -which were", "principal.,", "kThey", "iPhone",
    "the Government \" Gazette,", '"Native Game"', "“", "”", '"', "Bank of england Limited",
    "Minister for foreign Affairs", "Kenya’s Ministry public Health", "in Cape Town", "of", "for",
    "Mr.", "Mrs. Hibbert", "tbe", "tliat", "arc", "2oth", "Advertisement\n", "\nSHARE THIS\n",
    "Harbour café reopens\n", "\nHarbour cafÃ© reopens", "Harbour Cafe Reopens!\n", "(Laughter.)\n",
    "Speaker A:", "his tory", "History", "Sacra mento", "SACRAMENTO", "every one", "everyone",
    "con-\nference", "conference", "\nHarbour board opens a second ferry route\n",
    "\nHARBOUR BOARD OPENS A SECOND FERRY ROUTE. The board said", "Hanoi (VNA) - Harbour board opens",
    "a second ferry route to the islands", "\nSeminar on ferry routes opens in Hanoi\n", "\n", "\n\n", ",", ".", " ",
]  # fmt: skip
EXAMPLES = st.deferred(lambda: st.sampled_from(_example_texts()))
TEXTS = st.lists(st.one_of(st.sampled_from(PIECES), EXAMPLES), max_size=12).map(" ".join)


@settings(max_examples=examples(150), deadline=None)
@given(TEXTS)
def test_a_declared_check_finds_nothing_where_its_condition_fails(text: str) -> None:
    for check, necessary in _declared():
        if not necessary.holds(Document(text)):
            assert not list(check.run(Document(text))), (check.rule.id, text)


@settings(max_examples=examples(40), deadline=None)
@given(TEXTS)
def test_gated_and_ungated_linters_report_the_same(text: str) -> None:
    gated, ungated = gated_and_ungated()
    assert gated.lint(Document(text)) == ungated.lint(Document(text))


def test_the_engine_tests_literal_and_feature_members_itself(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`contains` and `feature` are tested by the engine just before the check would run, the
    literal first; a linter built ungated tests neither."""
    from newslint.checks import name_case

    asked: list[str] = []
    ran: list[str] = []

    def feature(doc: Document) -> bool:
        asked.append(doc.text)
        return "board" in doc.word_counts

    def run(self: Check, doc: Document) -> list:
        ran.append(doc.text)
        return []

    declared = Necessary(contains=("harbour",), feature=DocumentFeature("board", feature))
    monkeypatch.setattr(name_case.NameCaseCheck, "necessary", lambda self: declared)
    monkeypatch.setattr(name_case.NameCaseCheck, "run", run)
    rule = next(r for r in artifact_rules() if r.id == "structure.lowercase-in-name")
    texts = ("The harbour board met.", "The harbour met.", "The board met.")
    for text in texts:
        Linter([rule], gate_after=0).lint(Document(text))
    assert ran == ["The harbour board met."]
    assert asked == ["The harbour board met.", "The harbour met."]
    ran.clear()
    for text in texts:
        Linter([rule], gated=False).lint(Document(text))
    assert ran == list(texts)


@settings(max_examples=examples(300), deadline=None)
@given(st.text(alphabet=st.sampled_from("Ab z9.,’“”—\u00a0\u2009…-é\t"), max_size=40))
def test_a_folded_ascii_line_keys_as_normalise_does(line: str) -> None:
    # `may_hold_fragments` keys such a line without calling `normalise`.
    from newslint.checks.repetition import MARKS_FOLDED, normalise

    folded = line.translate(MARKS_FOLDED)
    if folded.isascii():
        assert " ".join(folded.split()) == normalise(line)


def test_a_feature_is_not_tested_on_a_long_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """A document longer than the feature's `longest` is taken to hold it: the check runs."""
    from newslint.checks import name_case

    ran: list[int] = []

    def run(self: Check, doc: Document) -> list:
        ran.append(len(doc.text))
        return []

    never = DocumentFeature("never", lambda doc: False, longest=1_000)
    monkeypatch.setattr(name_case.NameCaseCheck, "necessary", lambda self: Necessary(feature=never))
    monkeypatch.setattr(name_case.NameCaseCheck, "run", run)
    rule = next(r for r in artifact_rules() if r.id == "structure.lowercase-in-name")
    linter = Linter([rule], gate_after=0)
    short, long = "The board met.", "The harbour board met on Monday. " * 40
    linter.lint(Document(short))
    linter.lint(Document(long))
    assert ran == [len(long)]
    assert not never.test(Document(long)) and not Necessary(feature=never).holds(Document(long))


def _inside_another_line(text: str, least: int) -> bool:
    """`may_hold_fragments` by its definition: some line's key, of `least` to 30 words, inside
    another line's key (or a line that does not fold to ASCII)."""
    from newslint.checks.repetition import MARKS_FOLDED

    lines = [line for line in text.split("\n") if line.strip()]
    if any(not line.translate(MARKS_FOLDED).isascii() for line in lines):
        return True
    keys = [" ".join(line.translate(MARKS_FOLDED).split()) for line in lines]
    return any(
        least <= len(key.split()) <= 30
        and any(key in other for other in keys[:at] + keys[at + 1 :])
        for at, key in enumerate(keys)
    )


@settings(max_examples=examples(300), deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(["a", "b", "ab", "ba", "the", ",", "’", "—", "é"]), max_size=8),
        max_size=6,
    ).map(lambda lines: "\n".join(" ".join(line) for line in lines)),
    st.integers(min_value=1, max_value=4),
)
def test_a_line_inside_another_is_found_as_its_definition_says(text: str, least: int) -> None:
    from newslint.checks.repeated_text import may_hold_fragments

    assert may_hold_fragments(Document(text), least) == _inside_another_line(text, least)


def test_a_page_of_thousands_of_short_lines_is_searched_in_c() -> None:
    """Each line's key is looked for once in all the keys joined, not in every other line's key
    by a Python loop (2,500 distinct short lines: 0.4 s, fifteen times the check's own run).
    The time is measured by benchmarks/adversarial.py's short-lines shape."""
    from newslint.checks.repeated_text import may_hold_fragments

    text = "\n".join(f"w{i} w{i + 1} harbour w{i + 2} board w{i + 3}" for i in range(0, 10_000, 4))
    assert not may_hold_fragments(Document(text), 5)
    assert may_hold_fragments(Document(text + "\nw0 w1 harbour w2 board w3 met"), 5)
