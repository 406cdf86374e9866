"""Re-linting after an edit (the editor's path) finds exactly what a full lint of the new text finds.

The story below is written for these tests. It carries findings of line-local rules (a double
space, a lower-case proper noun) and of whole-document ones (an honorific written two ways once
edited, a paragraph pasted twice), so an edit can add, move or remove both kinds.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newslint.checks import compile_rule
from newslint.config import Settings
from newslint.document import Document
from newslint.engine import Linter
from newslint.incremental import Edit, Incremental
from newslint.lexicon import Vocabulary
from newslint.linters import Choices, build_linter
from newslint.runner import markup_for
from tests.checks.helpers import make_check

STORY = """City council approves new budget after long debate

Mr. Blinken arrived in the capital on Tuesday for talks with the finance minister, officials said.
The visit had been planned for months, and aides said the two men would discuss trade.

The council voted 7 to 2 in favour of the plan.  Members who opposed it said the  cost of the
new bridge was too high and that residents of the east side had not been consulted.

“We listened to everyone,” the mayor said. "This budget pays for the things people asked for."
She added that the vote came after three public hearings held in march and april.

Critics said the plan would raise property taxes by 4 per cent over two years. The the finance
committee will review the figures again in the autumn, according to a statement.

Reporting by Jane Doe; editing by John Roe
"""

MARKDOWN = """# Council approves budget

Mr. Blinken arrived on Tuesday, officials said.  The visit had been planned for months.

```
code that is not prose  Mr Blinken
```

