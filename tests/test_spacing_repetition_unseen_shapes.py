"""Spacing and repetition shapes read on a sample of unseen scraped and machine-translated pages
(spenc12): a closing curly quotation mark spaced off its quotation, a field printed twice with a
list's separator between the copies, and a breadcrumb whose labels were run into the headline it
then prints again. Each case is a text of the same shape written for the test, beside a case the
rule leaves alone.
"""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter


def _spans(linter: Linter, text: str, rule: str) -> list[str]:
    found = linter.lint(Document.from_raw(text))
    return [text[f.start : f.end] for f in found if f.rule == rule]


def test_a_closing_mark_spaced_off_its_quotation(linter: Linter) -> None:
    rule = "typography.space-before-closing-quote"
    text = "“We will build a new harbour, ” the mayor said. She called it a “deal ” too.\n"
    assert _spans(linter, text, rule) == [" ", " "]
    fixes = [f.fix for f in linter.lint(Document.from_raw(text)) if f.rule == rule]
    assert all(fix is not None and fix.applicability == "unsafe" for fix in fixes)
    assert [edit.replacement for fix in fixes if fix for edit in fix.edits] == ["", ""]


def test_a_curly_mark_that_opens_or_closes_tight_is_left_alone(linter: Linter) -> None:
    rule = "typography.space-before-closing-quote"
    text = "“We will build it,” the mayor said. ”Yes,” she replied, and the sign read ”Open”.\n"
    assert _spans(linter, text, rule) == []


def test_a_field_printed_twice_with_a_separator_between(linter: Linter) -> None:
    text = (
        "Source: Office of the Prime Minister – Office of the Prime Minister –\n\nTalks resumed.\n"
    )
    found = [f for f in linter.lint(Document.from_raw(text)) if f.rule == "structure.doubled-word"]
    assert [text[f.start : f.end] for f in found] == [
        "Office of the Prime Minister – Office of the Prime Minister"
    ]
    assert list(found[0].suggestions) == ["Office of the Prime Minister"]


def test_a_two_word_name_or_prose_around_a_dash_is_left_alone(linter: Linter) -> None:
    text = (
        "He sang New York, New York, then Kansas City, Kansas City and left. There is no room "
        "in this town – no room in this town – for a second harbour.\n"
    )
    assert _spans(linter, text, "structure.doubled-word") == []


def test_a_breadcrumb_run_into_the_headline_it_prints_again(linter: Linter) -> None:
    text = (
        "HomeWorldHarbour talks resume after a week of delays\n\n"
        "Harbour talks resume after a week of delays\n\n"
        "The talks resumed on Monday, officials said.\n"
    )
    assert _spans(linter, text, "structure.repeated-title") == [
        "Harbour talks resume after a week of delays"
    ]


def test_a_camel_case_name_opening_a_headline_is_no_breadcrumb(linter: Linter) -> None:
    text = (
        "PlayStation maker opens a new studio in the capital\n\n"
        "The Station maker opens a new studio in the capital, its owner said.\n"
    )
    assert _spans(linter, text, "structure.repeated-title") == []


def _rules(linter: Linter, text: str) -> list[tuple[str, str]]:
    return [(f.rule, text[f.start : f.end]) for f in linter.lint(Document.from_raw(text))]


def test_a_common_word_glued_to_a_figure(linter: Linter) -> None:
    text = "Harbour Board\nFounded1993, it counts number144515996 in its register.\n"
    found = _rules(linter, text)
    assert ("typography.word-glued-to-figure", "Founded") in found
    assert ("typography.word-glued-to-figure", "number") in found


def test_names_codes_and_addresses_before_a_figure_are_left_alone(linter: Linter) -> None:
    text = "Boeing777 jets, COVID19 rules and Route66 signs; mail smith1987@example.com.\n"
    assert not [r for r, _ in _rules(linter, text) if r == "typography.word-glued-to-figure"]


def test_initials_run_into_a_lower_case_word(linter: Linter) -> None:
    text = "The blast came at 10 a.m.local time, U.S.officials said.\n"
    found = [
        s for r, s in _rules(linter, text) if r == "typography.missing-space-after-punctuation"
    ]
    assert found == [".", "."]


def test_a_closing_mark_run_into_a_capital(linter: Linter) -> None:
    text = "He called for ‘calm and patience’Officials said talks would go on.\n"
    found = _rules(linter, text)
    assert ("typography.missing-space-after-punctuation", "’") in found
    text = "Côte d’Ivoire and O’Neill met in the capital on Monday.\n"
    assert not [r for r, _ in _rules(linter, text) if r.startswith("typography.missing-space")]


def test_a_section_label_in_capitals_glued_to_the_headline(linter: Linter) -> None:
    text = "WORLDChina says exports rose\n\nSPORTSMessi scores twice in the final.\n"
    found = [s for r, s in _rules(linter, text) if r == "mt.glued-at-capital"]
    assert found == ["WORLDChina", "SPORTSMessi"]
    text = "CNNMoney and DOSCareers ran the story on Monday.\n"
    assert not [r for r, _ in _rules(linter, text) if r == "mt.glued-at-capital"]


def test_a_word_glued_to_a_name_with_its_possessive(linter: Linter) -> None:
    text = "The attack was stoppedUkraine's forces held the line, the army said.\n"
    assert ("mt.glued-at-capital", "stoppedUkraine's") in _rules(linter, text)


def test_a_gloss_after_a_qualified_language_name_is_deliberate(linter: Linter) -> None:
    text = (
        "The Global Times (simplified Chinese: 环球时报; traditional Chinese: 環球時報) is a "
        "tabloid.\n"
    )
    assert not [r for r, _ in _rules(linter, text) if r == "encoding.foreign-script"]


def test_a_stray_break_in_copy_of_short_one_line_paragraphs(linter: Linter) -> None:
    text = (
        "Harbour talks resume\n\n"
        "The harbour board and the unions met again on Monday after a week of delays, officials "
        "said in the port.\n\n"
        "The talks should settle the new tariffs for the\nferries before the summer, the board "
        "said.\n\n"
        "A spokesman for the unions said the mood had improved and that a deal could be close "
        "by Friday.\n"
    )
    found = linter.lint(Document.from_raw(text))
    breaks = [f.start for f in found if f.rule == "typography.stray-line-break"]
    assert breaks == [text.index("the\nferries") + 3]


def test_a_typescript_of_short_lines_keeps_its_breaks(linter: Linter) -> None:
    text = (
        "The Supervisors' street committee decided\nyesterday to recommend the passage of an\n"
        "ordinance on spur tracks, the chairman said.\n"
    )
    found = linter.lint(Document.from_raw(text))
    assert not [f for f in found if f.rule == "typography.stray-line-break"]


def test_a_breadcrumb_of_spaced_labels_glued_to_the_headline(linter: Linter) -> None:
    text = (
        "HomeWorld News NowHarbour NewsHarbour talks resume after a week of delays\n\n"
        "Harbour talks resume after a week of delays\n\n"
        "The talks resumed on Monday, officials said.\n"
    )
    assert _spans(linter, text, "structure.repeated-title") == [
        "Harbour talks resume after a week of delays"
    ]


def test_an_image_file_name_run_into_the_dateline(linter: Linter) -> None:
    text = "Harbour talks resume\n\nIMG_2044.jpgSEATOWN (CT) - The talks resumed on Monday.\n"
    assert _spans(linter, text, "typography.file-name-glued") == ["IMG_2044.jpg"]
    text = "Harbour talks resume\n\nShe sent photo.jpg and map.png to the board on Monday.\n"
    assert _spans(linter, text, "typography.file-name-glued") == []
