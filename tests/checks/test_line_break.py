"""`line-break`: a line break inside a sentence, in copy whose lines are paragraphs."""

from __future__ import annotations

from .helpers import builtin_options, fixed, make_check, spans

OPTIONS = builtin_options("typography.stray-line-break")
PARAGRAPH = (
    "The government said on Monday that the talks with the union leaders would resume next week "
    "after a pause of three months in the negotiations."
)


def test_a_break_where_the_sentence_goes_on_is_joined() -> None:
    text = f"{PARAGRAPH}\n{PARAGRAPH} The minister said the\nnegotiations would go on.\n{PARAGRAPH}"
    check = make_check("line-break", **OPTIONS)
    assert spans(check, text) == ["\n"]
    assert "said the negotiations" in fixed(check, text)


def test_breaks_between_paragraphs_are_left_alone() -> None:
    text = f"{PARAGRAPH}\n\n{PARAGRAPH}\n{PARAGRAPH}"
    assert spans(make_check("line-break", **OPTIONS), text) == []


def test_text_wrapped_at_a_column_is_not_judged_line_by_line() -> None:
    words = (PARAGRAPH + " ") * 6
    wrapped = "\n".join(words[i : i + 60] for i in range(0, len(words), 60))
    assert spans(make_check("line-break", **OPTIONS), wrapped) == []
