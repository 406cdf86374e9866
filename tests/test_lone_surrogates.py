"""A lone surrogate (a JSON "\\ud800" escape in scraped copy, given to `score()` or a linter as
it is) has no UTF-8 form, and RE2 reads only UTF-8: the gate and the RE2 checks must neither
crash on it nor find anything else than they would without RE2."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules

STORY = "Sir. Blinken said the caf\udce9 would reopen . . on Monday.\n\nRussiahad agreed to it.\n"


def test_a_gated_linter_finds_in_text_with_a_lone_surrogate_what_an_ungated_one_finds() -> None:
    # On main the gate encoded the text to UTF-8 and raised UnicodeEncodeError: score() crashed
    # on such a record once its process had linted enough text to build the gate.
    rules = load_rules()
    gated = Linter(rules, gate_after=0).lint(Document(STORY * 40))
    ungated = Linter(rules, gated=False).lint(Document(STORY * 40))
    assert gated == ungated
    assert "mt.mistranslated-honorific" in {f.rule for f in gated}


def test_generated_article_reads_a_page_with_a_lone_surrogate() -> None:
    # Its marker words are counted with RE2: on main the page raised UnicodeEncodeError.
    [rule] = [r for r in load_rules() if r.id == "llm.generated-article"]
    example = next(e for e in rule.examples if e.bad)
    page = example.text.replace(" ", " \udce9 ", 1)
    replaced = page.replace("\udce9", "\ufffd")
    linter = Linter([rule], gated=False)
    found = linter.lint(Document(page))
    assert found and found == linter.lint(Document(replaced))
