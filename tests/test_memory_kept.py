"""What a linter keeps between documents: answers it may reuse, never the documents themselves.

Texts written here. A very long paragraph is not remembered by the OCR signal's paragraph memos,
a windowed document's signals and marks are let go window by window, and the policy answers a
rule id once per linter, not once per document; each answers as before.
"""

from __future__ import annotations

import pickle

import pytest

from newslint import engine, glossed_terms, ocr_context, signals, text_windows
from newslint.document import Document
from newslint.lexicon import Vocabulary, memo_of
from newslint.linters import load_rules
from newslint.ocr_context import cut_words
from newslint.policy import Policy
from newslint.signals import document_marks, ocr_signal

PARAGRAPH = "Tlie council voted on Tuesday , and the mayor said tbe vote was clos e. "
LONG = PARAGRAPH * 40  # ~2,900 characters, one paragraph
SHORT = "The harbour opened in 1912."


def _signal_and_cuts(text: str, zipf: object) -> tuple[object, list[tuple[int, int]]]:
    return ocr_signal(text, zipf), [m.span() for m in cut_words(text, zipf)]  # type: ignore[arg-type]


def test_a_paragraph_over_the_limit_is_not_remembered_and_answers_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = f"{SHORT}\n\n{LONG}"
    expected = _signal_and_cuts(text, Vocabulary.of(["Kaneholgar"]).zipf)
    monkeypatch.setattr(ocr_context, "PARAGRAPH_MEMO_CHARS", 1_000)
    monkeypatch.setattr(signals, "PARAGRAPH_MEMO_CHARS", 1_000)
    ocr_signal.cache_clear()
    document_marks.cache_clear()
    zipf = Vocabulary.of(["Kaneholgar"]).zipf
    assert _signal_and_cuts(text, zipf) == expected
    parts, cuts = memo_of(zipf, "ocr_signal_parts"), memo_of(zipf, "cut_words")
    assert parts is not None and cuts is not None
    assert [paragraph for paragraph, _ in parts] == [SHORT]
    assert list(cuts) == [SHORT]


def test_a_windowed_document_lets_go_of_each_windows_signal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rules = [r for r in load_rules() if r.id.startswith(("ocr.", "structure.doubled"))]
    # A bracket on the page: the OCR rules that find something ask for its glossed terms.
    text = " ".join([PARAGRAPH, "The the harbour (the port) opened."] * 30)  # one line
    whole = engine.Linter(rules).lint(Document(text))
    monkeypatch.setattr(text_windows, "WINDOW_CHARS", 600)
    linter = engine.Linter(rules)
    doc = Document(text)
    assert linter.is_windowed(doc)
    kept = [(f.rule, f.start, f.end) for f in linter.lint(doc)]
    assert ocr_signal.cache_info().currsize == 0
    assert document_marks.cache_info().currsize == 0
    assert glossed_terms._english_glossed.cache_info().currsize == 0
    # the same findings as when every window's signal stays remembered
    monkeypatch.setattr(signals, "forget_documents", lambda: None)
    again = [(f.rule, f.start, f.end) for f in engine.Linter(rules).lint(Document(text))]
    assert kept == again
    assert whole  # the text is damaged enough for the OCR rules to speak


def test_the_policy_answers_once_per_linter_and_still_pickles() -> None:
    policy = Policy.of(select=["structure", "ocr"], ignore=["structure.doubled-word"])
    first = policy._rule_kept(Document("One.", path="a.txt"))
    assert policy._rule_kept(Document("Two.", path="b.txt")) is first
    answers = {rule: first(rule) for rule in ("structure.doubled-word", "ocr.junk", "llm.x")}
    assert answers == {"structure.doubled-word": False, "ocr.junk": True, "llm.x": False}
    copy = pickle.loads(pickle.dumps(policy))
    assert copy == policy
    assert copy._rule_kept(Document("Three.", path="c.txt"))("ocr.junk") is True
