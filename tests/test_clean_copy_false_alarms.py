"""False alarms a sweep of unseen professional copy found (wire, broadsheet, regional and
government pages), each pinned by a text of the same shape written for the test. Each case says
what the published copy did that a rule took for damage, and a second case keeps the damage the
rule is for.
"""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.lexicon import zipf
from newslint.ocr_context import cut_words


def _cuts(text: str) -> list[str]:
    return [m.group() for m in cut_words(text, zipf)]


def test_an_initial_after_a_title_is_not_a_word_cut_by_a_space() -> None:
    # Indian and many other papers write an official's initial before the name, with or without
    # its full stop: the title and the initial join into a common word ("Directors").
    assert _cuts("Director S. Anand opened the new ward on Friday.") == []
    assert _cuts("The plan was cleared by Director S Anand on Friday.") == []


def test_a_lone_letter_left_by_a_scanner_is_still_a_cut_word() -> None:
    assert _cuts("the HOUSE S were sold and the roof fell in.") == ["HOUSE S"]
    assert _cuts("The council met and the com\npany left.") == ["com\npany"]
    assert _cuts("the director s office was closed.") == ["director s"]


def test_an_initial_does_not_make_regional_words_look_like_scanning(linter: Linter) -> None:
    # Two words no English list has (a regional term and a local job title) and an initial
    # after a title: the initial read as a cut word made a second kind of "damage", and the
    # document was taken for a scan whose unknown words are misreadings.
    text = (
        "Director S. Anand told officials on Monday that the mandis must open by six.\n\n"
        "He said the tahsildars would inspect each centre and settle complaints on the spot. "
        "Farmers had waited three days to sell their paddy, and the hamalis had not been paid "
        "for a fortnight, he said.\n"
    )
    found = [f.rule for f in linter.lint(Document.from_raw(text)) if f.rule.startswith("ocr.")]
    assert found == []


def test_a_percentage_abbreviated_in_the_headline_follows_house_style(linter: Linter) -> None:
    # British business pages print "pc" in a headline over a story that writes "per cent".
    text = (
        "Insurer's profit slides 12pc as claims rise\n"
        "Profit fell 12 per cent in the half, and premiums rose 3 per cent, the company said.\n"
    )
    found = [f.rule for f in linter.lint(Document.from_raw(text))]
    assert "consistency.percent-style" not in found


def test_a_percentage_abbreviated_in_the_body_is_still_reported(linter: Linter) -> None:
    text = (
        "Insurer's profit slides as claims rise\n"
        "Profit fell 12 per cent in the half, and premiums rose 3pc, the company said.\n"
    )
    found = [f.rule for f in linter.lint(Document.from_raw(text))]
    assert "consistency.percent-style" in found
