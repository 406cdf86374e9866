"""Properties: offsets round-trip, fixes touch only reported spans, fixing is idempotent."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newslint.document import Document
from newslint.fix import RuleFix, apply_to_raw, fix_raw
from newslint.fix_guard import Guard
from tests.conftest import surface_linter

LINTER = surface_linter()

ARTIFACTS = [
    "Sir. Blinken",
    "Psaki. .",
    "policy. . .",
    "contributed with reporting",
    "Russiahad",
    "the the",
    "donâ€™t",
    "infor- mation",
    "govemment",
    "nations. “",
    "Leave a Reply",
    "ele\u200bctions",
    "ﬁnd",
]
WORDS = [
    "The",
    "minister",
    "said",
    "on",
    "Thursday",
    "that",
    "U.S.",
    "Mr.",
    "Xi",
    "talks",
    "would",
    "continue",
]
SEPARATORS = [" ", " ", " ", ", ", ". ", "\n", "\r\n", "\n\n", "\r", "  "]

news_text = st.lists(
    st.one_of(
        st.sampled_from(WORDS),
        st.sampled_from(ARTIFACTS),
        st.sampled_from(SEPARATORS),
        st.text(max_size=4),
    ),
    max_size=60,
).map("".join)

PROPERTY_SETTINGS = settings()  # the profile chosen in conftest (ci, or fuzz on demand)


@given(st.text())
@PROPERTY_SETTINGS
@pytest.mark.slow
def test_offsets_round_trip(text: str) -> None:
    doc = Document.from_raw(text)
    for offset in range(0, len(doc.text) + 1, max(1, len(doc.text) // 20)):
        line, column = doc.position(offset)
        assert doc.offset(line, column) == offset


@given(news_text)
@PROPERTY_SETTINGS
def test_findings_lie_inside_the_text(text: str) -> None:
    doc = Document.from_raw(text)
    for finding in LINTER.lint(doc):
        assert 0 <= finding.start <= finding.end <= len(doc.text)


@given(news_text)
@example("\r\x08\n")  # a lone CR and an LF that a deletion would join into one CRLF
@PROPERTY_SETTINGS
def test_one_fix_pass_changes_only_reported_spans(text: str) -> None:
    doc = Document.from_raw(text)
    findings = LINTER.lint(doc)
    fixes = [RuleFix(f.rule, f.fix) for f in findings if f.fix]  # unsafe ones too
    edits, _, _ = Guard().keep_structure(text, doc, fixes)  # what --fix would apply
    for edit in edits:
        assert any(f.start <= edit.start <= edit.end <= f.end for f in findings), edit
    one_pass = apply_to_raw(text, doc, edits)
    cursor = 0
    rebuilt = []
    for edit in edits:
        rebuilt.append(doc.text[cursor : edit.start])
        rebuilt.append(edit.replacement)
        cursor = edit.end
    rebuilt.append(doc.text[cursor:])
    assert Document.from_raw(one_pass).text == "".join(rebuilt)


@given(news_text)
@PROPERTY_SETTINGS
@pytest.mark.slow
def test_fixing_is_idempotent_and_keeps_newline_characters(text: str) -> None:
    once = fix_raw(text, "x", LINTER.lint).raw
    assert fix_raw(once, "x", LINTER.lint).raw == once
    if "\r" not in text:
        assert "\r" not in once


@given(st.one_of(news_text, st.text()))
@PROPERTY_SETTINGS
def test_no_check_raises_on_arbitrary_unicode(text: str) -> None:
    LINTER.lint(Document.from_raw(text))


@given(news_text)
@PROPERTY_SETTINGS
def test_json_output_parses_and_keeps_the_contract(text: str) -> None:
    import io
    import json

    from newslint.finding import FileResult
    from newslint.report import write_results

    doc = Document.from_raw(text)
    out = io.StringIO()
    write_results([FileResult("story.txt", doc, LINTER.lint(doc))], out, "json")
    for record in json.loads(out.getvalue()):
        assert list(record) == [
            "path",
            "line",
            "column",
            "end_line",
            "end_column",
            "rule",
            "severity",
            "message",
            "fix",
            "suggestions",
            "related",
        ]
        assert (record["line"], record["column"]) <= (record["end_line"], record["end_column"])
        assert record["severity"] in ("error", "warning", "info")
        if record["fix"] is not None:
            assert record["fix"]["applicability"] in ("safe", "unsafe") and record["fix"]["edits"]


@given(
    news_text,
    st.sampled_from(["\n", "\r\n", "\r"]),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
@PROPERTY_SETTINGS
def test_fixing_round_trips_encoding_bom_and_newline_style(
    text: str, newline: str, encoding: str
) -> None:
    from newslint.source import decode

    body = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", newline)
    data = body.encode(encoding)
    try:
        source = decode(data, "story.txt")
    except Exception:
        return
    fixed = fix_raw(source.raw, "story.txt", LINTER.lint).raw
    assert source.encode(fixed).startswith(source.bom)
    other_newlines = {"\n", "\r\n", "\r"} - {newline}
    lines = fixed.replace(newline, "\0").split("\0")
    assert not any(
        n in line for line in lines for n in other_newlines if n != "\r" or newline != "\r\n"
    )
