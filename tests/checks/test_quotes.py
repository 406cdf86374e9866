"""`quotes`: quotation marks facing the wrong way, unclosed quotations and brackets."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint import quotation_marks
from newslint.checks import Check
from newslint.document import Document

from ..conftest import examples
from ..line_count import lines_run
from .helpers import RecordingPattern, fixed, make_check, run, spans


def test_a_mark_facing_the_wrong_way_is_turned() -> None:
    check = make_check("quotes", detect="direction")
    assert fixed(check, "He said, “We will act.“ She left.") == "He said, “We will act.” She left."
    assert fixed(check, "He said: ”We will act.” She left.") == "He said: “We will act.” She left."
    assert spans(check, "“We are concerned,” he said. “We will act.”") == []


def test_a_quotation_left_open_at_the_paragraph_end_is_reported() -> None:
    check = make_check("quotes", detect="balance")
    assert spans(check, "He said “no and left.\n\nShe agreed.") == ["“"]
    assert spans(check, "He said “no” and left.") == []


def test_an_unclosed_bracket_is_reported_but_not_an_enumerator_or_emoticon() -> None:
    check = make_check("quotes", detect="brackets")
    assert spans(check, "The plan (announced Monday was dropped.") == ["("]
    assert spans(check, "Items: a) one, b) two ;-) fine (really).") == []


def test_a_bracket_closed_in_a_later_paragraph_with_none_between_is_one_aside() -> None:
    check = make_check("quotes", detect="brackets")
    credit = "The talks ended.\n\n(Reporting by Ann Lee in Hanoi;\n\nEditing by Ed Davies)\n"
    assert spans(check, credit) == []
    # another bracket between them: each is a stray of its own paragraph
    broken = "The plan (announced Monday.\n\nIt was [dropped.\n\nThey left)\n"
    assert spans(check, broken) == ["(", "[", ")"]
    assert spans(check, "It closes nothing) here.\n\nAnd (this opens.\n") == [")", "("]
    # a block of code or data printed in the page: each bracket is judged alone
    dump = "$data = array(\n\n'id' => '10268'\n\n)\n"
    assert spans(check, dump) == ["(", ")"]


LONG = (
    "The governor reported on the region's development indicators, flood control measures, "
    "vaccination progress and the supply of natural gas to the districts"
)


def test_paragraphs_ended_by_single_line_breaks_are_balanced_one_by_one() -> None:
    check = make_check("quotes", detect="balance")
    closed_only = f'{LONG}, and the road to the village," Uali wrote.\n{LONG}, he said."\n'
    assert spans(check, closed_only) == ['"', '"']
    # Hard-wrapped prose keeps short lines together, so a quotation may span them.
    wrapped = 'He said: "The talks went well.\nWe will meet again," and left.\n'
    assert spans(check, wrapped) == []


def test_an_answer_quoted_over_paragraphs_without_reopening_is_one_quotation() -> None:
    check = make_check("quotes", detect="balance")
    answer = (
        "Is he right?\n\nScholz: “His warning is a year old.\n\nWe will invest two percent.\n\n"
        "The army plays an important role.”\n\nThe interview ended.\n"
    )
    assert spans(check, answer) == []
    # A quotation mark between them means the two are separate slips.
    slips = "He said: “We will go.\n\nShe said “no” to that.\n\nThey left.” Then rain.\n"
    assert spans(check, slips) == ["“", "”"]


def test_a_quotation_opened_with_a_low_mark_is_balanced() -> None:
    """A line quoted in Romanian or German keeps its own marks: „…” and „…“ open and close."""
    check = make_check("quotes", detect="balance")
    text = (
        "She smiled. „Până la urmă, totul e bine”, she said.\n\nHe read „Wir bleiben hier“ aloud.\n"
    )
    assert spans(check, text) == []
    assert spans(check, "The sign said „Wir bleiben and nothing more.\n") == ["„"]
    assert spans(check, "Tele gram to the Ped er ,„ I'LL. Reserve Bank.\n") == []


def test_two_single_marks_typed_for_a_double_one_close_or_open_a_quotation() -> None:
    check = make_check("quotes", detect="balance")
    text = "“The report is fake news,’’ he said.\n\nHe urged readers to ignore it."
    assert spans(check, text) == []
    assert spans(check, "‘‘Not yet,” he said.\n\nShe left.") == []
    # A real unclosed quotation is still one.
    assert spans(check, "“The report is fake news, he said.\n\nShe left.") == ["“"]


def test_a_mark_facing_the_wrong_way_is_looked_for_only_at_opening_marks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The pattern's look-behind leads, so searching the text for it tried every character (0.06 s
    # a megabyte, twice a run): it is tried only at an opening mark and the space before it.
    recording = RecordingPattern(quotation_marks._OPENER_CLOSING)
    monkeypatch.setattr(quotation_marks, "_OPENER_CLOSING", recording)
    prose = "The minister said on Monday that the talks would go on. " * 20
    text = f"{prose}He said, “We will act.“ She left. “Yes,” he said. {prose}"
    assert spans(make_check("quotes", detect="direction"), text) == ["“"]
    assert recording.whole_text_searches == 0
    marks = [i for i, c in enumerate(text) if c == "“"]
    assert sorted(set(recording.tried)) == sorted({*marks, *(m - 1 for m in marks)})


def test_a_paragraph_a_quotation_runs_on_into_without_its_opening_mark_is_reported() -> None:
    check = make_check("quotes", detect="reopen")
    text = (
        'He said: "There are 1,275 families affected.\n\n'
        'We do not know the damage yet," he added.\n\n'
        "The minister said: “His warning is old.\n\nAnd we will invest.\n\n"
        "For me it is important,” he said."
    )
    assert spans(check, text) == ["We", "And", "For"]
    found = run(check, text)
    assert [f.suggestions[0] for f in found] == ['"We', "“And", "“For"]


def test_a_reopened_paragraph_a_closed_quotation_and_a_page_label_are_not_reported() -> None:
    check = make_check("quotes", detect="reopen")
    reopened = "He said: “Families were affected.\n\n“We do not know the damage,” he added."
    closed = "He said: “Families were affected.”\n\nThe damage is not known yet."
    label = "“The first paragraph runs on.\n\nAdvertisement\n\n“And ends here,” he said."
    assert spans(check, reopened) == spans(check, closed) == spans(check, label) == []


def test_balance_still_takes_a_quotation_run_on_without_reopening_for_one_quotation() -> None:
    check = make_check("quotes", detect="balance")
    text = "He said: “Families were affected.\n\nWe do not know,” he added. She said “no."
    assert spans(check, text) == ["“"]
    assert run(check, text)[0].start == text.rindex("“")


def test_an_opening_mark_before_a_spaced_dash_to_the_speaker_closes() -> None:
    # the Russian attribution: the quotation closes, then "- said X"
    check = make_check("quotes", detect="direction")
    text = "“We will not give in, not now, “- the agency quoted the minister as saying."
    assert fixed(check, text) == (
        "“We will not give in, not now,”- the agency quoted the minister as saying."
    )
    assert spans(check, "He paused, then said, “—and that is all,” and left.") == []
    balance = make_check("quotes", detect="balance")
    assert spans(balance, text) == []


def test_a_spaced_dash_after_an_opening_mark_with_no_quotation_open_opens_one() -> None:
    # review6: "--fix" turned these correct opening marks round and glued them to the comma
    check = make_check("quotes", detect="direction")
    interrupted = "He paused, then said, “— and that is all,” and left the room."
    answer = "The witness answered, “- I do not remember,” and sat down."
    assert spans(check, interrupted) == spans(check, answer) == []
    assert fixed(check, interrupted) == interrupted


def test_two_stray_marks_many_paragraphs_apart_are_two_strays_not_a_run_on_quotation() -> None:
    # review6: one finding for every paragraph between a stray “ and a stray ” 30 paragraphs on
    filler = "".join(
        f"Paragraph {n} of the council report says nothing quoted.\n\n" for n in range(30)
    )
    text = (
        f"The plan for the “green belt was agreed.\n\n{filler}It rebuilt the ring road” and left."
    )
    assert spans(make_check("quotes", detect="reopen"), text) == []
    assert spans(make_check("quotes", detect="balance"), text) == ["“", "”"]
    near = "He said: “Families were affected.\n\nWe do not know.\n\nWe will rebuild,” he added."
    assert spans(make_check("quotes", detect="reopen"), near) == ["We", "We"]


def test_a_quotation_run_on_over_hard_wrapped_paragraphs_counts_paragraphs_not_lines() -> None:
    # The breaks between a quotation's marks are the paragraphs it was paired in: the line breaks
    # of a hard-wrapped column are no paragraph breaks (they were counted as such, so a quotation
    # run on over two wrapped paragraphs read as two stray marks).
    text = (
        "The mayor said: “We have asked the council\nfor the money twice this year and\n"
        "we were told to wait until the spring.\n\nWe cannot wait until the spring when\n"
        "the bridge may not last the winter,\nand everyone in the valley knows it,” she said."
    )
    assert spans(make_check("quotes", detect="balance"), text) == []
    assert spans(make_check("quotes", detect="reopen"), text) == ["We"]
    unwrapped = text.replace("\n\n", "\0").replace("\n", " ").replace("\0", "\n\n")
    assert spans(make_check("quotes", detect="reopen"), unwrapped) == ["We"]


def _quotes_lines_run(check: Check, text: str) -> int:
    """Lines of the quotes check and its two readers run while it reads `text`."""
    files = {
        sys.modules[name].__file__
        for name in (
            "newslint.checks.quotes",
            "newslint.quotation_marks",
            "newslint.quotation_paragraphs",
        )
    }
    return lines_run(lambda code: code.co_filename in files, check.run, Document(text))


def test_pairing_quotations_on_a_long_page_grows_with_the_page_not_its_square() -> None:
    # Quotations run on without reopening, strays too far apart to pair, and closed quotations,
    # many of each: each pair of marks is judged by bisection in the paragraphs' starts.
    def page(count: int) -> str:
        parts = []
        for n in range(count):
            parts += [
                f"He said: “Families in district {n} were affected.",
                "We do not know the damage,” he added. “It is bad,” she said.",
                f"A stray “ mark opens here in report {n}.",
                *[f"Paragraph {n}.{k} of the council report says nothing." for k in range(5)],
                "And this one closes nothing” at all.",
            ]
        return "\n\n".join(parts)

    for detect in ("balance", "reopen"):
        check = make_check("quotes", detect=detect)
        assert len(run(check, page(2))) == (4 if detect == "balance" else 2)
        small, large = (_quotes_lines_run(check, page(n)) for n in (200, 400))
        assert large <= 2.1 * small


_PIECES = st.sampled_from(
    ["“", "”", '"', "„", "‘", "’", "(", ")", "[", "]", "He said ", "it was fine", ". ", "\n",
     "\n\n", "Advertisement\n\n", "word ", ":-) ", "a) ", "Smith ", "“We will go,” he said. "]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=30).map("".join))
@settings(max_examples=examples(200), deadline=None)
def test_the_quote_checks_find_the_same_alone_or_after_each_other(text: str) -> None:
    """`balance`, `reopen` and `brackets` share the pairing of marks worked out once per text:
    each finds what it finds alone, whichever ran before it."""
    from newslint.checks.quotes import _quotation_sides

    checks = [make_check("quotes", detect=d) for d in ("balance", "reopen", "brackets")]
    alone = []
    for check in checks:
        _quotation_sides.cache_clear()
        alone.append([(f.start, f.end, f.message) for f in run(check, text)])
    together = [[(f.start, f.end, f.message) for f in run(check, text)] for check in checks]
    assert together == alone
    other = "“" + text  # another text straight after: never the first one's pairing
    after = [(f.start, f.end, f.message) for f in run(checks[0], other)]
    _quotation_sides.cache_clear()
    assert after == [(f.start, f.end, f.message) for f in run(checks[0], other)]
