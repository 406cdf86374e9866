"""The page reading the two generated-page verdicts share."""

from __future__ import annotations

from newslint.page_lines import (
    OPENING_CHARS,
    Line,
    names_per_hundred,
    opening,
    page_lines,
    prose_lines,
    reports_little,
    sentences,
)

PAGE = (
    "  Harbour Notes  \n"
    "\n"
    "The harbour board met on Tuesday and agreed to dredge the channel before the spring tides.\n"
    "Fees rise.\n"
)


def test_lines_are_stripped_and_keep_their_offsets() -> None:
    lines = page_lines(PAGE)
    assert [line.text for line in lines] == [
        "Harbour Notes",
        "The harbour board met on Tuesday and agreed to dredge the channel before the spring tides.",
        "Fees rise.",
    ]
    for line in lines:
        assert PAGE[line.start : line.start + len(line.text)] == line.text


def test_only_long_lines_are_prose() -> None:
    assert [line.text[:11] for line in prose_lines(page_lines(PAGE))] == ["The harbour"]


def test_sentences_carry_document_offsets() -> None:
    text = "Intro line.\nOne short one. Then a second sentence here!"
    line = page_lines(text)[1]
    found = list(sentences(line))
    assert [body for _, body in found] == ["One short one.", "Then a second sentence here!"]
    for at, body in found:
        assert text[at : at + len(body)] == body


def test_opening_cuts_at_the_end_of_a_line() -> None:
    long_line = "word " * (OPENING_CHARS // 5 + 10)
    text = "short\n" + long_line + "\nlast line"
    assert opening(text) == "short\n" + long_line
    assert opening("no cut here") == "no cut here"


def test_reporting_prose_is_not_little() -> None:
    quiet = page_lines(
        "The valley offers a calm retreat with gardens, trails and views over the quiet lake.\n"
    )
    reported = page_lines(
        "The mayor said on Monday that the valley road would reopen after the repairs finish.\n"
    )
    assert reports_little(prose_lines(quiet), 0.1)
    assert not reports_little(prose_lines(reported), 0.1)


def test_a_long_quotation_counts_as_reporting() -> None:
    quoted = page_lines(
        'Residents were blunt about it: "we will not accept another year of closures here".\n'
    )
    assert not reports_little(prose_lines(quoted), 0.1)


def test_names_per_hundred_counts_names_and_figures_inside_sentences() -> None:
    named = [
        Line(0, "The harbour board met on Tuesday and Ana Reyes said 40 boats would sail."),
    ]
    # Tuesday, Ana, Reyes and 40 in 14 words; the sentence's first word and "I" are no names.
    assert round(names_per_hundred(named), 1) == round(100 * 4 / 14, 1)
    plain = [Line(0, "I think the market is a place where people meet and talk about the week.")]
    assert names_per_hundred(plain) == 0
    assert names_per_hundred([]) == 0