The council voted 7 to 2 in favour of the plan, said a spokesman for the mayor.
"""

HTML = """<html><head><title>Council approves budget</title></head><body>
<h1>Council approves budget</h1>
<p>Mr. Blinken arrived on <b>Tuesday</b>, officials said.  The visit had been planned.</p>
<script>var x = "Mr Blinken";</script>
<p>The council voted 7 to 2 in favour of the plan, said a spokesman for the mayor.</p>
</body></html>
"""
BASES = {"story.txt": STORY, "story.md": MARKDOWN, "story.html": HTML}


@pytest.fixture(scope="module")
def editing_linter() -> Linter:
    return build_linter(Settings(), Choices(grammar="off"))


@pytest.fixture(scope="module")
def reference_linter() -> Linter:
    """A linter of its own for the full lints, so no state is shared with the incremental one."""
    return build_linter(Settings(), Choices(grammar="off"))


def assert_same_as_full_lint(
    editor: Incremental, reference: Linter, text: str, path: str = "story.txt"
) -> list:
    markup = markup_for(path)
    found = list(editor.lint(Document.from_raw(text, path, markup)))
    expected = list(reference.lint(Document.from_raw(text, path, markup)))
    assert found == expected
    return found


def rules_of(findings: list) -> set[str]:
    return {f.rule for f in findings}


def test_a_paragraph_pasted_again_elsewhere_is_found(
    editing_linter: Linter, reference_linter: Linter
) -> None:
    editor = Incremental(editing_linter)
    before = assert_same_as_full_lint(editor, reference_linter, STORY)
    paragraphs = STORY.split("\n\n")
    pasted = "\n\n".join([*paragraphs[:4], paragraphs[1], *paragraphs[4:]])
    after = assert_same_as_full_lint(editor, reference_linter, pasted)
    assert any(rule.startswith("structure.repeated") for rule in rules_of(after) - rules_of(before))


def test_an_honorific_typed_without_its_full_stop_is_found_key_by_key(
    editing_linter: Linter, reference_linter: Linter
) -> None:
    editor = Incremental(editing_linter)
    assert_same_as_full_lint(editor, reference_linter, STORY)
    at = STORY.index("Critics said")
    typed = "Mr Blinken said the plan was sound. "
    for length in range(1, len(typed) + 1):
        found = assert_same_as_full_lint(
            editor, reference_linter, STORY[:at] + typed[:length] + STORY[at:]
        )
    assert "consistency.honorific-period" in rules_of(found)


def test_line_local_findings_move_with_an_edit_above_them_and_go_when_fixed(
    editing_linter: Linter, reference_linter: Linter
) -> None:
    editor = Incremental(editing_linter)
    first = assert_same_as_full_lint(editor, reference_linter, STORY)
    assert "typography.double-space" in rules_of(first)
    moved = assert_same_as_full_lint(editor, reference_linter, "Breaking: " + STORY)
    assert [f.start for f in moved if f.rule == "typography.double-space"] == [
        f.start + len("Breaking: ") for f in first if f.rule == "typography.double-space"
    ]
    fixed = assert_same_as_full_lint(
        editor, reference_linter, "Breaking: " + STORY.replace("the  cost", "the cost")
    )
    assert "typography.double-space" not in rules_of(fixed)


def test_keystrokes_at_the_start_and_at_the_end(
    editing_linter: Linter, reference_linter: Linter
) -> None:
    editor = Incremental(editing_linter)
    text = STORY
    for letter in "Teh ":
        text = letter + text
        assert_same_as_full_lint(editor, reference_linter, text)
    for letter in "\nMr Blinken  left.":
        text = text + letter
        assert_same_as_full_lint(editor, reference_linter, text)


def test_a_code_fence_opened_in_markdown_hides_the_rest(
    editing_linter: Linter, reference_linter: Linter
) -> None:
    editor = Incremental(editing_linter)
    path = "story.md"
    assert_same_as_full_lint(editor, reference_linter, MARKDOWN, path)
    at = MARKDOWN.index("Mr. Blinken")
    opened = MARKDOWN[:at] + "```\n" + MARKDOWN[at:]
    assert_same_as_full_lint(editor, reference_linter, opened, path)
    assert_same_as_full_lint(editor, reference_linter, MARKDOWN, path)


def test_a_tag_typed_key_by_key_in_html(editing_linter: Linter, reference_linter: Linter) -> None:
    editor = Incremental(editing_linter)
    assert_same_as_full_lint(editor, reference_linter, HTML, "story.html")
    at = HTML.index("officials said")
    for length in range(1, len("<i>x</i>  ") + 1):
        text = HTML[:at] + "<i>x</i>  "[:length] + HTML[at:]
        assert_same_as_full_lint(editor, reference_linter, text, "story.html")


def test_kinds_that_read_the_whole_document_are_never_line_local(
    editing_linter: Linter,
) -> None:
    whole_document = {
        "consistency",
        "repetition",
        "name-variants",
        "ocr-noise",
        "furniture-block",
        "lexicon",
        "quotes",
        "line-break",
    }
    checks = {check.rule.kind: check for check in editing_linter.checks}
    assert whole_document <= set(checks)
    assert not any(checks[kind].line_local for kind in whole_document)
    assert any(check.line_local for check in editing_linter.checks)


@pytest.mark.parametrize(
    ("options", "local"),
    [
        ({"pattern": r"\bteh\b"}, True),
        ({"pattern": r"\bteh\b", "requires": "teh"}, False),  # asks the whole document first
        ({"pattern": r"end\s+start"}, False),  # \s reaches across a line break
        ({"pattern": r"\bteh\b", "unless": [r"teh\nx"]}, False),
        ({"lines": ["Share this"]}, False),  # a whole line with the blank line after it
    ],
)
def test_a_pattern_rule_is_line_local_only_when_its_patterns_stay_on_a_line(
    options: dict, local: bool
) -> None:
    assert make_check("pattern", **options).line_local is local


def test_an_edit_is_widened_to_whole_lines() -> None:
    edit = Edit.between("one\ntwo three\nfour\n", "one\ntwo 3 three\nfour\n")
    assert (edit.old.start, edit.old.end, edit.new.start, edit.new.end) == (4, 14, 4, 16)
    joined = Edit.between("ab\ncd\nef", "abcd\nef")  # a line break deleted: both lines redone
    assert (joined.old.start, joined.old.end, joined.new.end) == (0, 6, 5)


# Edits a writer makes: typing, deleting, splitting and joining paragraphs, pasting a paragraph,
# adding or dropping an honorific's full stop.
PHRASES = [
    "Mr ",
    "Mr. ",
    "  ",
    "\n\n",
    "the the ",
    "march ",
    "Blinken",
    "```\n",
    "# ",
    "HOUSEFIRE ",
]
FURNITURE = ["\nShare\nTweet\nEmail\n", "\nPhoto: Reuters\n", "\n12:30 PM\n", "\n\nRead more…"]
TYPED = st.text(alphabet="ae ,.\n“”\"'", max_size=4) | st.sampled_from([*PHRASES, *FURNITURE])


@st.composite
def edits(draw: st.DrawFn, text: str) -> str:
    kind = draw(st.sampled_from(["type", "delete", "split", "join", "paste", "honorific"]))
    at = draw(st.integers(0, len(text)))
    if kind == "type":
        return text[:at] + draw(TYPED) + text[at:]
    if kind == "delete":
        return text[:at] + text[at + draw(st.integers(1, 40)) :]
    if kind == "split":
        return text[:at] + "\n\n" + text[at:]
    if kind == "join":
        breaks = [i for i in range(len(text)) if text.startswith("\n\n", i)]
        if not breaks:
            return text
        i = draw(st.sampled_from(breaks))
        return text[:i] + " " + text[i + 2 :]
    paragraphs = text.split("\n\n")
    if kind == "paste":
        copy = draw(st.sampled_from(paragraphs))
        where = draw(st.integers(0, len(paragraphs)))
        return "\n\n".join([*paragraphs[:where], copy, *paragraphs[where:]])
    if "Mr. " in text and draw(st.booleans()):
        return text.replace("Mr. ", "Mr ", 1)
    return text.replace("Mr ", "Mr. ", 1) if "Mr " in text else text


@st.composite
def edit_sessions(draw: st.DrawFn) -> tuple[str, list[str]]:
    path = draw(st.sampled_from(sorted(BASES)))
    text = BASES[path]
    versions = []
    for _ in range(draw(st.integers(1, 5))):
        text = draw(edits(text))
        versions.append(text)
    return path, versions


@pytest.mark.slow
@given(edit_sessions())
def test_incremental_lint_equals_a_full_lint_after_any_edits(
    editing_linter: Linter, reference_linter: Linter, session: tuple[str, list[str]]
) -> None:
    path, versions = session
    editor = Incremental(editing_linter)
    assert_same_as_full_lint(editor, reference_linter, BASES[path], path)
    for text in versions:
        assert_same_as_full_lint(editor, reference_linter, text, path)


@given(st.text(alphabet="ab U.S'’-/@\n1é", max_size=60), st.data())
def test_tokens_taken_from_the_last_version_are_the_tokens_of_the_new_text(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    edited = text[:start] + data.draw(st.text(alphabet="ab .'-\n", max_size=5)) + text[end:]
    last = Document(text)
    assert last.words is not None  # tokenised, as a lint leaves it
    doc = Document(edited)
    edit = Edit.between(text, edited)
    doc.reuse_tokens(last, edit.old, edit.new)
    fresh = Document(edited)
    assert (doc.runs, doc.words) == (fresh.runs, fresh.words)


MEMOISING_KINDS = ("furniture-block", "proper-case", "ocr-noise", "lexicon", "glued-run")


@pytest.mark.slow
@given(edit_sessions())
def test_what_checks_remember_between_lints_never_changes_a_finding(
    editing_linter: Linter, session: tuple[str, list[str]]
) -> None:
    """The checks of the editing linter keep memos across every example; a check compiled
    afresh for each text must find the same."""
    path, versions = session
    for text in versions:
        doc = Document.from_raw(text, path, markup_for(path))
        for check in editing_linter.checks:
            if check.rule.kind in MEMOISING_KINDS:
                fresh = compile_rule(check.rule, Vocabulary(editing_linter.vocabulary.words))
                assert Counter(check.run(doc)) == Counter(fresh.run(doc))


SCANNED = st.lists(
    st.sampled_from(
        ["tliat", "wi1l", "th^", " , ", "his tory", "History", "CONDI-\nTION", "expendi- tures",
         "\n\n", "\n", " ", "\u00a0\n\n", "\f", "see https://example.org .", "in the. Court",
         " b ", "to further Insure Itself against", "SYstem", "2oth", "word", "The", "'",
         "https://example.org", ".", "\n\n\u00a0", "b c", "per-\n\niod", "follow¬\n\ning",
         "fre¬ quency"]
    ),
    max_size=30,
).map("".join)  # fmt: skip
SHARED_VOCABULARY = Vocabulary()  # its paragraph memo stays warm from one example to the next


@given(SCANNED, SCANNED)
@example("see https://example.org\n\n. Then wi1l tliat", "")  # a mark after an address
@example("wi1l th^ tliat\n\n\u00a0b c", "")  # a lone letter after an unusual space
@example("tliat follow¬\n\ning per-\n\niod", "")  # breaks across a blank line
def test_the_ocr_signal_added_up_by_paragraph_is_the_whole_texts(before: str, after: str) -> None:
    from newslint.lexicon import zipf
    from newslint.signals import document_marks, ocr_signal

    for text in (before, before + after, after + before):
        assert document_marks(text, SHARED_VOCABULARY.zipf) == document_marks(text, zipf)
        assert ocr_signal(text, SHARED_VOCABULARY.zipf) == ocr_signal(text, zipf)
