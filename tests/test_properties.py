"""Properties: offsets round-trip, fixes touch only reported spans, fixing is idempotent."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint.document import Document
from newslint.engine import Linter
from newslint.fix import chosen_fixes, fix_raw, resolve
from newslint.runner import load_rules

LINTER = Linter(load_rules(), ignore=["grammar"])

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

PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@given(st.text())
@PROPERTY_SETTINGS
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
@PROPERTY_SETTINGS
def test_one_fix_pass_changes_only_reported_spans(text: str) -> None:
    doc = Document.from_raw(text)
    edits = resolve(chosen_fixes(LINTER.lint(doc), unsafe=True))
    one_pass = fix_raw(text, "x", LINTER.lint, unsafe=True, max_passes=1).raw
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
def test_fixing_is_idempotent_and_keeps_newline_characters(text: str) -> None:
    once = fix_raw(text, "x", LINTER.lint).raw
    assert fix_raw(once, "x", LINTER.lint).raw == once
    if "\r" not in text:
        assert "\r" not in once
