"""One name spelled two ways gets one verdict, whether it is written in full or as a surname:
`consistency.name-spelling` weighs a full name's spellings by every mention of the words they
differ by, and a full name's respelling never points against the word weighed alone. Texts
written for these tests (issue 14)."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules

RULE = "consistency.name-spelling"

# Written in full twice one way and once the other, but named by surname three times the other
# way: the page's form is the one written five times of seven.
SURNAMES_OUTVOTE = (
    "Prime Minister Nikol Pashinian met the envoy on Monday in the capital.\n\n"
    "Nikol Pashinian said the talks would resume next week, officials said.\n\n"
    "Later, Nikol Pashinyan told reporters the border was calm. Pashinyan said the army had "
    "withdrawn. Pashinyan added that the ceasefire held, and Pashinyan thanked the mediators.\n"
)
# A famous name respelled the same way twice: the respelling is the garble whatever the counts.
GARBLE_REPEATED = (
    "Turkish President Recep Erdoan met the envoy on Monday in the capital.\n\n"
    "Recep Erdoan said the talks would resume next week, officials said.\n\n"
    "Later, Recep Erdogan told reporters the border was calm.\n"
)


def _findings(text: str) -> list[tuple[str, tuple[str, ...]]]:
    rules = [r for r in load_rules() if r.id == RULE]
    return [(text[f.start : f.end], f.suggestions) for f in Linter(rules).lint(Document(text))]


def test_a_full_name_is_weighed_by_every_mention_of_its_respelled_word() -> None:
    found = _findings(SURNAMES_OUTVOTE)
    assert [span for span, _ in found] == ["Nikol Pashinian", "Nikol Pashinian"]
    assert all(suggestions == ("Nikol Pashinyan",) for _, suggestions in found)


def test_a_full_name_never_points_against_its_word_weighed_alone() -> None:
    found = _findings(GARBLE_REPEATED)
    assert [span for span, _ in found] == ["Erdoan", "Erdoan"]
    assert all(suggestions == ("Erdogan",) for _, suggestions in found)
