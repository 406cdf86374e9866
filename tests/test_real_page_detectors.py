"""Detectors for real pages: the OCR gate, foreign scripts, assistant residue (fixtures written here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint import cased_lexicon
from newslint.document import Document
from newslint.engine import Linter
from newslint.lexicon import zipf
from newslint.misreadings import capital_glyph_misread, capital_misread, misread_of, near_word
from newslint.signals import ocr_signal

# A scanned column as an archive serves it: misreadings, lone marks, digits inside words.
SCANNED = (
    "The council met on tho 2oth instant , and it was resolved tliat tbe new road\n"
    "should be built. The com\npany will begin the work in the spring ; tbe mayor\n"
    "said the Korelgn office would wi1l pay for Its share of the cost.\n"
)
# The same words typed with care.
TYPED = (
    "The council met on the 20th, and it was resolved that the new road should be built.\n"
    "The company will begin the work in the spring; the mayor said the Foreign Office would\n"
    "pay for its share of the cost. Xue Hanqin, Psaki and Medeiros met in Beijing.\n"
)


def findings(linter: Linter, text: str, prefix: str) -> list[tuple[str, str]]:
    return [
        (f.rule, text[f.start : f.end])
        for f in linter.lint(Document.from_raw(text))
        if f.rule.startswith(prefix)
    ]


def test_ocr_signal_separates_scanned_from_typed_text() -> None:
    scanned, typed = ocr_signal(SCANNED), ocr_signal(TYPED)
    assert scanned.looks_scanned(0.015, 3)
    assert not typed.looks_scanned(0.015, 3)
    assert scanned.share > 5 * max(typed.share, 0.001)


def test_scanned_text_gets_word_level_ocr_findings(linter: Linter) -> None:
    found = set(findings(linter, SCANNED, "ocr."))
    assert ("ocr.non-word", "Korelgn") in found
    assert ("ocr.garbled-word", "2oth") in found
    assert ("ocr.misread-word", "tho") in found
    # The comma spaced off its word is typography's finding (with its fix), reported once.
    assert ("ocr.lone-mark", ",") not in found
    assert ("typography.space-before-punctuation", " ") in findings(linter, SCANNED, "typography.")
    # A cut at a line end whose hyphen the scanner dropped: ocr.split-word's, on any page.
    assert ("ocr.split-word", "com\npany") in found
    assert ("ocr.misread-capital", "Its") in found


def test_typed_text_gets_none_of_them(linter: Linter) -> None:
    assert findings(linter, TYPED, "ocr.") == []


def test_the_gate_is_a_setting(linter: Linter) -> None:
    strict = [r for r in linter.rules if r.id == "ocr.non-word"]
    assert strict and strict[0].option("min_ocr_share") == 0.015


# A table of contents read by a scanner: every damaged token is a misreading of a common word,
# none is a non-word, a digit or a lone mark.
SCANNED_CONTENTS = (
    "Aggregate of Records Reported in last Year's Plan that Were Expected to be Reviewed\n"
    "Ihe Estimate of the Aggregate Quantity of Records that arc Expected to be\n"
    "Special Media thai can be Delayed until December, tbe Cost Estimates\n"
)
# Web copy typed in haste: misspellings of one kind only (a typist's, not a scanner's).
TYPED_IN_HASTE = (
    "Teh council met on Monday and decided to recieve the new plans for the road, which\n"
    "will be built next yaer. The mayor said the goverment would pay its share.\n"
)
# Damage between words: a full stop after "the", lone letters, words cut by a space.
SCANNED_BETWEEN_WORDS = (
    "Mr. Justice Powers gave judgment in the. Arbitration Court upon an application by\n"
    "the Waterside Workers, and the d s children were called; the first Monday of\n"
    "December being a dif ficult day, th e court rose.\n"
)


def test_misreadings_of_small_words_alone_open_the_gate() -> None:
    assert ocr_signal(SCANNED_CONTENTS).looks_scanned(0.015, 3)
    assert not ocr_signal(TYPED_IN_HASTE).looks_scanned(0.015, 3)


def test_damage_between_words_opens_the_gate(linter: Linter) -> None:
    assert ocr_signal(SCANNED_BETWEEN_WORDS).looks_scanned(0.015, 3)
    found = set(findings(linter, SCANNED_BETWEEN_WORDS, "ocr."))
    assert ("ocr.lone-mark", ".") in found
    assert ("ocr.lone-mark", "d") in found
    # the cut is one finding: split-word's, with its fix (cut-word gives way to it)
    assert ("ocr.split-word", "dif ficult") in found


def test_initials_and_times_are_no_stray_stops() -> None:
    text = "John A. Smith took his B.A. at 11 a. m. and left the U.S. for good.\n" * 3
    assert ocr_signal(text).marks == 0


def test_a_capital_kept_on_the_second_letter_is_a_misreading(linter: Linter) -> None:
    text = SCANNED + "A meeting of the Federal Reserve SYstem was held; THey saw MPs and CEOs.\n"
    found = set(findings(linter, text, "ocr.misread-capital"))
    assert ("ocr.misread-capital", "SYstem") in found
    assert ("ocr.misread-capital", "THey") in found
    assert not {word for _, word in found} & {"MPs", "CEOs"}


def test_a_capital_i_read_for_a_lower_case_one_beside_a_comma_or_a_name(linter: Linter) -> None:
    text = (
        SCANNED + "The prize went to Ann Morrow, Is a student of law; Mr. Hale Is organist there.\n"
    )
    found = sorted(
        (f for f in linter.lint(Document.from_raw(text)) if f.rule == "ocr.misread-capital"),
        key=lambda f: f.start,
    )
    after_comma, after_name = [f for f in found if text[f.start : f.end] == "Is"]
    assert not after_comma.suggestions  # the comma may be the misreading, of a full stop
    assert after_name.suggestions == ("is",)


def test_a_title_case_line_keeps_its_capital_i(linter: Linter) -> None:
    text = SCANNED + "The paper ran a story headed Mr. Hale Is Back In Town, Again.\n"
    assert ("ocr.misread-capital", "Is") not in set(findings(linter, text, "ocr.misread-capital"))


@pytest.mark.parametrize(
    ("read", "printed"),
    [("Governinq", "governing"), ("Enqineerinq", "engineering"), ("Coullcil", "council")],
)
def test_a_capitalised_word_one_glyph_from_an_everyday_word(read: str, printed: str) -> None:
    lexicon = cased_lexicon.english()
    assert capital_glyph_misread(read, zipf, lexicon.has, lexicon.only_lower_case) == printed


@pytest.mark.parametrize("name", ["Cabof", "Larraine", "Subbaswamy", "Tesla", "Karmo", "FCCT"])
def test_a_name_beside_a_name_is_no_glyph_misreading(name: str) -> None:
    lexicon = cased_lexicon.english()
    assert capital_glyph_misread(name, zipf, lexicon.has, lexicon.only_lower_case) is None


def test_capitalised_glyph_misreadings_count_toward_the_ocr_signal() -> None:
    text = (
        "The board will meet on Tuesday at noon.\nA Proposed Amendment to the Governinq "
        "Requlations of the Colleqe of Enqineerinq was read, and it wi1l be heard in May.\n"
    )
    assert ocr_signal(text).looks_scanned(0.015, 3)


def test_a_repeated_capitalised_glyph_misreading_is_reported(linter: Linter) -> None:
    text = SCANNED + "The Requlations were read; the Requlations of the board stand.\n"
    found = [w for rule, w in findings(linter, text, "ocr.non-word")]
    assert found.count("Requlations") == 2


def test_a_lone_lower_case_i_is_a_speck() -> None:
    assert ocr_signal("They i Should do it. " * 4 + "tbe end of tho day.").kinds >= 2


@pytest.mark.parametrize(("rare", "word"), [("thid", "this"), ("groat", "great"), ("tne", "the")])
def test_rare_words_one_letter_from_a_common_one(rare: str, word: str) -> None:
    assert near_word(rare) == word


@pytest.mark.parametrize("word", ["mooing", "grout", "council", "xylophone"])
def test_words_that_are_no_near_miss(word: str) -> None:
    assert near_word(word) is None


def test_capitalised_misreadings_of_small_words() -> None:
    assert capital_misread("Ihe") == "the"
    assert capital_misread("Tbe") == "the"
    assert capital_misread("Thai") is None  # a common word, whatever else it might be
    assert capital_misread("Ines") is None  # a name, no small word


@pytest.mark.parametrize(
    ("misread", "word"), [("tbe", "the"), ("tho", "the"), ("arc", "are"), ("oi", "of")]
)
def test_misreadings_of_common_words(misread: str, word: str) -> None:
    assert misread_of(misread) == word


@pytest.mark.parametrize("word", ["the", "tie-break", "council", "xylophone"])
def test_words_that_are_no_misreading(word: str) -> None:
    assert misread_of(word) is None


def test_foreign_script_runs_are_reported_once_per_run(linter: Linter) -> None:
    text = "By Kim Dong-young\n김동영 기자\nPosted in 国际新闻: the talks ended.\n"
    assert findings(linter, text, "encoding.foreign-script") == [
        ("encoding.foreign-script", "김동영 기자"),
        ("encoding.foreign-script", "国际新闻"),
    ]


def test_glosses_and_symbols_are_not_foreign_runs(linter: Linter) -> None:
    text = "President Xi Jinping (习近平) spoke; the α-helix and ρ = 0.5 were shown.\n"
    assert findings(linter, text, "encoding.foreign-script") == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("I am sorry, but I cannot write an article without a source.", "llm.refusal"),
        ("Please paste the article text so that I can rewrite it.", "llm.request-for-input"),
        ("My knowledge cutoff is 2023, so the figures may be old.", "llm.knowledge-cutoff"),
        ("In this article, we will look at the new tariffs.", "llm.meta-commentary"),
    ],
)
def test_assistant_voice_families(linter: Linter, text: str, rule: str) -> None:
    assert rule in [r for r, _ in findings(linter, text, "llm.")]


@pytest.mark.parametrize(
    "text",
    [
        "“I am sorry, but I cannot write about my son,” the mother said.",
        "I have a degree in economics but I can't write.",
        "Police asked residents to provide information about the attack.",
    ],
)
def test_people_speaking_are_not_assistants(linter: Linter, text: str) -> None:
    assert findings(linter, text, "llm.") == []


def test_untranslated_run_in_another_latin_language(linter: Linter) -> None:
    text = "The talks ended on Monday. Publicerad för två dagar sedan av redaktionen.\n"
    found = findings(linter, text, "encoding.untranslated-run")
    assert found and "för två dagar sedan" in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "Good morning, everyone. Buenos dias a todos. Gracias a todos.\n",
        "Nicolas Pascual de la Parte met Pedro Sánchez after the coup d'état.\n",
    ],
)
def test_borrowed_phrases_and_names_are_english(linter: Linter, text: str) -> None:
    assert findings(linter, text, "encoding.untranslated-run") == []


@pytest.mark.parametrize(
    ("text", "odd"),
    [
        ("Erdoğan spoke. Later Erdoğan and Erdogan left.", "Erdogan"),
        ("Lydia Buchtmann said so. Buchtmann added more, Ms Bauchtman said.", "Bauchtman"),
        ("Zelensky spoke. Zelensky thanked them; Zelenskyy left.", "Zelenskyy"),
    ],
)
def test_one_name_spelled_two_ways(linter: Linter, text: str, odd: str) -> None:
    assert findings(linter, text, "consistency.name-spelling") == [
        ("consistency.name-spelling", odd)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Russia and the Russian army; Putin's aides and Putin himself.",
        "Khamenei quoted Khomeini; Cheng met Cheung; Pokrovsk, Pokrovsky and Pokrovskaya.",
        "Austria and Australia signed; Clinton and Clifton met.",
    ],
)
def test_forms_and_different_names_are_not_variants(linter: Linter, text: str) -> None:
    assert findings(linter, text, "consistency.name-spelling") == []


def test_verdict_names_what_the_text_went_through(linter: Linter) -> None:
    from newslint.verdict import judge

    assistant = "I am sorry, but I cannot write the article you asked for without the text.\n"
    verdicts = {
        name: judge(text, linter.lint(Document.from_raw(text)))
        for name, text in (("scanned", SCANNED), ("typed", TYPED), ("assistant", assistant))
    }
    assert verdicts["scanned"].kind == "ocr"
    assert verdicts["scanned"].judgements["ocr"].evidence["signal:ocr-damaged-tokens"] >= 3
    assert verdicts["assistant"].kind == "llm"
    assert verdicts["typed"].kind == "none"
    assert all(j.likelihood < 0.5 for j in verdicts["typed"].judgements.values())


def test_score_carries_the_likelihoods() -> None:
    from newslint import score

    record = score(SCANNED, grammar="off")
    assert record["ocr_likelihood"] > 0.5 > record["llm_likelihood"]
    assert list(record)[-5:-1] == [
        "mt_likelihood",
        "ocr_likelihood",
        "scrape_likelihood",
        "llm_likelihood",
    ]


def test_verdict_format_is_one_object_per_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json
    import subprocess
    import sys

    (tmp_path / "scan.txt").write_text(SCANNED, encoding="utf-8")
    (tmp_path / "typed.txt").write_text(TYPED, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--format", "verdict", "--grammar", "off",
         str(tmp_path / "scan.txt"), str(tmp_path / "typed.txt")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    records = json.loads(run.stdout)
    assert [Path(r["path"]).name for r in records] == ["scan.txt", "typed.txt"]
    assert records[0]["verdict"] == "ocr" and records[1]["verdict"] == "none"
    assert set(records[0]["likelihood"]) == {"mt", "ocr", "scrape", "llm"}
