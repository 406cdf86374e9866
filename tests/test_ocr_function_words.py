"""Function words a scanner read as other words ("bad"/"lad" for "had", "bat" for "but"): reported
only where the grammar around the word admits the function word alone, and only in scanned text."""

from __future__ import annotations

import pytest

from newslint.document import Document
from newslint.engine import Linter
from newslint.errors import RuleError
from newslint.linters import load_rules
from newslint.ocr_function_words import function_word_misreads, readings
from newslint.vale.tagger import shared_tagger

from .checks.helpers import make_check

SCANNED = "It was said tliat tbe men arc ready and tho 2oth is set. "


# The table the default rule pack gives `ocr.misread-word`.
TABLE = readings(
    next(r for r in load_rules() if r.id == "ocr.misread-word").option("function_words")
)


def found(text: str) -> list[tuple[str, str]]:
    tagger = shared_tagger()
    return [(text[s:e], fix) for s, e, fix in function_word_misreads(text, lambda: tagger, TABLE)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She was quite dead, and the man bad been seen.", [("bad", "had")]),
        ("The prisoner said he bad never driven the cart.", [("bad", "had")]),
        ("Evidence lad been given on both sides.", [("lad", "had")]),
        ("The surgeon deposed that death bad resulted from a fall.", [("bad", "had")]),
        ("He knocked, bat there was no answer.", [("bat", "but")]),
        ("They heard a fall, bat did not go down.", [("bat", "but")]),
    ],
)
def test_a_function_word_the_grammar_demands_is_found(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A lad named Smith was there; the lad given the prize left.",
        "It was a bad broken arm and a bad idea.",
        "Things went from bad to worse, and the weather was bad.",
        "He brought a ball, bat and gloves; the bat was new.",
        "He swung the bat; bat and ball were lost, and a bat flew out.",
        "Not as bad as feared, the lad said.",
    ],
)
def test_real_uses_of_these_words_are_not_found(text: str) -> None:
    assert found(text) == []


def test_the_rule_reports_it_in_scanned_text_only() -> None:
    linter = Linter([r for r in load_rules() if r.id == "ocr.misread-word"])
    scanned = SCANNED + "The witness bad never been there."
    findings = linter.lint(Document.from_raw(scanned))
    tail = [f for f in findings if f.start >= len(SCANNED)]
    assert [(scanned[f.start : f.end], tuple(f.suggestions)) for f in tail] == [("bad", ("had",))]
    typed = "The witness bad never been there, the court heard."
    assert linter.lint(Document.from_raw(typed)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The boy went into tire employment of the firm.", [("tire", "the")]),
        ("He was acquitted of tile charge against him.", [("tile", "the")]),
        ("He went to the prisoner, end remonstrated with him.", [("end", "and")]),
        ("She tied a string, arid then fastened the cord.", [("arid", "and")]),
        ("She baa proved herself an artist.", [("baa", "has")]),
        ("He said the prisoner would he discharged at once.", [("he", "be")]),
        ("The goods had beets taken from the shop.", [("beets", "been")]),
    ],
)
def test_more_function_words_the_grammar_demands_are_found(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He had to tire the horses; a roof of tile and a tire of rubber.",
        "At the end of the day, the end came; they will end it soon.",
        "It was an arid land, and the arid plain lay east.",
        "The lambs baa in the field.",
        "Would he go? May he sent word that he would come.",
        "They had beer and wine; we had beets for supper.",
    ],
)
def test_real_uses_of_more_such_words_are_not_found(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The prisoner said he bad no objection to it.", [("bad", "had")]),
        ("She bad her gloves on during the walk.", [("bad", "had")]),
        ("Witness thought he bad him safe there.", [("bad", "had")]),
    ],
)
def test_had_before_its_object_is_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    ["If someone feels bad it is me.", "Things looked bad the whole day; it was too bad a year."],
)
def test_bad_after_a_verb_is_not_found(text: str) -> None:
    assert found(text) == []


def test_the_table_is_the_rules_data_and_a_word_without_a_frame_is_a_rule_error() -> None:
    """Which misread forms are asked about comes from the rule (`function_words`); a form mapped
    to a word no grammar frame judges is refused when the pack loads, and an empty table asks
    about nothing."""
    tagger = shared_tagger()
    own = readings({"bap": "had"})
    text = "The witness bap never been there."
    assert [
        (text[s:e], fix) for s, e, fix in function_word_misreads(text, lambda: tagger, own)
    ] == [("bap", "had")]
    assert list(function_word_misreads(text, lambda: tagger, readings({}))) == []
    with pytest.raises(RuleError, match="no grammar frame for tho"):
        make_check("ocr-noise", detect="misread-word", function_words={"tbo": "tho"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forms no table lists, one glyph confusion from a function word with a frame
        ("They heard a fall, hut did not go down.", [("hut", "but")]),
        ("The meeting was held iu the town hall.", [("iu", "in")]),
        ("The committee met ill the town hall on Monday.", [("ill", "in")]),
        ("The council will bo consulted next week.", [("bo", "be")]),
        # "were"/"was" before the participle that ends its phrase
        ("The guards wore posted at the gate all night.", [("wore", "were")]),
        ("The voters wore almost equally divided, it seemed.", [("wore", "were")]),
        ("The bridge wos opened by the mayor.", [("wos", "was")]),
    ],
)
def test_a_glyph_confusion_of_a_framed_function_word_is_found(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He fell ill and the doctor came; an ill wind blew.",
        "The hut was cold; a hut stood by the lake.",
        "The ill were taken in; she was ill for a week.",
        # the verb "wore" and its object, a participle modifying a noun
        "The guards wore faded coats and polished black boots.",
        "The boys wore caps to the fair; she wore a dress.",
        "The dancers wore trailing gowns and the girls wore embroidered shawls.",
        # an -ing form after "wore" is mostly a noun; a participle before a comma modifies one
        "The twins wore matching, knitted caps and the farmers wore clothing made at home.",
        "The riders wore riding boots; the widows wore mourning for a year.",
        "The sisters wore embroidered, woollen shawls to the fair.",
    ],
)
def test_real_uses_of_glyph_neighbours_are_not_found(text: str) -> None:
    assert found(text) == []


def test_a_scanners_form_no_typist_writes_is_reported_without_the_gate() -> None:
    linter = Linter([r for r in load_rules() if r.id == "ocr.misread-word"])
    text = "The annual meeting will bo held on Tuesday at the library."
    findings = linter.lint(Document.from_raw(text))
    assert [(text[f.start : f.end], tuple(f.suggestions)) for f in findings] == [("bo", ("be",))]
    # a dictionary word, or a form chat writes, waits for the gate
    for typed in (
        "The committee met ill the town hall on Monday.",
        "lol so im the one who decides here, right?",
    ):
        assert linter.lint(Document.from_raw(typed)) == [], typed
