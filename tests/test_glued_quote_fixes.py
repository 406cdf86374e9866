"""A closing-shaped quotation mark glued between two words: --fix puts the space on the side the
quotation pairing reads (before a mark that opens, turned round; after one that closes) and
applies nothing where the side is not certain. Before stop 65 the spacing rules put the space
after every such mark: "the”Response Letter”" became "the” Response Letter”"."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from newslint import glued_quotes
from newslint.document import Document
from newslint.engine import Linter
from newslint.fix import fix_raw
from newslint.glued_quotes import CLOSES, OPENS, UNSURE, glued_reading
from newslint.runner import load_rules

from .conftest import run_newslint

LINTER = Linter(load_rules(), ignore=["grammar"])

# Each probe and the text --fix leaves, byte for byte.
PROBES = [
    (
        "The agency said the”Response Letter” was sent on Monday.\n",
        "The agency said the “Response Letter” was sent on Monday.\n",
    ),
    (
        "The minister said”Yes” to the plan on Monday.\n",
        "The minister said “Yes” to the plan on Monday.\n",
    ),
    (
        "The minister said”Yes, we will act,” and left.\n",
        "The minister said “Yes, we will act,” and left.\n",
    ),
    # A closing mark: the space goes after it.
    (
        "“Hello,”she said to the reporters on Monday.\n",
        "“Hello,” she said to the reporters on Monday.\n",
    ),
    (
        "“We will act,”She said, and the”Plan” was read.\n",
        "“We will act,” She said, and the “Plan” was read.\n",
    ),
    # The quotation opened on the paragraph's line before: the mark closes it.
    (
        "“We seek a special\nrelationship”between them. “Yes,” he said.\n",
        "“We seek a special\nrelationship” between them. “Yes,” he said.\n",
    ),
    # Not certain: a single mark (apostrophes share it), a quotation that does not close at the
    # next mark, guillemets set the German way round. Reported, nothing applied.
    (
        "The agency said the’Response Letter’ was sent on Monday.\n",
        "The agency said the’Response Letter’ was sent on Monday.\n",
    ),
    (
        "He said”Yes “we” will act,” and left.\n",
        "He said”Yes “we” will act,” and left.\n",
    ),
    (
        "The banner read word»Text« in the square on Monday.\n",
        "The banner read word»Text« in the square on Monday.\n",
    ),
    (
        "The banner read »Text«. Then the crowd left on Monday.\n",
        "The banner read »Text«. Then the crowd left on Monday.\n",
    ),
    # Nothing fires on a glued opening single mark; nothing is applied.
    (
        "The council studied the‘word’ in the report on Monday.\n",
        "The council studied the‘word’ in the report on Monday.\n",
    ),
]


@pytest.mark.parametrize(("text", "fixed"), PROBES)
def test_fix_spaces_a_glued_quotation_mark_on_the_side_it_reads(text: str, fixed: str) -> None:
    assert fix_raw(text, "probe.txt", LINTER.lint).raw == fixed


@pytest.mark.parametrize(
    "text",
    [
        "The agency said the’Response Letter’ was sent on Monday.\n",
        "He said”Yes “we” will act,” and left.\n",
        "The banner read »Text«. Then the crowd left on Monday.\n",
    ],
)
def test_an_uncertain_glued_mark_is_still_reported(text: str) -> None:
    assert LINTER.lint(Document.from_raw(text))


def test_the_command_line_fix_turns_the_mark_and_spaces_it(tmp_path: Path) -> None:
    path = tmp_path / "probe.txt"
    path.write_bytes("The agency said the”Response Letter” was sent.\n".encode())
    run_newslint("check", "--fix", "--grammar", "off", "--exit-zero", str(path))
    assert path.read_bytes() == "The agency said the “Response Letter” was sent.\n".encode()


@pytest.mark.parametrize(
    ("text", "mark", "reading"),
    [
        ("the”Response Letter” was sent", "”", OPENS),
        ("“Hello,”she said, “yes”", "”", CLOSES),
        ("said”Yes “we” will act,” he", "”", UNSURE),
        ("the plan is dead”Officials said", "”", CLOSES),  # closes nothing, opens nothing
        ("the’Response Letter’ was sent", "’", UNSURE),
        ("the ministers’Council met", "’", CLOSES),
        ("He said ‘the ministers’Council met", "’", CLOSES),
    ],
)
def test_glued_reading(text: str, mark: str, reading: str) -> None:
    doc = Document(text)
    assert glued_reading(doc.text, doc.paragraphs, text.index(mark)) == reading


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "They signed the”Response Letter” on Monday and left.\n",
            "Missing space before ”: it opens a quotation here, so the fix turns it to “",
        ),
        (
            "They signed the’Response Letter’ on Monday and left.\n",
            "Missing space at ’: before it if it opens a quotation, after it if it closes one",
        ),
        ("It was the ministers’Council that met.\n", "Missing space after “’”"),
    ],
)
def test_the_message_says_where_the_fix_puts_the_space(text: str, message: str) -> None:
    # trust65b: "Missing space after ”" over a fix that put the space before the mark.
    rule = "typography.missing-space-after-punctuation"
    found = [f for f in LINTER.lint(Document.from_raw(text)) if f.rule == rule]
    assert [f.message for f in found] == [message]


# A teaser cut by a spaced ellipsis ends the quotation it opened (`quotation_paragraphs.cut_before`):
# the quotes check pairs the next line's marks afresh, so the glued mark opens one. The glued
# reading walked the marks without the cut and read it as closing the teaser's quotation.
CUT_TEASER = "“The plan is great ...\nReaders saw the”Response Letter” online.\n"


def test_a_glued_mark_after_a_cut_teaser_reads_as_the_quotes_check_pairs_it() -> None:
    doc = Document(CUT_TEASER)
    assert glued_reading(doc.text, doc.paragraphs, CUT_TEASER.index("”")) == OPENS
    quotes = [f for f in LINTER.lint(Document.from_raw(CUT_TEASER)) if f.rule.startswith("quotes")]
    assert quotes == []


def test_the_fix_after_a_cut_teaser_turns_the_glued_mark() -> None:
    fixed = fix_raw(CUT_TEASER, "probe.txt", LINTER.lint).raw
    assert fixed == "“The plan is great ...\nReaders saw the “Response Letter” online.\n"


def test_what_the_glued_reading_memos_hand_out_cannot_change_a_later_reading() -> None:
    # The memos of a text's misdirected marks and paragraph starts are shared by every reading
    # of that text: a set or list one reader altered decided the next reading (module-level
    # mutable state). A mark taken as misdirected reads as opening, so CLOSES became UNSURE.
    doc = Document("the plan is dead”Officials said")
    at = doc.text.index("”")
    assert glued_reading(doc.text, doc.paragraphs, at) == CLOSES
    flipped, starts = (
        glued_quotes._misdirected(doc.text),
        glued_quotes._paragraph_starts(doc.text, tuple(doc.paragraphs)),
    )
    with contextlib.suppress(AttributeError):
        flipped.add(at)  # type: ignore[attr-defined]
    with contextlib.suppress(AttributeError):
        starts.append(at)  # type: ignore[attr-defined]
    assert glued_reading(doc.text, doc.paragraphs, at) == CLOSES
