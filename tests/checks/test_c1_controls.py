"""encoding.c1-control: Windows-1252 punctuation decoded as Latin-1 (my own sentences, damaged
by the decode itself)."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.finding import Finding
from newslint.fix import apply_to_raw, chosen_fixes, resolve
from newslint.linters import load_rules

CLEAN = "The minister’s office said “no comment” — again… It cost €500 and a Škoda."


def damaged(text: str) -> str:
    """What a scraper makes of a Windows-1252 page it decodes as Latin-1."""
    return text.encode("cp1252").decode("latin-1")


def c1_findings(text: str) -> list[Finding]:
    linter = Linter(load_rules(), select=["encoding.c1-control"])
    return linter.lint(Document.from_raw(text))


def fixed(text: str) -> str:
    doc = Document.from_raw(text)
    found = Linter(load_rules(), select=["encoding.c1-control"]).lint(doc)
    return apply_to_raw(text, doc, resolve(chosen_fixes(found, unsafe=False)))


def test_each_lost_mark_is_reported_and_put_back() -> None:
    text = damaged(CLEAN)
    found = c1_findings(text)
    assert [text[f.start : f.end] for f in found] == [
        "\x92", "\x93", "\x94", "\x97", "\x85", "\x80", "\x8a"
    ]  # fmt: skip
    assert fixed(text) == CLEAN


def test_utf8_read_as_latin1_is_left_to_the_mojibake_rule() -> None:
    text = CLEAN.encode("utf-8").decode("latin-1")
    assert c1_findings(text) == []


def test_clean_text_and_undefined_bytes_are_silent() -> None:
    assert c1_findings(CLEAN) == []
    assert c1_findings("A byte Windows-1252 leaves undefined: \x81.") == []


def test_a_programs_escaped_quotes_are_reported_and_undone() -> None:
    text = "We don\\'t agree, he said: \\\"not today.\\\" See C:\\\\data\\\\new and \\'quoted\\'."
    linter = Linter(load_rules(), select=["encoding.escape-sequence"])
    found = linter.lint(Document.from_raw(text))
    # The apostrophes that open and close "quoted" were escaped by the same program.
    assert [text[f.start : f.end] for f in found] == ["\\'", '\\"', '\\"', "\\'", "\\'"]


def test_a_backslash_before_a_curly_mark_is_an_escape_wherever_it_stands() -> None:
    text = "The city\\’s plan is \\‘on track\\’ and \\“final\\”, said C:\\data\\new."
    linter = Linter(load_rules(), select=["encoding.escape-sequence"])
    fixed = [f.fix.edits[0].replacement for f in linter.lint(Document.from_raw(text)) if f.fix]
    assert fixed == ["’", "‘", "’", "“", "”"]


def test_an_html_comment_left_in_plain_text_is_markup() -> None:
    text = (
        "<!-- newslint-disable mt -->\nThe minister resigned. <!-- ad slot 3 --> She stays until"
        " May; 3 --> 4 is an arrow.\n<!-- newslint-enable -->"
    )
    linter = Linter(load_rules(), select=["encoding.markup-residue"])
    found = linter.lint(Document.from_raw(text))
    assert [text[f.start : f.end] for f in found] == ["<!-- ad slot 3 -->"]
