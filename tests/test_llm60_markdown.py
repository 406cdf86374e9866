"""Stop 60's Markdown left in plain text (issue 14): a link, a heading's marks before a title the
heading rule does not read, a "__" bold run, a code fence, a table's delimiter row and an unclosed
"**". Every text is written for the test; beside each stands plain-text punctuation of the same
characters, which stays silent."""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import findings_of, spans_of


def test_a_markdown_link_in_plain_text_is_reported(linter: Linter) -> None:
    text = "The council published [the harbour plan](https://example.org/plan) on Monday.\n"
    found = findings_of(linter, text, "llm.markdown-link")
    assert spans_of(text, found) == ["[the harbour plan](https://example.org/plan)"]
    # A bracketed note and an address given apart are a writer's, not Markdown's.
    text = "The plan [PDF] is at https://example.org/plan (see page [3])."
    assert findings_of(linter, text, "llm.markdown-link") == []


def test_markdown_syntax_in_plain_text_is_reported(linter: Linter) -> None:
    text = (
        "Harbour plan approved\n\n## **Key points**\n\nThe plan, __the largest in years__, adds"
        " six berths.\n\n```\n| Quay | Berths |\n|---|---|\n"
    )
    found = findings_of(linter, text, "llm.markdown-syntax")
    assert spans_of(text, found) == ["## ", "__the largest in years__", "```", "|---|---|"]


def test_plain_text_punctuation_is_not_markdown(linter: Linter) -> None:
    for text in (
        "#MeToo marchers met; the # 1 seed won; the __init__ method and snake_case_names stay.\n",
        "Sales rose 5 per cent **\n** denotes a provisional figure\n\n---\n\nMore on Friday.\n",
        "Scores:\n\n#   Player   Score\n1   Ana      -8\n",
    ):
        assert findings_of(linter, text, "llm.markdown-syntax") == []


def test_a_long_bold_run_is_read_whole(linter: Linter) -> None:
    inner = "The harbour board approved the plan " * 5
    text = f"**{inner.strip()}**\n"
    found = findings_of(linter, text, "llm.markdown-in-plain-text")
    assert spans_of(text, found) == [text.strip()]
