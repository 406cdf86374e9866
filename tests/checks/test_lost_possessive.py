"""`lost-possessive`: a name's possessive without its apostrophe on a page that keeps the others."""

from __future__ import annotations

from newslint.lexicon import NO_VOCABULARY

from .helpers import make_check, run, spans


def test_a_possessive_of_a_name_the_page_writes_bare_is_reported() -> None:
    check = make_check("lost-possessive", NO_VOCABULARY)
    text = (
        "Harvests in Zhejiang grew. Officials said Zhejiangs farms and the port’s trade did well."
    )
    findings = run(check, text)
    assert [text[f.start : f.end] for f in findings] == ["Zhejiangs"]
    assert list(findings[0].suggestions) == ["Zhejiang’s"]


def test_plurals_of_names_stay_silent() -> None:
    check = make_check("lost-possessive", NO_VOCABULARY)
    text = (
        "Cambodia’s envoy spoke. Cambodians have voted, the Bidens and both Koreas sent "
        "delegates, and Polaroids of the Polaroid camera hung on the wall."
    )
    assert spans(check, text) == []


def test_the_end_of_a_line_is_no_possessive() -> None:
    check = make_check("lost-possessive", NO_VOCABULARY)
    assert spans(check, "The league’s clubs met in Xinjiang.\nXinjiangs\n") == []


def test_a_page_with_no_apostrophe_leaves_its_common_forms_to_stripped_apostrophe() -> None:
    check = make_check("lost-possessive", NO_VOCABULARY)
    page = "Chinas exports grew in May and China said more would follow. " * 9
    assert spans(check, page) == []
