"""False alarms found on a third sweep of unseen professional copy (fpsweep3: wire, regional and
national papers, broadcasters, government and NGO releases, letters, sports, reviews and
opinion from the UK, US, Canada, Ireland, India, Australia, Kenya, Nigeria, South Africa and the
Philippines). Each case is a text of the same shape written for the test, beside a case that
keeps the damage the rule is for.
"""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.finding import Finding


def _found(linter: Linter, text: str, rule: str = "") -> list[Finding]:
    """The findings on `text` of the rules whose id starts with `rule` (every rule by default)."""
    return [f for f in linter.lint(Document.from_raw(text)) if f.rule.startswith(rule)]


# A senator answering in the English and Tagalog that Philippine hearings mix.
_TAGLISH = (
    "The senator defended the request before the finance committee on Tuesday.\n\n"
    "“Hindi naman lahat ng ahensya ay may pondo para dito, kaya kailangan lang natin ng konting "
    "tulong,” she told reporters after the hearing.\n"
)


def test_a_quotation_in_tagalog_holds_no_lost_capitals(linter: Linter) -> None:
    # "hindi" and "lang" are Tagalog words here, not the language Hindi or the surname Lang.
    assert _found(linter, _TAGLISH, "structure.lowercase-proper-noun") == []


def test_a_lost_capital_beside_a_foreign_quotation_is_still_reported(linter: Linter) -> None:
    text = _TAGLISH.replace("on Tuesday", "in april")
    found = _found(linter, text, "structure.lowercase-proper-noun")
    assert [text[f.start : f.end] for f in found] == ["april"]
