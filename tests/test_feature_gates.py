"""Feature gates (`newslint.features`) and the kinds that joined the RE2 gate skip only what cannot
find anything: a gated check finds nothing in a text its gate closes on, and gated and ungated
linters report the same (texts written here and the gated rules' own examples)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.checks import Check
from newslint.document import Document
from newslint.engine import Linter
from newslint.features import Features
from newslint.gate import Gate

from .conftest import examples
from .gate_linters import artifact_rules, gated_and_ungated

# The rules each gate stands in front of: a kind that declares one and drops it, or a new kind
# that declares one, changes this list on purpose.
FEATURE_GATED = {
    "encoding.codepage-mojibake",
    "encoding.cut-apostrophe",
    "encoding.headless-mojibake",
    "encoding.foreign-script",
    "encoding.legacy-mojibake",
    "encoding.lost-bytes",
    "encoding.masked-word",
    "encoding.untranslated-spelling",
    "ocr.running-quote",
    "typography.quote-direction",
    "typography.quote-not-reopened",
    "typography.unbalanced-bracket",
    "typography.unbalanced-quote",
    "typography.unclosed-single-quote",
}
# Kinds other than patterns and consistency whose findings are matches of one of their patterns.
RE2_GATED = {
    "consistency.compound-joining",
    "encoding.spaced-apostrophe",
    "llm.generated-page",
    "llm.reasoning-trace",
    "llm.source-talk",
    "mt.contributed-with-reporting",
    "mt.glued-at-capital",
    "mt.tortured-phrase",
    "ocr.broken-figure",
    "ocr.digit-glued",
    "ocr.drop-capital",
    "ocr.ligature",
    "ocr.folio-line",
    "ocr.kept-hyphen",
    "ocr.mark-on-word",
    "ocr.running-head-inline",
    "scrape.stamp-line",
    "structure.clause-capital-after-comma",
    "structure.doubled-capital",
    "structure.lowercase-in-name",
    "structure.missing-sentence-break",
}


def _check(rule_id: str) -> Check:
    return next(c for c in gated_and_ungated()[0].checks if c.rule.id == rule_id)


def _bad_examples(rule_id: str) -> list[str]:
    return [e.text for e in _check(rule_id).rule.examples if e.bad]


def _gate_opens(check: Check, text: str) -> bool:
    need = check.feature_needs()
    if need is not None and not need.met_by(Features(text)):
        return False
    if check.gate_patterns() is None:
        return True
    return bool(Gate([check]).open_parts(text)[id(check)])


# Words and marks written here that the gated kinds look for or come close to, and the gated rules'
# bad examples whole, so that drawn texts hold findings as well as near misses.
PIECES = [
    "The", "minister", "said", "Chinas", "economy", "grew", "in", "2021", "IV", "12", "HEllo",
    "WHere", "THe", "(", ")", "[", "]", ";-)", "a)", '"', "'", "“", "”", "‘", "’", "„", "«",
    "Ã©", "Ã", "â€™", "â€", "Â", "Â ", "ÃƒÂ©tÃ©", "Ð¿Ñ€Ð¸", "Ø§Ù„", "β", "т", "ג", "中国",
    "Москва", "d*mn", "sh!t", "f#ck", "h@te", "$5", "50%", "vurdukça", "piñata", "naïve", "café",
    "\xa0", "™", "…", "—", "counterfeit news", "theGovernment", "AFPThe", "contributed with reporting", "ﬁnance", "signi cant", "impor-tant", "gov-\nernment",
    ".", ",", ":", "\n", "\n\n", " ",
]  # fmt: skip
# Drawn lazily: the examples come from a linter, built when a test first draws, not at collection.
EXAMPLES = st.deferred(
    lambda: st.sampled_from(
        sorted({t for rule in FEATURE_GATED | RE2_GATED for t in _bad_examples(rule)})
    )
)
TEXTS = st.lists(st.one_of(st.sampled_from(PIECES), EXAMPLES), max_size=14).map(" ".join)


def test_the_gated_rules_are_these() -> None:
    linter = gated_and_ungated()[0]
    assert {c.rule.id for c in linter.checks if c.feature_needs() is not None} == FEATURE_GATED
    kinds = {"pattern", "consistency", "encoding"}  # gated before
    newly = {c.rule.id for c in linter.checks if c.gate_patterns() is not None}
    assert {i for i in newly if _check(i).rule.kind not in kinds} == RE2_GATED


@pytest.mark.parametrize("rule_id", sorted(FEATURE_GATED | RE2_GATED))
def test_a_gate_opens_on_every_bad_example_of_its_rule(rule_id: str) -> None:
    check = _check(rule_id)
    for text in _bad_examples(rule_id):
        assert list(check.run(Document(text))), text  # the example fires ...
        assert _gate_opens(check, text), text  # ... and its gate lets it


@settings(max_examples=examples(120), deadline=None)
@given(TEXTS)
def test_a_check_finds_nothing_where_its_gate_closes(text: str) -> None:
    doc = Document(text)
    for rule_id in sorted(FEATURE_GATED | RE2_GATED):
        check = _check(rule_id)
        if not _gate_opens(check, text):
            assert not list(check.run(doc)), (rule_id, text)


@settings(max_examples=examples(40), deadline=None)
@given(TEXTS)
def test_gated_and_ungated_linters_report_the_same(text: str) -> None:
    gated, ungated = gated_and_ungated()
    assert gated.lint(Document(text)) == ungated.lint(Document(text))


def test_the_engine_skips_a_check_whose_characters_are_absent() -> None:
    linter = Linter(artifact_rules(), select=["typography.unbalanced-bracket"])
    ran: list[str] = []

    def run(check: Check, doc: Document, parts: object) -> list:
        ran.append(check.rule.id)
        return linter.run_check(check, doc, None)

    linter.lint(Document("No aside here, and nothing to close."), run)
    assert ran == []
    found = linter.lint(Document("An aside (never closed here."), run)
    assert ran == ["typography.unbalanced-bracket"] and len(found) == 1
