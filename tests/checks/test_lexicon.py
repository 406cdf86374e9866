"""`lexicon`: glued words, hyphen breaks, split words and OCR confusions, judged by word frequency;
every threshold and word list is a rule option."""

from __future__ import annotations

import pytest

from newslint.checks import lexicon, lexicon_breaks
from newslint.checks.lexicon import OPTIONS
from newslint.checks.lexicon_tuning import Tuning
from newslint.document import Document
from newslint.errors import RuleError
from newslint.lexicon import Vocabulary

from .helpers import RecordingPattern, fixed, make_check, make_rule, spans


@pytest.mark.parametrize(
    ("detect", "text", "repaired"),
    [
        (
            "glued",
            "Officials said Russiahad sent troops.",
            "Officials said Russia had sent troops.",
        ),
        ("hyphen-break", "The infor- mation came.", "The information came."),
        ("split-word", "The docu ments arrived.", "The documents arrived."),
        ("confusion", "The govemment said so.", "The government said so."),
    ],
)
def test_each_detector_finds_and_repairs_its_damage(detect: str, text: str, repaired: str) -> None:
    check = make_check("lexicon", detect=detect)
    assert fixed(check, text) == repaired
    assert spans(check, repaired) == []


def test_a_line_end_that_lost_its_hyphen_splits_a_word_as_a_space_does() -> None:
    """A hard-wrapped column of clean OCR: the scanner dropped the line-end hyphens. The pieces
    join as across a space; two words wrapped at a line end stay apart, and a paragraph break
    (a blank line) joins nothing."""
    check = make_check("lexicon", detect="split-word")
    column = "in a lec\nture delivered at the\nclub upon the set\ntlement of the question"
    assert spans(check, column) == ["lec\nture", "set\ntlement"]
    assert fixed(check, column) == (
        "in a lecture delivered at the\nclub upon the settlement of the question"
    )
    assert spans(check, "the hall was\ncold and the lec\n\nture began") == []


def test_a_word_the_linter_accepts_is_not_split() -> None:
    text = "Officials said Russiahad sent troops."
    accepted = make_check("lexicon", Vocabulary.of(["Russiahad"]), detect="glued")
    assert spans(accepted, text) == []
    assert spans(make_check("lexicon", detect="glued"), text) == ["Russiahad"]


@pytest.mark.parametrize(
    ("detect", "text", "options"),
    [
        ("glued", "The cyberbright grew.", {"prefixes": []}),
        ("glued", "The worldbright grew.", {"prefixes": ["cyber"]}),
        ("glued", "The quietwood grew.", {"name_endings": []}),
    ],
)
def test_word_lists_are_options(detect: str, text: str, options: dict[str, object]) -> None:
    """A compound built with a listed prefix or name ending is left alone; emptied, the list no
    longer protects it. (Two nouns would be a closed compound whatever the lists say, so each
    text glues a word of another class.)"""
    assert spans(make_check("lexicon", detect=detect), text) == []
    assert len(spans(make_check("lexicon", detect=detect, **options), text)) == 1


@pytest.mark.parametrize(
    ("detect", "text", "options"),
    [
        ("glued", "Officials said Russiahad sent troops.", {"glued_max_zipf": -1.0}),
        ("confusion", "The govemment said so.", {"repair_margin_zipf": 9.0}),
        ("confusion", "The govemment said so.", {"confusions": [["c", "e"]]}),
    ],
)
def test_thresholds_and_confusions_are_options(
    detect: str, text: str, options: dict[str, object]
) -> None:
    assert len(spans(make_check("lexicon", detect=detect), text)) == 1
    assert spans(make_check("lexicon", detect=detect, **options), text) == []


def test_every_tuning_field_is_a_documented_option_with_its_default() -> None:
    rule = make_rule("lexicon", detect="glued")
    assert Tuning.of(rule) == Tuning()
    for name in Tuning.FIELDS:
        assert OPTIONS[name].doc, name


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ({"confusions": [["rn"]]}, "'confusions' is a list of \\[misread, meant\\] pairs"),
        ({"prefixes": ["cyber", 3]}, "'prefixes' must be a list of words"),
    ],
)
def test_bad_lists_are_rule_errors(options: dict[str, object], problem: str) -> None:
    with pytest.raises(RuleError, match=problem):
        make_check("lexicon", detect="glued", **options)


def test_two_function_words_run_together_are_split_however_often_the_page_does_it() -> None:
    check = make_check("lexicon", detect="glued")
    text = "The head ofthe agency met the head ofthe union. Smithson met Smithson."
    assert spans(check, text) == ["ofthe", "ofthe"]
    # A repeated token that is not two function words may be a name: left alone.
    assert spans(check, "Kyivhad said so. Kyivhad agreed.") == []


def test_a_line_end_hyphen_is_looked_for_only_before_a_hyphen_and_a_space(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The pattern's letters lead, so searching the text for it tried every letter (0.13 s a
    # megabyte): it is tried only at the words before a hyphen that a space or line end follows.
    recording = RecordingPattern(lexicon_breaks._HYPHEN_BREAK)
    monkeypatch.setattr(lexicon_breaks, "_HYPHEN_BREAK", recording)
    prose = "The minister said on Monday that the well-known talks would go on. " * 20
    text = f"{prose}The infor- mation came from the federal govern-\nment. {prose}"
    check = make_check("lexicon", detect="hyphen-break")
    assert spans(check, text) == ["infor- mation", "govern-\nment"]
    assert recording.whole_text_searches == 0
    assert [text[at : at + 6] for at in recording.tried] == ["infor-", "govern"]


def test_a_speck_between_the_pieces_of_a_broken_word_is_offered_for_removal() -> None:
    # A scanner reading the margin or a smudge at the line's end writes a character or two there.
    check = make_check("lexicon", detect="hyphen-break")
    text = "He died on Wednes- a day and com- a\nplained of the meth- H\nods; the examina- o- tion."
    assert spans(check, text) == [
        "Wednes- a day",
        "com- a\nplained",
        "meth- H\nods",
        "examina- o- tion",
    ]
    # the speck may have been printed: the join is offered, not applied unasked
    assert {f.fix.applicability for f in check.run(Document(text)) if f.fix} == {"unsafe"}
    assert (
        fixed(check, text) == "He died on Wednesday and complained of the methods; the examination."
    )
    # A suspended hyphen leaves halves that join into no word; a word the speck completes is one.
    assert spans(check, "Pre- or post-war, first- or second-class, and short- a term.") == []


def test_each_detector_is_a_class_of_its_own_that_keeps_only_its_own_memos() -> None:
    """A rule builds only the detector its `detect` names: a scan's confusion rule carries no glue
    splits or tagger verdicts, and the glue rule no confusion verdicts."""
    checks = {detect: make_check("lexicon", detect=detect) for detect in lexicon.DETECTORS}
    assert len({type(check) for check in checks.values()}) == len(checks) == 4
    text = "Talks inthe region resumed, and the govemment said so."
    assert spans(checks["glued"], text) == ["inthe"]
    assert spans(checks["confusion"], text) == ["govemment"]
    assert checks["glued"]._splits.get("inthe") == ("in", "the")  # type: ignore[attr-defined]
    assert "govemment" in checks["confusion"]._verdicts  # type: ignore[attr-defined]
    memos = {
        name: set(vars(check)) & {"_splits", "_verbs", "_verdicts"}
        for name, check in checks.items()
    }
    assert memos == {
        "glued": {"_splits", "_verbs"},
        "hyphen-break": set(),
        "split-word": set(),
        "confusion": {"_verdicts"},
    }
